import type { Draft, FigureCandidate, Refiner, TimeExpr } from '../types.js'
import { resolvePeriod, resolveYear } from '../patterns/time.js'

// e.g. "has repatriated", "have been forced", "are held", "live": cumulative or present states carry no year
const PERFECT_OR_PRESENT = /\b(?:has|have|is|are|am)\s+(?:been\s+|being\s+)?(?:\w+ly\s+)?\w+$/i
const PRESENT_VERBS = /\b(?:live|lives|is\s+home\s+to|are\s+home\s+to|has\s+about|have\s+about|has|have|remain|remains|work|works|estimate|estimates)\b/i

/** The main time of a sentence: the first governing time outside a comparison. */
function mainTime(sentence: { start: number; end: number }, figs: FigureCandidate[]): TimeExpr | null {
  for (const f of figs) if (f.sentence.start === sentence.start && f.time && f.cue !== 'comparison') return f.time
  return null
}

function isPastEvent(c: FigureCandidate): boolean {
  const before = c.sentence.text.slice(0, c.mention.start - c.sentence.start)
  const after = c.sentence.text.slice(c.mention.end - c.sentence.start, c.mention.end - c.sentence.start + 80)
  if (PERFECT_OR_PRESENT.test(before.trimEnd().split(/\s+/).slice(-4).join(' '))) return false
  const passive = /^\s*(?:\S+\s+){0,6}?(?<aux>were|was|had\s+been|have\s+been|has\s+been|are|is|had|have|has)\s/i.exec(after)
  if (passive) return /^(?:were|was|had)/i.test(passive.groups!.aux!)
  if (PRESENT_VERBS.test(before.split(/\s+/).slice(-3).join(' '))) return false
  return /\b\w+ed\b|\b(?:found|held|sold|caught|brought|took|made|saw|gave|sent|kept|led|began|won|met|told|got|put|set)\b/i.test(before.split(/\s+/).slice(-4).join(' '))
}

/**
 * Gives every figure its year and period: from its own time expression, else from the figure it is a part or
 * restatement of, else from earlier in its paragraph, else the reference year for a past event of the news.
 */
export const resolveYears: Refiner = {
  id: 'resolve-years',
  refine(draft: Draft) {
    const ref = draft.referenceYear
    const figs = draft.figures.filter((f) => !f.dropped)
    // the year under discussion at each point: the last year resolved from an explicit or relative time
    let contextYear: number | null = null
    let contextParagraph = -1
    for (const c of figs) {
      const main = mainTime(c.sentence, figs)
      const anchorFrom = (): number | null => {
        if (main && main !== c.time) return resolveYear(main, ref, null)
        if (c.link?.to) return c.link.to.year
        return null
      }
      const t = c.time
      if (t) {
        const y: number | null = t.kind === 'context' ? contextYear : resolveYear(t, ref, anchorFrom())
        c.year = y
        c.period = resolvePeriod(t, y)
        if (t.samePeriod && c.link?.to.period && y !== null) {
          const [, sm] = c.link.to.period.start.split('-')
          const [, em] = c.link.to.period.end.split('-')
          if (sm && em) c.period = { start: `${y}-${sm}`, end: `${y}-${em}`, label: t.text }
        }
      } else if (c.link && c.link.type !== 'comparison' && c.link.type !== 'anaphor') {
        c.year = c.link.to.year
        c.period = c.link.to.period
      } else if (c.link?.type === 'comparison') {
        // a comparison with no time of its own is another period the text does not name
        c.year = null
      } else {
        const earlier = c.sentence.paragraph === contextParagraph ? contextYear : undefined
        const paragraphTime = figs.find((f) => f !== c && f.sentence.paragraph === c.sentence.paragraph && f.sentence.index < c.sentence.index && f.time)
        const prevParagraphFigs = figs.filter((f) => f.sentence.paragraph === c.sentence.paragraph - 1)
        if (paragraphTime || earlier !== undefined) c.year = paragraphTime ? paragraphTime.year : (earlier ?? null)
        else if (prevParagraphFigs.length) c.year = prevParagraphFigs[prevParagraphFigs.length - 1]!.year
        else if (c.sentenceTimes.some((x) => x.kind === 'recent' || (x.attribution && x.kind !== 'multi'))) c.year = ref
        else c.year = isPastEvent(c) ? ref : null
        if (c.year === ref && paragraphTime === undefined && !prevParagraphFigs.length) c.period = null
      }
      if (c.time && c.time.kind !== 'context') {
        contextYear = c.year
        contextParagraph = c.sentence.paragraph
      } else if (c.sentence.paragraph !== contextParagraph) {
        contextYear = c.year
        contextParagraph = c.sentence.paragraph
      }
    }
  },
}
