import type { Context, Draft, Refiner, Span, TimeExpr } from '../types.js'
import { findTimes } from '../patterns/time.js'

interface Vote {
  year: number
  weight: number
  evidence: Span
  rule: string
}

// e.g. "(c) 2024 Asia Pacific Newswire", "© 2023 The Herald"
const COPYRIGHT = /(?:\(c\)|©|copyright)\s*(?<y>(?:19|20)\d\d)\b/i
// e.g. "This compares with …", "This is an increase of 72.82 percent on …": compares with the sentence before
const CONTINUES_COMPARISON = /^(?:this|that|it|these)\s+(?:compares|is|was|represents|marks|means)\b/i
const COMPARISON = /\b(?:down|up|rising|falling|rose|fell|increased|decreased|dropped)\s+from\b|\bcompared?\s+(?:to|with)\b|\bcompares\s+with\b|\b(?:increase|decrease|rise|drop|fall)\s+(?:of\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:on|from|over)\b|\bagainst\b/i

// e.g. "Updated June 3, 2024", "Published: 14 May 2024 08:30", "March 3, 2021"
const DATE_LINE = /^(?:(?:updated|published|posted|first\s+published|last\s+modified)\s*:?\s*)?(?:\w+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\b[^a-z]{0,20}$/i

// e.g. "GENEVA, 8 October 2024 —", "COLUMBUS, Ohio, March 3, 2023 -"
const DATELINE = /^[A-Z][A-Z .'’\/-]{1,40}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+(?<y>(?:19|20)\d\d)\s*(?:\([^)]*\)\s*)?[—–-]/

// e.g. "The 2013 Trafficking in Persons (TIP) report", "its 2021 annual report"
const NAMED_REPORT = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his\s+year['’]s)\s+(?<y>(?:19|20)\d\d)\s+(?:(?:[A-Z][\w-]*|in|of|on|and|for|against)\s+){0,7}(?:\([A-Z]+\)\s+)?(?:annual\s+)?(?:report|index|survey)\b/

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
// e.g. "ABUJA, Feb 7 (WAW) –", "MANILA, March 3 (Asia Pacific Newswire) -", "GENEVA, 8 October 2024 —"
const DATELINE_MONTH = /^[A-Z][A-Z .'’/-]{1,40}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?,\s*(?:(?<m1>[A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+(?<m2>[A-Z][a-z]{2,8}))\b/

/** Returns the month of the article's own date (its dateline or a date line in the header), or null. */
function referenceMonth(draft: Draft): number | null {
  const lead = draft.article.sentences[0]
  const m = lead ? DATELINE_MONTH.exec(lead.text) : null
  const name = (m?.groups?.m1 ?? m?.groups?.m2)?.slice(0, 3).toLowerCase()
  if (name && MONTHS.includes(name)) return MONTHS.indexOf(name) + 1
  for (const p of draft.article.paragraphs) {
    if (p.boilerplate !== 'dateline-header' && p.boilerplate !== 'junk' && p.boilerplate !== 'headline') continue
    const t = findTimes(p).find((x) => x.kind === 'year' && x.months && x.months[0] === x.months[1])
    if (t?.months) return t.months[0]
  }
  return null
}

const YEAR_DIGITS = /(?:19|20)\d\d/

function isPartialYear(t: TimeExpr): boolean {
  return t.kind === 'year' && t.months !== null && !(t.months[0] === 1 && t.months[1] === 12) && t.months[0] !== t.months[1]
}

/**
 * Decides what "this year" means from the text: a dated header or copyright line, partial-year figures
 * ("between January and October of 2018"), and year-on-year comparisons ("last year, up from 986 in 2022").
 * `--year` wins over all of them.
 */
export const referenceYear: Refiner = {
  id: 'reference-year',
  refine(draft: Draft, ctx: Context) {
    draft.referenceMonth = referenceMonth(draft)
    if (ctx.year !== null) {
      draft.referenceYear = ctx.year
      draft.referenceYearEvidence = null
      return
    }
    const votes: Vote[] = []
    const { article } = draft
    // 1. dated header lines and copyright lines
    for (const p of article.paragraphs) {
      // header lines such as "Date: 14 May 2024", "Updated June 3, 2024", "EUROPE DESK | 19 October 2023"
      const dateLine = (p.boilerplate === 'junk' || p.boilerplate === 'headline') && DATE_LINE.test(p.text)
      if (p.boilerplate === 'dateline-header' || p.boilerplate === 'footer' || p.boilerplate === 'byline' || dateLine) {
        const c = COPYRIGHT.exec(p.text)
        if (c) votes.push({ year: Number(c.groups!.y), weight: 6, evidence: p, rule: 'copyright' })
        for (const t of findTimes(p)) if (t.kind === 'year' && t.months && p.boilerplate !== 'footer') votes.push({ year: t.year!, weight: 10, evidence: p, rule: 'dateline' })
      }
    }
    // a dateline at the head of the story: "GENEVA, 8 October 2024 —", "DUBAI/KATHMANDU, 22 May 2024 —"
    const lead = article.sentences[0]
    const dl = lead ? DATELINE.exec(lead.text) : null
    if (lead && dl) votes.push({ year: Number(dl.groups!.y), weight: 10, evidence: lead, rule: 'dateline' })
    // 2. the body: partial-year periods and year-on-year comparisons
    const sentences = article.sentences
    let latestFiscal: Vote | null = null
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!
      // why: every vote below needs a year written in digits in this sentence; the others are not read for times
      if (!YEAR_DIGITS.test(s.text)) continue
      const times = findTimes(s)
      const cmp = COMPARISON.exec(s.text)
      const cmpAt = cmp ? s.start + cmp.index : Infinity
      for (const t of times) {
        if (isPartialYear(t) && !t.samePeriod && t.start < cmpAt) votes.push({ year: t.year!, weight: 4, evidence: s, rule: 'partial-year' })
        if (t.kind === 'year' && /^so\s+far/i.test(t.text)) votes.push({ year: t.year!, weight: 4, evidence: s, rule: 'so-far' })
        const fy = /(?<a>(?:19|20)\d\d)\s*[/–-]\s*(?<b>\d{2})(?!\d)/.exec(t.text)
        if (t.kind === 'multi' && fy) {
          const startYear = Number(fy.groups!.a)
          const end = Number(fy.groups!.a!.slice(0, 2) + fy.groups!.b)
          if (end - startYear === 1 && end < 2070 && (!latestFiscal || end > latestFiscal.year)) {
            latestFiscal = { year: end, weight: 1, evidence: s, rule: 'latest-fiscal-year' }
          }
        }
      }
      // a like-for-like comparison pairs consecutive years: "this year … the same quarter of 2023" → 2024
      const prev = CONTINUES_COMPARISON.test(s.text) ? sentences[i - 1] : undefined
      const mainTimes = [...(prev ? findTimes(prev) : []), ...times.filter((t) => t.start < cmpAt)]
      const relMain = mainTimes.find((t) => t.kind === 'relative' && (t.rel === 0 || t.rel === -1))
      if (relMain && (cmp || prev)) {
        for (const t of times) {
          if (t.kind !== 'year' || (t.start < cmpAt && !prev)) continue
          if (relMain.rel === 0 && t.samePeriod) votes.push({ year: t.year! + 1, weight: 3, evidence: s, rule: 'this-year-vs-same-period' })
          if (relMain.rel === -1 && !t.months) votes.push({ year: t.year! + 2, weight: 3, evidence: s, rule: 'last-year-vs-year-before' })
        }
      }
    }
    if (latestFiscal) votes.push(latestFiscal)
    // an annual report named by its year, in a story about a report just out: "The 2013 Trafficking in Persons (TIP) report"
    if (!votes.length) {
      const fresh = sentences.some((s) => /\breport\b/i.test(s.text) && findTimes(s).some((t) => t.kind === 'recent' && !t.months))
      for (const s of fresh ? sentences : []) {
        const m = NAMED_REPORT.exec(s.text)
        if (m) votes.push({ year: Number(m.groups!.y), weight: 1, evidence: s, rule: 'named-report' })
      }
    }
    if (!votes.length) {
      draft.referenceYear = null
      draft.referenceYearEvidence = null
      return
    }
    const score = new Map<number, number>()
    for (const v of votes) score.set(v.year, (score.get(v.year) ?? 0) + v.weight)
    const [year] = [...score.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!
    const best = votes.filter((v) => v.year === year).sort((a, b) => b.weight - a.weight)[0]!
    draft.referenceYear = year
    draft.referenceYearEvidence = { start: best.evidence.start, end: best.evidence.end, text: best.evidence.text }
  },
}
