import type { Check } from '../schema.js'
import type { CountryCandidate, Draft, FigureCandidate, Refiner, Sentence, Span } from '../types.js'
import { formatCount } from '../patterns/numbers.js'

// e.g. "declined by about 15.5%", "an increase of 72.82 percent", "up 8 per cent", "a 20% increase", "rose 12 per cent"
const PERCENT = /(?<num>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)/gi
const DOWN = /\b(?:declin|decreas|drop|fell|fall|down|lower|reduc|cut|slump|plung|shrank|dip)\w*/i
const UP = /\b(?:increas|ris|rose|up|higher|grew|grow|jump|climb|surg|doubl)\w*/i

function span(s: Span): { start: number; end: number; text: string } {
  return { start: s.start, end: s.end, text: s.text }
}

function pct(newer: number, older: number): number {
  return ((newer - older) / older) * 100
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/** Returns the checks of stated percentage changes against the two figures they relate. */
export function percentChecks(draft: Draft): Check[] {
  const out: Check[] = []
  const figs = draft.figures.filter((f) => !f.dropped && f.kind !== null)
  const pairs = figs.filter((f) => f.link?.type === 'comparison' && !f.link.to.dropped)
  const sentences = draft.article.sentences
  for (const s of sentences) {
    PERCENT.lastIndex = 0
    for (let m = PERCENT.exec(s.text); m; m = PERCENT.exec(s.text)) {
      const before = s.text.slice(Math.max(0, m.index - 40), m.index)
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 30)
      const words = `${before} ${after}`
      const down = DOWN.test(words) || DOWN.test(s.text.slice(0, m.index))
      const up = UP.test(words)
      if (!down && !up) continue
      // a share ("65 per cent of the victims") is not a change
      if (/^\s*of\b/i.test(after)) continue
      // the comparison pair in this sentence, or in the one just before or after it
      const near = (x: FigureCandidate): boolean => Math.abs(x.sentence.index - s.index) <= 1
      const pair = pairs.filter((p) => near(p) || near(p.link!.to)).sort((a, b) => Math.abs(a.sentence.index - s.index) - Math.abs(b.sentence.index - s.index))[0]
      if (!pair) continue
      const a = pair
      const b = pair.link!.to
      // the older figure is the one with the earlier year; without years the comparison is the older one
      const [older, newer] = a.year !== null && b.year !== null && a.year > b.year ? [b, a] : [a, b]
      if (older.value === 0) continue
      const computed = pct(newer.value, older.value)
      const stated = Number(m.groups!.num) * (down && !up ? -1 : up && !down ? 1 : Math.sign(computed) || 1)
      const ok = Math.abs(Math.abs(computed) - Math.abs(stated)) <= Math.max(0.06, Math.abs(stated) * 0.01) && Math.sign(computed) === Math.sign(stated)
      out.push({
        kind: 'percent-change',
        ok,
        message: `stated ${stated > 0 ? '+' : ''}${round(stated)}% for ${formatCount(older.value)} → ${formatCount(newer.value)}; computed ${computed > 0 ? '+' : ''}${round(computed)}%${ok ? ' (consistent)' : ' (does not match)'}`,
        stated: round(stated),
        computed: round(computed),
        evidence: [{ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] }, span(older.mention), span(newer.mention)],
      })
    }
  }
  return out
}

type Dimension = 'age' | 'sex'

/** Returns the checks of breakdowns (age groups, sexes) against the total they break down. */
export function breakdownChecks(draft: Draft): Check[] {
  const out: Check[] = []
  const figs = draft.figures.filter((f) => !f.dropped && f.kind !== null)
  const parts = new Map<FigureCandidate, FigureCandidate[]>()
  for (const f of figs) {
    if (f.link?.type !== 'part' || f.link.to.dropped) continue
    parts.set(f.link.to, [...(parts.get(f.link.to) ?? []), f])
  }
  for (const [total, ps] of parts) {
    for (const dim of ['age', 'sex'] as Dimension[]) {
      const group = ps.filter((p) => p.qualifiers[dim] !== undefined && p.qualifiers[dim] !== 'mixed')
      const values = new Set(group.map((p) => p.qualifiers[dim]))
      if (group.length < 2 || values.size !== group.length) continue
      // only a full partition can be summed: both sexes, or ages from "under N" to "over M"
      const complete =
        dim === 'sex'
          ? values.has('male') && values.has('female')
          : [...values].some((v) => /^under\b/.test(v ?? '')) && [...values].some((v) => /^over\b|^adult$/.test(v ?? ''))
      const sum = group.reduce((a, p) => a + p.value, 0)
      if (!complete && sum <= total.value) continue
      const ok = sum === total.value
      out.push({
        kind: `breakdown-${dim}`,
        ok,
        message: `${group.map((p) => formatCount(p.value)).join(' + ')} = ${formatCount(sum)} by ${dim}, against the total of ${formatCount(total.value)}${ok ? ' (consistent)' : ' (does not add up)'}`,
        stated: total.value,
        computed: sum,
        evidence: [span(total.mention), ...group.map((p) => span(p.mention))],
      })
    }
  }
  return out
}

// e.g. "including 351 from Malaysia", "comprise 29 Bangladeshis", "By nationality: …"
const LIST_CUE = /\b(?:including|included|comprising|comprised?|consisting\s+of|by\s+nationality)\b|:/i
// "The rest were repatriated from …": the list before was not meant to be complete
const REMAINDER = /^(?:the\s+rest|the\s+remaining|others|the\s+others|the\s+remainder)\b/i

/** Returns the checks of per-country counts of one sentence against the total figure they break down. */
export function countryChecks(draft: Draft): Check[] {
  const out: Check[] = []
  const bySentence = new Map<Sentence, CountryCandidate[]>()
  for (const c of draft.countries) if (c.count !== null && !c.whole) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c])
  for (const [s, cs] of bySentence) {
    if (cs.length < 2) continue
    const first = cs.reduce((a, b) => (a.mention.start < b.mention.start ? a : b))
    // the total: a figure of the same sentence before the first country count, or the total the list restates ("Of the 70 women, …")
    const total = draft.figures
      .filter((f) => !f.dropped && f.kind !== null && f.sentence === s && f.mention.end <= first.mention.start && f.link?.type !== 'part' && f.link?.type !== 'comparison')
      .pop()
    if (!total || (total.kind === 'suspects') !== (first.subject === 'suspects')) continue
    const sum = cs.reduce((a, c) => a + (c.count ?? 0), 0)
    const next = draft.article.sentences[s.index + 1]
    if (sum < total.value && next && next.paragraph === s.paragraph && REMAINDER.test(next.text)) continue
    // a short list is a discrepancy only where the text presents it as the breakdown of the total
    const listed = s.text.slice(total.mention.end - s.start, first.mention.start - s.start)
    const partial = /\bincluding\b/i.test(listed)
    if (sum < total.value && !LIST_CUE.test(listed)) continue
    const ok = sum === total.value
    out.push({
      kind: 'breakdown-country',
      ok,
      message: `${cs.map((c) => formatCount(c.count!)).join(' + ')} = ${formatCount(sum)} by country, against the total of ${formatCount(total.value)}${ok ? ' (consistent)' : ` (does not add up${partial ? '; the list says "including", so it may be partial' : ''})`}`,
      stated: total.value,
      computed: sum,
      evidence: [span(total.mention), ...cs.map((c) => span(c.mention))],
    })
  }
  return out
}

/** Checks the figures an article gives against each other: stated percentages and breakdowns against totals. */
export const checkFigures: Refiner = {
  id: 'check-figures',
  refine(draft: Draft) {
    draft.checks.push(...percentChecks(draft), ...breakdownChecks(draft), ...countryChecks(draft))
  },
}
