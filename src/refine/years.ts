import type { Draft, FigureCandidate, Refiner, TimeExpr } from '../types.js'
import { resolvePeriod, resolveYear } from '../patterns/time.js'

// e.g. "Police in Kenya say they have rescued 25 migrants", "… have arrested six people this week"
const RECENT_REPORT = /\b(?:say|says|said\s+on\s+\w+day|this\s+(?:week|morning|month)|yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/

/** The main time of each sentence (by start): the first governing time outside a comparison. */
function mainTimes(figs: FigureCandidate[]): Map<number, TimeExpr> {
  const out = new Map<number, TimeExpr>()
  for (const f of figs) if (f.time && f.cue !== 'comparison' && !out.has(f.sentence.start)) out.set(f.sentence.start, f.time)
  return out
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
    // why: looked up once, not by scanning every figure for each figure (O(figures²) on a long page of figures)
    const mains = mainTimes(figs)
    const bySentence = new Map<FigureCandidate['sentence'], FigureCandidate[]>()
    const firstTimed = new Map<number, FigureCandidate>()
    const lastInParagraph = new Map<number, FigureCandidate>()
    for (const f of figs) {
      bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f])
      if (f.time && !firstTimed.has(f.sentence.paragraph)) firstTimed.set(f.sentence.paragraph, f)
      lastInParagraph.set(f.sentence.paragraph, f)
    }
    for (const c of figs) {
      const main = mains.get(c.sentence.start) ?? null
      const anchorFrom = (): number | null => {
        // "the previous year" counts back from the year of the sentence's main figure, already resolved
        const mainFig = main && main !== c.time ? bySentence.get(c.sentence)?.find((f) => f.time === main) : undefined
        if (mainFig) return mainFig.year
        if (c.link?.to) return c.link.to.year
        return null
      }
      const t = c.time
      if (t) {
        const y: number | null = t.kind === 'context' ? contextYear : resolveYear(t, ref, anchorFrom(), draft.referenceMonth ?? null)
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
        // figures are in text order: the paragraph's first timed figure, if it sits in an earlier sentence
        const first = firstTimed.get(c.sentence.paragraph)
        const paragraphTime = first && first.sentence.index < c.sentence.index ? first : undefined
        const prevParagraphLast = lastInParagraph.get(c.sentence.paragraph - 1)
        if (paragraphTime || earlier !== undefined) c.year = paragraphTime ? paragraphTime.year : (earlier ?? null)
        else if (prevParagraphLast) c.year = prevParagraphLast.year
        else if (c.sentenceTimes.some((x) => x.kind === 'recent' || (x.attribution && x.kind !== 'multi'))) c.year = ref
        // a past event of the news is this year's; a perfect ("have rescued") only when the news says it is recent
        else c.year = c.tense === 'past' || (c.tense === 'perfect' && RECENT_REPORT.test(c.sentence.text)) ? ref : null
        if (c.year === ref && paragraphTime === undefined && !prevParagraphLast) c.period = null
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
