import type { Span, TimeExpr, TimeKind } from '../types.js'
import { matchAny } from './regex.js'
import { wordTable } from './wordTable.js'
import { memoByObject } from './memo.js'

const MONTH_NUMBERS: Record<string, number> = wordTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
})
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const COUNT_WORDS: Record<string, number> = wordTable({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
})

const MONTH = `(?:${matchAny(Object.keys(MONTH_NUMBERS))})\\.?`
const YEAR = `(?<![\\d,.$])(?:19[5-9]\\d|20\\d\\d)(?!\\d|,\\d)`
const WEEKDAY = matchAny(WEEKDAYS)
const N = `(?:\\d{1,2}|${matchAny(Object.keys(COUNT_WORDS))})`
const REL_YEAR = `(?:this|last|next)\\s+year|the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before|a\\s+year\\s+(?:earlier|before|ago)`

// why: most sentences hold no time at all. One pass over the lower-cased sentence lists the words the patterns need;
// a pattern whose words are absent is skipped without running it.
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const CUE_WORDS = [...MONTH_STEMS, 'fiscal', 'financial', 'reporting', 'fy', 'month', 'year', 'decade', 'generation', 'since', 'half', 'quarter', 'same', 'far', 'date', 'period', 'day', 'tonight', 'morning', 'night', 'week']
// e.g. "2019" (kept as "#"), "year", "dec" (of "December"); longest first, so "decade" is not read as "dec"
const CUES = new RegExp(`(?:19|20)\\d\\d|${matchAny(CUE_WORDS)}`, 'g')
type Cues = Set<string>
function cuesOf(lower: string): Cues {
  const out: Cues = new Set()
  CUES.lastIndex = 0
  for (let m = CUES.exec(lower); m; m = CUES.exec(lower)) out.add(/^\d/.test(m[0]) ? '#' : m[0])
  return out
}
const has = (c: Cues, ...words: string[]): boolean => words.some((w) => c.has(w))
const hasYear = (c: Cues): boolean => c.has('#')
const hasMonth = (c: Cues): boolean => MONTH_STEMS.some((m) => c.has(m))

type Build = (g: Record<string, string | undefined>) => Omit<TimeExpr, keyof Span | 'attribution'> | null

interface Pattern {
  id: string
  /** a cheap test of the sentence's cue words that must pass for re to have any chance of matching */
  gate: (cues: Cues) => boolean
  re: RegExp
  build: Build
}

function month(name: string | undefined): number | null {
  if (!name) return null
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')] ?? null
}

function count(w: string | undefined): number {
  if (!w) return 1
  return /^\d+$/.test(w) ? Number(w) : (COUNT_WORDS[w.toLowerCase()] ?? 1)
}

function base(kind: TimeKind, extra: Partial<Omit<TimeExpr, keyof Span>> = {}): Omit<TimeExpr, keyof Span | 'attribution'> {
  return { kind, year: null, rel: null, months: null, samePeriod: false, ...extra }
}

/** "this year" → relative 0, "last year" → relative -1, "the previous year" → anchor -1 */
function relYear(phrase: string | undefined): Omit<TimeExpr, keyof Span | 'attribution'> | null {
  if (!phrase) return null
  const p = phrase.toLowerCase().replace(/\s+/g, ' ')
  if (p === 'this year' || p === 'the current year') return base('relative', { rel: 0 })
  if (p === 'last year' || p === 'a year ago') return base('relative', { rel: -1 })
  if (p === 'next year') return base('relative', { rel: 1 })
  return base('anchor', { rel: -1 })
}

function partMonths(which: string, part: string): [number, number] | null {
  const w = which.toLowerCase()
  const p = part.toLowerCase().replace(/\s+/g, ' ')
  const n = /^(\S+) months$/.exec(p)
  if (n) {
    const k = count(n[1])
    return w === 'first' ? [1, Math.min(12, k)] : [Math.max(1, 13 - k), 12]
  }
  const idx = { first: 0, second: 1, third: 2, fourth: 3, final: -1, last: -1 }[w] ?? 0
  if (p === 'half') return idx === 0 ? [1, 6] : [7, 12]
  if (p === 'quarter') {
    const q = idx < 0 ? 3 : idx
    return [q * 3 + 1, q * 3 + 3]
  }
  return null
}

function withYear(g: Record<string, string | undefined>, months: [number, number] | null): Omit<TimeExpr, keyof Span | 'attribution'> {
  if (g.y) return base('year', { year: Number(g.y), months })
  const r = relYear(g.rel)
  if (r) return { ...r, months }
  // why: "between April and June" with no year is this year's data as the article is written
  return base('relative', { rel: 0, months })
}

// Order matters: the first pattern to claim a stretch of text wins.
const PATTERNS: Pattern[] = [
  {
    id: 'fiscal-year',
    gate: hasYear,
    // e.g. "fiscal year 2080/81", "2022-23", "FY2023-24", "(2023-24)"
    re: new RegExp(`\\b(?:(?:fiscal|financial)\\s+year\\s+|FY\\s?)?(?:19|20)\\d\\d\\s*[/\u2013-]\\s*\\d{2}(?!\\d)`, 'gi'),
    build: () => base('multi'),
  },
  {
    id: 'fiscal-words',
    gate: (c) => has(c, 'fiscal', 'financial', 'reporting', 'fy'),
    // e.g. "this financial year", "the fiscal year", "this reporting period"
    re: /\b(?:(?:this|that|the|last|previous|current|next)\s+)?(?:(?:fiscal|financial)\s+year(?:\s+(?:19|20)\d\d\b)?|reporting\s+(?:period|year))\b|\bFY\s?\d{2,4}\b|\b(?:19|20)\d\d\s+(?:fiscal|financial)\s+year\b/gi,
    build: () => base('multi'),
  },
  {
    id: 'year-range',
    gate: hasYear,
    // e.g. "between 2019 and 2023", "from 2019 to March 2021", "2024-2028"
    re: new RegExp(
      `\\b(?:(?:between|from)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:and|to|through|until|till)\\s+(?:${MONTH}\\s+)?${YEAR}|${YEAR}\\s*[\u2013-]\\s*${YEAR})`,
      'gi',
    ),
    build: () => base('multi'),
  },
  {
    id: 'two-years',
    gate: hasYear,
    // e.g. "in 2019 and 2020", "in 2017 and 2018 combined": two years together have no single year
    re: new RegExp(`\\b(?:in|during|over|for)\\s+${YEAR}\\s+and\\s+${YEAR}(?!\\s+respectively)(?:\\s+combined)?`, 'gi'),
    build: () => base('multi'),
  },
  {
    id: 'rolling',
    gate: (c) => has(c, 'month', 'year', 'decade', 'generation'),
    // e.g. "in the 12 months to March", "the year to June", "over the past few years", "in recent years", "the past year"
    re: new RegExp(
      `\\b(?:(?:in|over|during|for|within)\\s+)?the\\s+(?:(?:past|last|previous)\\s+)?(?:12|twelve)\\s+months(?:\\s+(?:to|ending|ended|through|up\\s+to)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?:\\s+${YEAR})?)?` +
        `|\\bthe\\s+year\\s+(?:to|ending|ended)\\s+${MONTH}(?:\\s+${YEAR})?` +
        `|\\b(?:(?:over|in|during|for|within)\\s+)?the\\s+(?:past|last|previous)\\s+(?:(?:few|several|couple\\s+of|${N})\\s+)?(?:years|decades?)\\b` +
        `|\\bin\\s+recent\\s+years\\b|\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+year\\b` +
        `|\\b(?:over|in|within|for)\\s+(?:a|the\\s+(?:past|last))\\s+(?:decade|generation)\\b|\\bfor\\s+(?:years|decades|${N}\\s+years)\\b|\\bover\\s+(?:the\\s+)?(?:years|decades|${N}\\s+years)\\b`,
      'gi',
    ),
    build: () => base('multi'),
  },
  {
    id: 'since-clause',
    gate: hasYear,
    // e.g. "since it opened in 2005", "since the law was passed in 2008": cumulative from then on
    re: new RegExp(`\\bsince\\s+(?:it|they|he|she|we|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:\\w+\\s+){0,3}(?:in|on)\\s+(?:${MONTH}\\s+)?${YEAR}`, 'gi'),
    build: () => base('multi'),
  },
  {
    id: 'origin-clause',
    gate: hasYear,
    // e.g. "The investigation, which began in 2019, has led to 16 convictions": when something began, not when it was counted
    re: new RegExp(`\\b(?:which|that|who)\\s+(?:was\\s+)?(?:began|begun|started|launched|set\\s+up|founded|opened|established|created)\\s+in\\s+(?:${MONTH}\\s+)?${YEAR}`, 'gi'),
    build: () => base('multi'),
  },
  {
    id: 'since',
    gate: (c) => c.has('since'),
    // e.g. "since 2021", "since July last year", "since January"
    re: new RegExp(
      `\\bsince\\s+(?:(?:early|late|mid)[-\\s])?(?:(?<m>${MONTH})(?:\\s+(?:of\\s+)?(?:(?<y>${YEAR})|(?<rel>${REL_YEAR})))?|(?<y2>${YEAR})|(?<rel2>last\\s+year))`,
      'gi',
    ),
    build: (g) => {
      if (g.y || g.y2 || g.rel2 || (g.rel && !/^this/i.test(g.rel))) return base('multi')
      const m = month(g.m)
      return base('relative', { rel: 0, months: m ? [m, 12] : null })
    },
  },
  {
    id: 'part-of-year',
    gate: (c) => has(c, 'half', 'quarter', 'month'),
    // e.g. "the first 10 months of this year", "the first half of 2024", "in the first quarter of this year"
    re: new RegExp(
      `\\b(?:(?:in|during|for|over)\\s+)?the\\s+(?<which>first|second|third|fourth|final|last)\\s+(?<part>half|quarter|${N}\\s+months)(?:\\s+of\\s+(?:(?<y>${YEAR})|(?<rel>${REL_YEAR})|the\\s+(?:current\\s+)?year))?`,
      'gi',
    ),
    build: (g) => withYear(g, partMonths(g.which ?? 'first', g.part ?? 'half')),
  },
  {
    id: 'half-label',
    gate: hasYear,
    // e.g. "its first-half bulletin for 2022", "H1 2024", "Q3 2023"
    re: new RegExp(`\\b(?:(?<h>first|second)-half\\b(?:\\s+[a-z]+){0,3}?\\s+(?:for|of)\\s+(?<y>${YEAR})|(?<hq>[HQ][1-4])\\s+(?<y2>${YEAR}))`, 'gi'),
    build: (g) => {
      if (g.h) return base('year', { year: Number(g.y), months: g.h.toLowerCase() === 'first' ? [1, 6] : [7, 12] })
      const tag = (g.hq ?? 'H1').toUpperCase()
      const k = Number(tag.slice(1))
      const months: [number, number] = tag[0] === 'H' ? (k === 1 ? [1, 6] : [7, 12]) : [k * 3 - 2, k * 3]
      return base('year', { year: Number(g.y2), months })
    },
  },
  {
    id: 'same-period',
    gate: (c) => c.has('same'),
    // e.g. "the same period last year", "the same quarter of 2023", "the same period the previous year"
    re: new RegExp(
      `\\b(?:(?:in|during|over|for)\\s+)?the\\s+same\\s+(?:period|quarter|months|time|time\\s+frame|period\\s+of\\s+time)(?:\\s*(?:of|in)?\\s+(?:(?<y>${YEAR})|(?<rel>${REL_YEAR})))?`,
      'gi',
    ),
    build: (g) => {
      if (g.y) return base('year', { year: Number(g.y), samePeriod: true })
      const r = relYear(g.rel) ?? base('anchor', { rel: -1 })
      return { ...r, samePeriod: true }
    },
  },
  {
    id: 'month-range',
    gate: hasMonth,
    // e.g. "between January and October of 2018", "From January to April this year", "between April and June"
    re: new RegExp(
      `\\b(?:(?:between|from)\\s+)?(?<m1>${MONTH})\\s*(?:and|to|through|till|until|-|\u2013|\u2014)\\s*(?<m2>${MONTH})(?:\\s*,?\\s*(?:of\\s+)?(?:(?<y>${YEAR})|(?<rel>this\\s+year|last\\s+year)))?`,
      'gi',
    ),
    build: (g) => {
      const a = month(g.m1)
      const b = month(g.m2)
      return a && b ? withYear(g, [a, b]) : null
    },
  },
  {
    id: 'so-far',
    gate: (c) => has(c, 'far', 'date'),
    // e.g. "so far this year", "So far in 2024", "year to date"
    re: new RegExp(`\\b(?:so\\s+far\\s+(?:this\\s+year|in\\s+(?<y>${YEAR}))|this\\s+year\\s+so\\s+far|year[-\\s]to[-\\s]date)\\b`, 'gi'),
    build: (g) => (g.y ? base('year', { year: Number(g.y) }) : base('relative', { rel: 0 })),
  },
  {
    id: 'date',
    gate: hasMonth,
    // e.g. "Nov 9", "Sept. 26, 2022", "13 May 2024", "October 4"
    re: new RegExp(
      `\\b(?:(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<y>${YEAR}))?|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH})(?:,?\\s+(?<y2>${YEAR}))?)`,
      'gi',
    ),
    build: (g) => {
      const m = month(g.m ?? g.m2)
      if (!m) return null
      const y = g.y ?? g.y2
      return y ? base('year', { year: Number(y), months: [m, m] }) : base('recent', { months: [m, m] })
    },
  },
  {
    id: 'month-year',
    gate: hasYear,
    // e.g. "in October 2021", "December 2011", "mid-2023", "early 2024"
    re: new RegExp(`\\b(?:(?:early|late|mid)[-\\s])?(?:(?<m>${MONTH})\\s+(?:of\\s+)?)?(?<y>${YEAR})\\b`, 'gi'),
    build: (g) => {
      const m = month(g.m)
      return base('year', { year: Number(g.y), months: m ? [m, m] : null })
    },
  },
  {
    id: 'month-alone',
    gate: hasMonth,
    // e.g. "in August", "at the end of March", "last October"
    re: new RegExp(
      `\\b(?:(?:in|during|since|by|until|last|this|early|late|mid|(?:at\\s+)?the\\s+(?:end|start|beginning|middle)\\s+of)[-\\s]+)(?<m>${MONTH})\\b`,
      'gi',
    ),
    build: (g) => {
      const m = month(g.m)
      return m ? base('recent', { months: [m, m] }) : null
    },
  },
  {
    id: 'relative-year',
    gate: (c) => c.has('year'),
    // e.g. "last year", "this year", "the previous year", "a year earlier", "two years ago", "In the whole of last year"
    re: new RegExp(
      `\\b(?<before>the\\s+year\\s+before\\s+last)\\b|\\b(?:(?:in|during|for|over|of|throughout)\\s+)?(?:the\\s+(?:whole|rest|end|start|beginning)\\s+of\\s+|all\\s+of\\s+)?(?<rel>${REL_YEAR}|the\\s+current\\s+year)\\b|\\b(?<n>${N})\\s+years\\s+(?<dir>ago|earlier|before)\\b`,
      'gi',
    ),
    build: (g) => {
      if (g.before) return base('relative', { rel: -2 })
      if (g.n) {
        const k = count(g.n)
        return g.dir?.toLowerCase() === 'ago' ? base('relative', { rel: -k }) : base('anchor', { rel: -k })
      }
      return relYear(g.rel)
    },
  },
  {
    id: 'context',
    gate: (c) => has(c, 'year', 'period'),
    // e.g. "during the year", "over the period", "in the same year"
    re: /\b(?:during|over|in|throughout|for|within)\s+(?:the|that)\s+(?:same\s+)?(?:year|period)\b/gi,
    build: () => base('context'),
  },
  {
    id: 'recent',
    gate: (c) => has(c, 'day', 'tonight', 'morning', 'night', 'week', 'month'),
    // e.g. "yesterday", "on Monday", "last week", "Thursday's", "two days later", "earlier this month"
    re: new RegExp(
      `\\b(?:yesterday|today|tonight|this\\s+morning|last\\s+night|(?:on\\s+)?(?:${WEEKDAY})(?:['\u2019]s)?|(?:earlier\\s+)?(?:last|this|next)\\s+(?:week|weekend|month)|(?:${N}|a\\s+few|several)\\s+(?:days|weeks|months)\\s+(?:ago|later|earlier)|a\\s+(?:day|week|month)\\s+(?:ago|later|earlier))\\b`,
      'gi',
    ),
    build: () => base('recent'),
  },
]

// e.g. "… the council said on Sunday", "told reporters in Manila on Tuesday", "said in a statement on Thursday"
const SAYING_BEFORE =
  /\b(?:said|says|say|told(?:\s+(?:reporters|journalists|the\s+[\w-]+(?:\s+[\w-]+)?|\w+))?|announced|stated|added|confirmed|revealed|disclosed|noted|explained|warned)\s+(?:(?:in|at|during|to|after)\s+(?:a|an|the|its|his|her|their)?\s*(?:[\w-]+\s+){0,2}?)?(?:(?:in|at)\s+[A-Z][\w-]+\s+)?$/i

// why: "Act 2007" and "Section 12 of the Act 2007" name a law, not a time
const NOT_A_TIME_BEFORE = /\b(?:Act|Law|Decree|Code|Resolution|Convention|Protocol|Regulations?|Order|Bill)\s*,?\s*$/

function capitalizedMonthsOk(text: string): boolean {
  // "may" and "march" are months only when capitalised
  return !/\b(?:may|march)\b/.test(text) || /\b(?:May|March)\b/.test(text)
}

/** Returns the time expressions of a sentence with absolute offsets (sentence.start is their base); callers must not change them. */
// why: figures, years and the reference year all read the times of the same sentences; a span is read once
export const findTimes: (sentence: Span) => TimeExpr[] = memoByObject(scanTimes)

function scanTimes(sentence: Span): TimeExpr[] {
  const s = sentence.text
  // the stretches earlier patterns claimed (a few per sentence at most)
  const taken: [number, number][] = []
  const out: TimeExpr[] = []
  const cues = cuesOf(s.toLowerCase())
  for (const p of PATTERNS) {
    if (!p.gate(cues)) continue
    p.re.lastIndex = 0
    for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
      if (m[0].length === 0) {
        p.re.lastIndex++
        continue
      }
      let start = m.index
      const end = m.index + m[0].length
      if (taken.some(([a, b]) => a < end && start < b)) continue
      if (!capitalizedMonthsOk(m[0])) continue
      const before = s.slice(Math.max(0, start - 60), start)
      if (p.id === 'month-year' && NOT_A_TIME_BEFORE.test(before)) continue
      const built = p.build(m.groups ?? {})
      if (!built) continue
      while (start < end && /\s/.test(s[start]!)) start++
      taken.push([start, end])
      // why: written out rather than spread, which builds each object field by field
      out.push({
        kind: built.kind,
        year: built.year,
        rel: built.rel,
        months: built.months,
        samePeriod: built.samePeriod,
        start: sentence.start + start,
        end: sentence.start + end,
        text: s.slice(start, end),
        attribution: SAYING_BEFORE.test(before) || /\bpublished\s+$|\breleased\s+$/i.test(before),
      })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Returns the calendar year a time expression names, given the reference year and the sentence's main year. */
export function resolveYear(t: TimeExpr, reference: number | null, anchor: number | null, referenceMonth: number | null = null): number | null {
  switch (t.kind) {
    case 'year':
      return t.year
    case 'relative':
      return reference === null || t.rel === null ? null : reference + t.rel
    case 'anchor':
      return anchor === null || t.rel === null ? null : anchor + t.rel
    case 'recent':
      // "by the end of December" in a story dated February is last December
      if (reference !== null && referenceMonth !== null && t.months && t.months[0] > referenceMonth) return reference - 1
      return reference
    case 'multi':
    case 'context':
      return null
  }
}

/** Returns the period (YYYY or YYYY-MM bounds) a resolved time expression covers, or null for a whole year. */
export function resolvePeriod(t: TimeExpr, year: number | null): { start: string; end: string; label: string } | null {
  // a day of the news ("Oct 19", "on Monday") dates an event, it does not bound a reporting period
  if (year === null || !t.months || t.kind === 'recent') return null
  const [a, b] = t.months
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (a === 1 && b === 12) return null
  return { start: `${year}-${pad(a)}`, end: `${year}-${pad(b)}`, label: t.text }
}
