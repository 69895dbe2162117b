import { FIGURE_KINDS, type ArticleReport, type Figure, type FigureKind } from '../schema.js'

/** One figure placed on the time line: its metric, year, period and source. */
export interface Observation {
  kind: FigureKind
  /** kind + action + qualifiers: the identity of what is counted */
  metric: string
  /** the metric for people: "victims · rescued · under 15" */
  label: string
  value: number
  approximate: boolean
  year: number
  /** "year" for a whole year, "01..10" for January–October */
  periodKey: string
  periodLabel: string
  source: { path: string; sentence: string; sentenceStart: number; start: number; end: number; mention: string }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// why: "group" repeats what age and sex already say ("women" = female); it is wording, not identity
const IDENTITY_QUALIFIERS = ['age', 'sex', 'nationality', 'location', 'exploitation'] as const

/** Returns the metric key and label of a figure: kind + action + qualifiers (and "part" for an unqualified part). */
export function metricOf(kind: FigureKind, f: Pick<Figure, 'action' | 'qualifiers' | 'partOf'>): { key: string; label: string } {
  const quals = IDENTITY_QUALIFIERS.filter((k) => f.qualifiers[k] !== undefined).map((k) => [k, String(f.qualifiers[k])] as const)
  const part = f.partOf !== null && quals.length === 0 ? ['part'] : []
  const key = [kind, f.action ?? '', ...quals.map(([k, v]) => `${k}=${v}`), ...part].join('|')
  const label = [kind, f.action ?? 'any action', ...quals.map(([k, v]) => (k === 'age' || k === 'sex' ? v : `${k} ${v}`)), ...part].join(' · ')
  return { key, label }
}

/** Returns the period key and label of a figure: a whole year, or its months ("Jan–Oct"). */
export function periodOf(f: Pick<Figure, 'period' | 'year'>): { key: string; label: string } {
  const p = f.period
  const a = p ? /-(\d{2})$/.exec(p.start)?.[1] : undefined
  const b = p ? /-(\d{2})$/.exec(p.end)?.[1] : undefined
  if (!a || !b) return { key: 'year', label: String(f.year) }
  const name = (m: string): string => MONTHS[Number(m) - 1] ?? m
  return { key: `${a}..${b}`, label: `${a === b ? name(a) : `${name(a)}–${name(b)}`} ${f.year}` }
}

/** Returns every figure with a year of the articles as an observation; figures without a year cannot be lined up. */
export function observations(articles: ArticleReport[]): Observation[] {
  const out: Observation[] = []
  for (const a of articles) {
    for (const kind of FIGURE_KINDS) {
      for (const f of a[kind]) {
        if (f.year === null) continue
        const m = metricOf(kind, f)
        const p = periodOf(f)
        out.push({
          kind,
          metric: m.key,
          label: m.label,
          value: f.value,
          approximate: f.approximate,
          year: f.year,
          periodKey: p.key,
          periodLabel: p.label,
          source: { path: a.source.path, sentence: f.evidence.text, sentenceStart: f.evidence.start, start: f.mention.start, end: f.mention.end, mention: f.mention.text },
        })
      }
    }
  }
  return out
}
