import { FIGURE_KINDS, type ArticleReport, type Figure, type Report } from '../schema.js'

/** One record that a rule change or a corrected article added, removed or changed. */
export interface RecordChange {
  status: 'added' | 'removed' | 'changed'
  path: string
  /** cases, suspects, victims, countries or quotes */
  kind: string
  before: string | null
  after: string | null
  evidence: string
}

function figureText(f: Figure): string {
  const q = Object.entries(f.qualifiers)
    .filter(([k]) => k !== 'group')
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')
  return `${f.approximate ? '~' : ''}${f.value}${f.year !== null ? ` (${f.year})` : ''}${f.action ? ` ${f.action}` : ''}${q ? ` [${q}]` : ''}`
}

function byPath(r: Report): Map<string, ArticleReport> {
  return new Map(r.articles.map((a) => [a.source.path, a]))
}

/** Returns what changed between two saved reports: figures matched by position, countries and quotes by content. */
export function diffReports(before: Report, after: Report): RecordChange[] {
  const out: RecordChange[] = []
  const old = byPath(before)
  const now = byPath(after)
  for (const path of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(path)
    const b = now.get(path)
    for (const kind of FIGURE_KINDS) {
      const left = a?.[kind] ?? []
      const right = b?.[kind] ?? []
      const matched = new Set<Figure>()
      for (const f of left) {
        // the same number in the same place, else the same value and year elsewhere (the text moved)
        const g = right.find((x) => !matched.has(x) && x.mention.start === f.mention.start) ?? right.find((x) => !matched.has(x) && x.value === f.value && x.year === f.year)
        if (!g) {
          out.push({ status: 'removed', path, kind, before: figureText(f), after: null, evidence: f.evidence.text })
          continue
        }
        matched.add(g)
        if (figureText(f) !== figureText(g) || f.partOf !== g.partOf) out.push({ status: 'changed', path, kind, before: figureText(f), after: figureText(g), evidence: g.evidence.text })
      }
      for (const g of right) if (!matched.has(g)) out.push({ status: 'added', path, kind, before: null, after: figureText(g), evidence: g.evidence.text })
    }
    const setDiff = <T>(kind: string, xs: T[], ys: T[], text: (x: T) => string, evidence: (x: T) => string): void => {
      const l = new Map(xs.map((x) => [text(x), x]))
      const r = new Map(ys.map((y) => [text(y), y]))
      for (const [k, x] of l) if (!r.has(k)) out.push({ status: 'removed', path, kind, before: k, after: null, evidence: evidence(x) })
      for (const [k, y] of r) if (!l.has(k)) out.push({ status: 'added', path, kind, before: null, after: k, evidence: evidence(y) })
    }
    setDiff('countries', a?.countries ?? [], b?.countries ?? [], (c) => `${c.country} ${c.count ?? '—'} (${c.subject})`, (c) => c.evidence.text)
    setDiff('quotes', a?.quotes ?? [], b?.quotes ?? [], (q) => `${q.speaker ?? 'unattributed'}: ${q.text}`, (q) => q.evidence.text)
  }
  return out
}
