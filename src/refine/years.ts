import type { Draft, FigureCandidate, Refiner, TimeExpr } from '../types.js'
import { resolvePeriod, resolveYear } from '../patterns/time.js'

// e.g. "Police in Kenya say they have rescued 25 migrants", "… have arrested six people this week"
const RECENT_REPORT = /\b(?:say|says|said\s+on\s+\w+day|this\s+(?:week|morning|month)|yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/

/** The main time of a sentence: the first governing time outside a comparison. */
function mainTime(sentence: { start: number; end: number }, figs: FigureCandidate[]): TimeExpr | null {
  for (const f of figs) if (f.sentence.start === sentence.start && f.time && f.cue !== 'comparison') return f.time
  return null
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
        // "the previous year" counts back from the year of the sentence's main figure, already resolved
        const mainFig = main && main !== c.time ? figs.find((f) => f.sentence === c.sentence && f.time === main) : undefined
        if (mainFig) return mainFig.year
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
        // a past event of the news is this year's; a perfect ("have rescued") only when the news says it is recent
        else c.year = c.tense === 'past' || (c.tense === 'perfect' && RECENT_REPORT.test(c.sentence.text)) ? ref : null
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
