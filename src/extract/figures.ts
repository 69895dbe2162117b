import type { Qualifiers } from '../schema.js'
import type { Article, Extractor, FigureCandidate, FigureCue, Sentence, TimeExpr } from '../types.js'
import { findCountries, type CountryHit } from '../patterns/countries.js'
import { readNumbers } from '../patterns/noncount.js'
import { CASE_NOUNS, PEOPLE_NOUNS, SUSPECT_NOUNS, VICTIM_NOUNS } from '../patterns/nouns.js'
import { mayHoldNumber, type NumberMatch } from '../patterns/numbers.js'
import { findTimes } from '../patterns/time.js'
import { SUSPECT_ACTION_NOUNS, SUSPECT_VERBS, VICTIM_ACTION_NOUNS, VICTIM_VERBS } from '../patterns/verbs.js'
import { cases } from './cases.js'
import type { Claim, Classifier } from './claim.js'
import { exploitationOf } from './claim.js'
import { mentionContext, readHead, type MentionContext } from './mention.js'
import { suspects } from './suspects.js'
import { victims } from './victims.js'

/** The per-kind rule sets, tried on every number; the strongest claim wins. */
export const CLASSIFIERS: Classifier[] = [cases, suspects, victims]

// e.g. "– down from 129", ", up from 113", "compared to 253", "an increase of 72.82 percent on the 92", "more than double the 151"
const COMPARISON_CUE =
  /(?:\b(?:down|up|rising|falling|rose|fell|increased|decreased|dropped|climbed|declined|jumped|slipped|surged)\s+from\b|\bcompared?\s+(?:to|with)\b|\bcompares\s+with\b|\b(?:as\s+)?against\s+(?=(?:about\s+|some\s+|around\s+)?[\d,.]+\s+(?:in|last|the|a|during|for|and)\b)|\bversus\b|\bvs\.?(?=\s)|\b(?:an?\s+)?(?:increase|decrease|rise|drop|fall|decline|jump|reduction)\s+(?:of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:on|from|over)\s+(?:the\s+)?|\b(?:more|less)\s+than\s+(?:double|twice|triple|treble|half)\s+(?:the\s+)?|\b(?:nearly|almost|about|roughly|more\s+than)?\s*(?:double|twice|triple|treble)\s+the\b|\bfrom\s+(?=[\d,.]+(?:\s*(?:[.,;]|$)|\s+(?:in|last|the|a|during)\b)))/gi
// a main clause starts again after these: "…, while police identified 1,391 victims"
const MAIN_AGAIN = /,\s+(?:while|whereas|and\s+(?=\w+\s+(?:had|have|has|were|was)\b)|and\s+(?=(?:also\s+)?[a-z]+ed\s))|\bwhile\b|\bwhereas\b|;|\.\s|,\s+(?=the\s+\w+\s+said)/gi

// e.g. "Of the 109 cases,", "Of that number,", "Of those rescued last year,", "Among them,", "Of the potential victims,"
const PART_LEAD = /^(?:(?:and|but|so)\s+)?(?:of|among|out\s+of)\s+(?:(?:the|these|those|that|this|them|whom|which|all)\b|(?=\d))(?<rest>[^,]{0,80}),/i
// e.g. "including 13 juveniles", "of whom 161", "namely", "among them 38"
const PART_BEFORE = /\b(?:among\s+(?:the|them|those)\s+(?:\w+\s+)?(?:were|was|are)|the\s+(?:remaining|other|rest\s+of\s+the)|including|included|includes|include|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them|of\s+those|comprising|comprised|comprise|consisting\s+of)\s+$/i
// e.g. "were under 15 years", "were aged between 15 and 17", "were women", "are men", "female", "were specifically related to sex trafficking"
const PREDICATE =
  /^\s*(?:of\s+(?:them|those|these|whom)(?:\s+\w+){0,2}\s+)?(?:(?:were|are|was|is|had\s+been|have\s+been)\s+(?:\w+ly\s+)?)?(?<pred>under\b|over\b|below\b|above\b|aged\b|between\b|male\b|female\b|boys?\b|girls?\b|men\b|women\b|children\b|minors?\b|juveniles?\b|adults?\b|foreign(?:ers)?\b|related\b|linked\b|connected\b|involved\s+(?:in\s+)?(?:sex|sexual|labou?r|forced|child)|for\s+(?:sex|sexual|labou?r)|to\s+(?:sex|sexual|forced|labou?r|organ)|younger\b|older\b|teenagers?\b|infants?\b|in\s+(?:sex|forced|labou?r)|cases\b|victims\b)/i
// e.g. "The number increased to 185", "the total rose to"
const ANAPHOR_BEFORE = /\b(?:bringing|taking|raising|pushing|putting)\s+the\s+(?:total|number|tally|toll|count)\s+(?:\w+\s+){0,3}to\s+$|\b(?:the|that|this)\s+(?:total\s+|overall\s+)?(?:number|total|figure|tally|count)\s+(?:\w+\s+){0,3}(?:increased|rose|fell|dropped|decreased|climbed|declined|grew|jumped|went\s+up|went\s+down|stood|reached|was|is|has\s+risen|has\s+fallen|more\s+than\s+halved|halved|doubled|tripled)\s+(?:\w+\s+){0,3}$/i
// e.g. "the number of prosecuted traffickers more than halved to just 50 people"
const NUMBER_OF = /\bthe\s+(?:total\s+|overall\s+)?number\s+of\s+(?<phrase>(?:[\w'’-]+\s+){1,8})/gi
const NUMBER_OF_END = /\b(?:to|at|of|reached|totalled|totaled|numbered|was|were|hit|stood\s+at)\s+$/i

const IRREGULAR_PAST = /^(?:found|held|sold|caught|brought|took|taken|made|kept|sent|led|put|set|bought|freed|tried|stopped|rescued|handed\s+over|brought\s+home|sent\s+home)$/

/** Returns the tense of the verb that governs a number: "were rescued" past, "has repatriated" perfect, "are held" present. */
function tenseOf(text: string, m: MentionContext, kind: string | undefined): FigureCandidate['tense'] {
  const g = [...m.leftVerbs, ...m.rightVerbs].find((v) => v.kind === kind) ?? m.leftVerbs[0] ?? m.rightVerbs[0]
  const aux = g ? text.slice(Math.max(0, g.start - 30), g.start) : text.slice(m.num.end, m.num.end + 40)
  if (!g || /ing$/.test(g.word)) {
    // a participle ("arresting nine people and safeguarding 23") or no verb ("led to 127 arrests"): the clause's own verb
    const main = /\b(?<v>[a-z]+ed|led|made|took|saw|found|held|netted|sold|caught|brought|sent|kept)\s+(?:[\w,]+\s+){0,8}$/i.exec(text.slice(Math.max(0, m.num.start - 80), m.num.start))
    if (main && !/\b(?:has|have|is|are)\s+(?:been\s+)?$/i.test(text.slice(0, m.num.start - (m.num.start - Math.max(0, m.num.start - 80)) + main.index))) return 'past'
    if (g) return null
    // "Three other defendants, aged 23 to 61, received sentences": a past verb after the noun phrase
    const later = /^[^.;:]{0,60}?\b(?:[a-z]+ed|received|got|took|made|gave|faced|won|lost|left|fled|went|came)\b/i.exec(m.right)
    if (later && !/\b(?:has|have|is|are|will|live|lives|remain|remains|work|works)\b/i.test(later[0]) && !/forced\s+(?:labou?r|marriage)/i.test(m.right.slice(0, later[0].length + 10))) return 'past'
    // no verb: the first auxiliary after the number ("41 are men", "63 workers believed to be victims … were rescued")
    const cop = /^[^.;:]*?\b(?<aux>were|was|are|is|have|has|had)\b/i.exec(m.right.length ? m.right : aux)
    if (!cop) return null
    return /^(?:were|was|had)$/i.test(cop.groups!.aux!) ? 'past' : /^(?:have|has)$/i.test(cop.groups!.aux!) ? 'perfect' : 'present'
  }
  if (/\b(?:has|have)\s+(?:been\s+|being\s+)?(?:\w+ly\s+)?$/i.test(aux)) return 'perfect'
  if (/\b(?:is|are|am)\s+(?:being\s+)?(?:\w+ly\s+)?$/i.test(aux)) return 'present'
  if (/\b(?:will|would|could|may|might|shall|to|can)\s+(?:be\s+|have\s+been\s+)?(?:\w+ly\s+)?$/i.test(aux)) return null
  if (/\b(?:was|were|had)\s+(?:been\s+)?(?:\w+ly\s+)?$/i.test(aux)) return 'past'
  return /ed$/.test(g.word) || IRREGULAR_PAST.test(g.word) ? 'past' : null
}

const NUM_WORD = '(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)'
// "from 40 to 60" is a change, not a range
const RANGE_BEFORE = new RegExp(`\\bbetween\\s+(?:about\\s+|some\\s+)?${NUM_WORD}\\s+and\\s+$|(?<!\\bfrom\\s+(?:about\\s+|some\\s+)?)\\b${NUM_WORD}\\s+(?:to|or)\\s+$|\\d\\s*[-–]\\s*$`, 'i')
const RANGE_AFTER_NUM = /^\s*(?:and|to|-|–)\s*(?:about\s+|some\s+)?\d[\d,]*\s+(?!(?:in|last|this|the|a|during|for|from)\b)[a-z]/i

const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Court|Parliament|Congress|Senate|Jail|Prison)$/
// e.g. "In Spain alone, inspectors identified …", "57 victims rescued by police last year in the capital"
const LEAD_PLACE = /^In\s+(?<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+alone)?,/
const PLACE_AFTER = /^[^\d;:]{0,70}?\bin\s+(?<p>the\s+capital|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/

/** Returns the place a figure is about, when its sentence or clause names one ("In Spain alone, …", "… in the capital"). */
function locationOf(text: string, end: number): string | undefined {
  const lead = LEAD_PLACE.exec(text)?.groups?.p
  if (lead && !NOT_PLACES.test(lead)) return lead
  const clause = text.slice(end, end + 120).split(/,\s+(?:while|and|but)\b|\.\s/)[0] ?? ''
  const m = PLACE_AFTER.exec(clause)
  const after = m?.groups?.p
  // "in Kuwait, Saudi Arabia, Qatar and …": a list of places is not one place
  const listed = m ? /^\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z]/.test(clause.slice(m.index + m[0].length)) : false
  if (after && !listed && !NOT_PLACES.test(after.split(/\s+/)[0]!)) return after
  return undefined
}

// e.g. "310 and 402 victims", "55, 61 and 73 trafficking cases"
const NUMBER_LIST = /(?<![\d,.])\d[\d,]*(?:\s*,\s*\d[\d,]*)*\s*,?\s+and\s+\d[\d,]*(?=\s+[a-z])/g
// e.g. "in 2021 and 2022 respectively", "in 2019, 2020 and 2021"
const YEAR_LIST = /\b(?:in|for|during)\s+(?<years>(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s+and\s+(?:19|20)\d\d)\b/i
// e.g. "Between 2018 and 2020, … rose from 41 to 96"
const SPAN_YEARS = /\b(?:between|from)\s+(?<a>(?:19|20)\d\d)\s+(?:and|to)\s+(?<b>(?:19|20)\d\d)\b/i
const FROM_TO = /\bfrom\s+(?<x>\d[\d,]*)\s+(?:\w+\s+){0,2}?to\s+(?<y>\d[\d,]*)/

/** Numbers listed against years in order ("310 and 402 victims in 2021 and 2022 respectively"): each with its year and the list's last number. */
function yearLists(text: string, nums: NumberMatch[]): Map<NumberMatch, { year: number; last: NumberMatch; first: NumberMatch }> {
  const out = new Map<NumberMatch, { year: number; last: NumberMatch; first: NumberMatch }>()
  const years = YEAR_LIST.exec(text)?.groups?.years?.match(/(?:19|20)\d\d/g)?.map(Number)
  if (years) {
    NUMBER_LIST.lastIndex = 0
    for (let m = NUMBER_LIST.exec(text); m; m = NUMBER_LIST.exec(text)) {
      const members = nums.filter((n) => n.numStart >= m!.index && n.end <= m!.index + m![0].length)
      if (members.length !== years.length) continue
      const last = members[members.length - 1]!
      members.forEach((n, i) => out.set(n, { year: years[i]!, last, first: members[0]! }))
    }
  }
  // "Between 2018 and 2020, the number … rose from 41 to 96": the first value is of the first year
  const span = SPAN_YEARS.exec(text)
  const change = FROM_TO.exec(text)
  if (span && change) {
    const x = nums.find((n) => n.numStart === change.index + change[0].indexOf(change.groups!.x!, 4))
    const y = nums.find((n) => n.numStart === change.index + change[0].lastIndexOf(change.groups!.y!))
    if (x && y) {
      out.set(x, { year: Number(span.groups!.a), last: y, first: y })
      out.set(y, { year: Number(span.groups!.b), last: y, first: y })
    }
  }
  return out
}

function yearTime(sentence: Sentence, year: number): TimeExpr {
  return { start: sentence.start, end: sentence.start, text: String(year), kind: 'year', year, rel: null, months: null, samePeriod: false, attribution: false }
}

// e.g. "1. Sexual exploitation: 604", "- Domestic servitude: 421"
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-•*▪–])\s+(?<label>[^:\n]{2,80}):\s*(?:about\s+|some\s+|nearly\s+)?(?=\d)/

function claimOf(m: MentionContext): Claim | null {
  let best: Claim | null = null
  for (const c of CLASSIFIERS) {
    const claim = c.classify(m)
    if (claim && (!best || claim.strength > best.strength)) best = claim
  }
  return best
}

// e.g. "Trafficking convictions rose to 61", "Arrests fell to 40 from 52", "Cases stood at 300"
const SUBJECT_CHANGE = /(?<phrase>(?:[\w'’-]+\s+){1,5})(?:rose|fell|increased|decreased|dropped|climbed|declined|grew|jumped|reached|totalled|totaled|stood|hit|doubled|halved|more\s+than\s+doubled|went\s+up|went\s+down|slipped|surged|plunged|down|up|numbered|totalled|totaled)\s+(?:[\w%]+\s+){0,5}?(?:to|at)?\s*$/i

// why: "the number of prosecuted traffickers … to 50 people" names the kind before the number
function numberOfClaim(left: string): Claim | null {
  if (!NUMBER_OF_END.test(left)) return null
  let phrase: string | undefined
  NUMBER_OF.lastIndex = 0
  for (let m = NUMBER_OF.exec(left); m; m = NUMBER_OF.exec(left)) phrase = m.groups?.phrase?.toLowerCase()
  phrase = phrase ?? SUBJECT_CHANGE.exec(left.split(/[,;:]/).pop() ?? '')?.groups?.phrase?.toLowerCase()
  if (!phrase) return null
  return claimFromPhrase(phrase)
}

/** Returns what a noun phrase says is counted ("people charged with … offences" → suspects), or null. */
function claimFromPhrase(phrase: string): Claim | null {
  const words = phrase.toLowerCase().split(/[^a-z'-]+/).filter(Boolean)
  const verb = (table: Record<string, string>): string | null => {
    for (const w of words) if (table[w]) return table[w]!
    return null
  }
  // the first noun of the phrase says what is counted: "people charged with … offences" counts people
  for (const w of words) {
    if (w === 'referrals' && words.some((x) => VICTIM_NOUNS.has(x))) return { kind: 'victims', action: 'referred', qualifiers: {}, rule: 'victims/number-of', strength: 3 }
    if (SUSPECT_ACTION_NOUNS[w]) return { kind: 'suspects', action: SUSPECT_ACTION_NOUNS[w]!, qualifiers: {}, rule: 'suspects/number-of', strength: 3 }
    if (VICTIM_ACTION_NOUNS[w]) return { kind: 'victims', action: VICTIM_ACTION_NOUNS[w]!, qualifiers: {}, rule: 'victims/number-of', strength: 3 }
    if (VICTIM_NOUNS.has(w)) return { kind: 'victims', action: verb(VICTIM_VERBS), qualifiers: {}, rule: 'victims/number-of', strength: 3 }
    if (SUSPECT_NOUNS.has(w)) return { kind: 'suspects', action: verb(SUSPECT_VERBS), qualifiers: {}, rule: 'suspects/number-of', strength: 3 }
    if (CASE_NOUNS.has(w)) return { kind: 'cases', action: null, qualifiers: {}, rule: 'cases/number-of', strength: 3 }
    if (w in PEOPLE_NOUNS) {
      const s = verb(SUSPECT_VERBS)
      const v = verb(VICTIM_VERBS)
      const first = words.find((x) => SUSPECT_VERBS[x] || VICTIM_VERBS[x])
      if (first && SUSPECT_VERBS[first] && s) return { kind: 'suspects', action: s, qualifiers: {}, rule: 'suspects/number-of', strength: 2 }
      if (v) return { kind: 'victims', action: v, qualifiers: {}, rule: 'victims/number-of', strength: 2 }
      if (s) return { kind: 'suspects', action: s, qualifiers: {}, rule: 'suspects/number-of', strength: 2 }
      return null
    }
  }
  return null
}

function predicateQualifiers(right: string): Qualifiers {
  const q: Qualifiers = {}
  // the predicate of this number only: "91 related to forced marriage, 74 to sexual exploitation" stops before 74
  const s = right.slice(0, 90).replace(/,?\s+(?:and\s+)?(?:about\s+|some\s+|at\s+least\s+)?\d{1,3}(?:,\d{3})*\s+(?!years?\b|and\b|to\b|-)[\s\S]*$/, '')
  const age =
    /^\s*(?:(?:were|are|was|is)\s+)?(?:aged\s+)?(?:between\s+)?(?<a>\d{1,2})\s*(?:and|to|-|–)\s*(?<b>\d{1,2})\b/i.exec(s.replace(/^\s*(?:were|are)\s+aged\s+/i, ' ')) ??
    null
  const under = /\b(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?(?<n>\d{1,2})\b/i.exec(s)
  const over = /\b(?:over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?(?<n>\d{1,2})\b/i.exec(s)
  const aged = /\baged\s+(?:between\s+)?(?<a>\d{1,2})\s*(?:and|to|-|–)\s*(?<b>\d{1,2})\b/i.exec(s)
  if (under) q.age = `under ${under.groups!.n}`
  else if (over) q.age = `over ${over.groups!.n}`
  else if (aged) q.age = `${aged.groups!.a}-${aged.groups!.b}`
  else if (age && /aged|between/i.test(s.slice(0, 30))) q.age = `${age.groups!.a}-${age.groups!.b}`
  const lead = /^\s*(?:of\s+(?:them|those|these|whom)(?:\s+\w+){0,2}\s+)?(?:(?:were|are|was|is)\s+)?(?:\w+ly\s+)?(?<w>\w+)(?:\s+and\s+(?<w2>\w+))?/i.exec(s)
  for (const w of [lead?.groups?.w, lead?.groups?.w2]) {
    const word = w?.toLowerCase()
    if (!word) continue
    if (word === 'female') q.sex = q.sex && q.sex !== 'female' ? 'mixed' : 'female'
    else if (word === 'male') q.sex = q.sex && q.sex !== 'male' ? 'mixed' : 'male'
    else if (word in PEOPLE_NOUNS) {
      const pq = PEOPLE_NOUNS[word]!
      if (pq.sex) q.sex = q.sex && q.sex !== pq.sex ? 'mixed' : pq.sex
      if (pq.age && !q.age) q.age = pq.age
      if (pq.nationality) q.nationality = pq.nationality
      if (!/^(?:people|persons|individuals)$/.test(word)) q.group = q.group ? `${q.group} and ${word}` : word
    }
  }
  const exploitation = exploitationOf(s)
  if (exploitation) q.exploitation = exploitation
  return q
}

/** Where each comparison stretch of a sentence starts and ends (offsets into the sentence text). */
function comparisonRanges(text: string): [number, number][] {
  const out: [number, number][] = []
  COMPARISON_CUE.lastIndex = 0
  for (let m = COMPARISON_CUE.exec(text); m; m = COMPARISON_CUE.exec(text)) {
    const start = m.index
    MAIN_AGAIN.lastIndex = start + m[0].length
    const stop = MAIN_AGAIN.exec(text)
    let end = stop ? stop.index : text.length
    // "fell from 1,200 in 2019 to 950 in 2020": the old value ends at "to", the new one is the main figure
    if (/from\s*$/i.test(m[0]) && /^(?:down|up|rising|falling|rose|fell|increased|decreased|dropped|climbed|declined|jumped|slipped|surged)\b/i.test(m[0])) {
      const to = /\s+to\s+/i.exec(text.slice(start + m[0].length, end))
      if (to) end = start + m[0].length + to.index
    }
    out.push([start, end])
  }
  return out
}

function inRange(pos: number, ranges: [number, number][]): [number, number] | null {
  return ranges.find(([a, b]) => pos >= a && pos < b) ?? null
}

/** Returns the time expression that governs a number: the nearest one in its own stretch (comparison or main). */
function timeFor(sentence: Sentence, pos: number, end: number, times: TimeExpr[], ranges: [number, number][]): TimeExpr | null {
  const own = inRange(pos, ranges)
  const abs = sentence.start + pos
  const absEnd = sentence.start + end
  // the gap between the number and the expression, on whichever side it stands
  const gap = (t: TimeExpr): number => (t.start >= absEnd ? t.start - absEnd : Math.max(0, abs - t.end))
  const candidates = times.filter((t) => {
    if (t.attribution) return false
    const r = inRange(t.start - sentence.start, ranges)
    return own ? r === own : r === null
  })
  if (!candidates.length) return null
  // nearest wins; a time after the number in its own stretch is as close as one before
  return candidates.reduce((best, t) => (gap(t) < gap(best) ? t : best))
}

// why: a number right after a country or demonym ("Romanian (186)", "Romania with 37") or before one ("351 from Malaysia",
// "13 were Ivorian", "five Sri Lankans") belongs to the country counts, not to the figures
function countryTied(text: string, num: NumberMatch, countries: CountryHit[]): boolean {
  for (const c of countries) {
    if (c.start >= num.end && c.start - num.end <= 25) {
      const gap = text.slice(num.end, c.start)
      if (/^\s*(?:(?:were|was|are|is)\s+)?(?:from|in|to)\s+(?:the\s+)?$/i.test(gap)) return true
      if (c.form !== 'name' && /^\s*(?:(?:were|was|are|is)\s+)?$/i.test(gap)) return true
      if (c.form === 'name' && /^\s*$/.test(gap)) return true
    }
    if (c.end <= num.start && num.start - c.end <= 12 && /^\s*(?:\(|with\s+|:\s*)$/i.test(text.slice(c.end, num.start))) return true
  }
  return false
}

// e.g. "757 Cambodians …, including 351 from Malaysia": the first of a list of country counts is a total when a part cue follows it
function isListTotal(text: string, n: { end: number }, nextTied: { start: number } | undefined): boolean {
  if (!nextTied) return false
  return /\b(?:including|of\s+whom|among\s+them|comprising)\b|:/.test(text.slice(n.end, nextTied.start))
}

/** Returns the figure candidates of one sentence: every number that counts cases, suspects or victims, or may refer to one. */
/** The paragraph that introduces a list of breakdown lines ("… were broken down as follows:"), for a sentence that is one of its items. */
export interface ListIntro {
  paragraph: number
  text: string
}

/** Returns the figure candidates of one sentence: every number that counts cases, suspects or victims, or may refer to one. */
export function figuresInSentence(sentence: Sentence, intro: ListIntro | null = null): FigureCandidate[] {
  const text = sentence.text
  if (!mayHoldNumber(text)) return []
  const { all: nums, countable } = readNumbers(text)
  if (!nums.length) return []
  const countries = findCountries(text)
  // each number's context is read once; the country-tied ones are known before any is classified
  // why: the verbs around a number are read only once its head noun says it may count people or cases
  const contexts = nums.map((n) => {
    const counts = countable.has(n)
    return { n, head: counts ? readHead(text, n, countries) : null, counts, tied: counts && countryTied(text, n, countries) }
  })
  const listed = yearLists(text, nums)
  // why: most numbers in news are dates, ages and money; a sentence with nothing else is done before its times are read
  if (listed.size === 0 && contexts.every((c) => !c.counts)) return []
  const times = findTimes(sentence)
  const ranges = comparisonRanges(text)
  const partLead = PART_LEAD.exec(text)
  const out: FigureCandidate[] = []
  const tiedNums = contexts.filter((c) => c.tied).map((c) => c.n)
  for (const { n, head: ownHead, counts, tied } of contexts) {
    const member = listed.get(n)
    if (!member && (!counts || ownHead?.cls === 'thing')) continue
    // a member of "310 and 402 victims in 2021 and 2022 respectively" reads the noun and verbs of the list's last number
    const m = member ? mentionContext(text, member.last, countries) : mentionContext(text, n, countries, ownHead)
    const head = m.head
    if (head?.cls === 'thing') continue
    // why: "one" in news is an anecdote ("one case where…", "one of the women"), not a count
    if (n.value === 1 && n.form === 'words') continue
    // why: the cues before a number sit within a clause or two; a bounded window keeps long sentences linear
    const left = text.slice(Math.max(0, n.start - 240), n.start)
    let cue: FigureCue | null = null
    if (inRange(n.start, ranges)) cue = 'comparison'
    else if (head?.ofPart || PART_BEFORE.test(left) || /^\s*out\s+of\b/i.test(text.slice(n.end))) cue = 'part'
    else if (partLead && n.start > partLead.index + partLead[0].length - 1) cue = 'part'
    else if (partLead && n.start < partLead.index + partLead[0].length) cue = 'restated'
    else if (ANAPHOR_BEFORE.test(left)) cue = 'anaphor'
    // "rescued 345 victims in 2013 and 402 in 2014": a bare number with its own time is the same metric at another time
    else if (!head && /(?:,|\band)\s+$/.test(left) && /^\s+(?:in|during|for)\s+(?:(?:19|20)\d\d|the\s+(?:previous|following)\s+year)|^\s+(?:the\s+year\s+before|a\s+year\s+(?:earlier|before)|(?:two|three|\d)\s+years\s+(?:earlier|before))/i.test(text.slice(n.end))) cue = 'comparison'
    else if (PREDICATE.test(text.slice(n.end)) && !head) cue = 'part'
    // a nationality count in a list, or next to a breakdown cue, is a country count only
    if (tied && (cue === 'part' || cue === 'restated' || cue === 'comparison')) continue
    let claim = claimOf(m)
    // the list's verb stands before its first number: "rescued 310 and 402 victims"
    if (member && claim && !claim.action) claim = { ...claim, action: mentionContext(text, member.first, countries).leftVerbs[0]?.action ?? null }
    // "arrested 14 Chinese nationals and rescued 62 Indonesian workers": each count has its own verb, so it is a figure
    const ownVerb = m.leftVerbs.length > 0 && !/\b(?:were|was|are|is)\b/i.test(text.slice(m.leftVerbs[0]!.start, n.start))
    if (tied && tiedNums.length > 1 && !ownVerb && !(tiedNums[0] === n && isListTotal(text, n, tiedNums[1]))) continue
    if (!claim && (!head || head.cls === 'people')) claim = numberOfClaim(left)
    // a statistics line: "Detected victims: 4,102 (2021); 3,870 (2020)"
    const label = !claim && !head ? /^(?<label>[A-Za-z][\w ,'’-]{2,50}):\s/.exec(text) : null
    if (label && n.start > label[0].length - 2) claim = claimFromPhrase(label.groups!.label!)
    // an item of a breakdown list: "3. Forced labour on farms: 318" under "The victims were broken down as follows:"
    const item = !claim && !head && intro ? LIST_ITEM.exec(text) : null
    if (item && n.start >= item[0].length - 1) {
      const kindClaim = claimFromPhrase(intro!.text)
      const exploitation = exploitationOf(item.groups!.label!)
      if (kindClaim) claim = { ...kindClaim, rule: `${kindClaim.kind}/list-item`, qualifiers: { group: item.groups!.label!.trim().toLowerCase(), ...(exploitation ? { exploitation } : {}) } }
    }
    // "between 30 and 40 victims", "20 to 30 women": a range is not one count
    if (!member && (RANGE_BEFORE.test(left) || (RANGE_AFTER_NUM.test(text.slice(n.end)) && !/\bfrom\s+$/i.test(left)))) continue
    if (!claim && !cue && !(head && !head.guessed && (head.cls === 'people' || head.cls === 'demonym'))) continue
    if (!claim && head?.guessed) continue
    if (tied && !claim) continue
    const q: Qualifiers = { ...(claim?.qualifiers ?? head?.qualifiers ?? {}) }
    // "69 out of 189 victims … were under 15": the predicate follows the total's noun phrase
    if (!head || cue === 'part') Object.assign(q, predicateQualifiers(text.slice(n.end).replace(/^\s*(?:out\s+)?of\s+(?:the\s+)?[\d,]+/i, '')), q)
    if (head?.ofPart && head.cls === 'people' && head.word in PEOPLE_NOUNS) Object.assign(q, PEOPLE_NOUNS[head.word])
    const location = locationOf(text, n.end)
    if (location && !q.location) q.location = location
    if (head && (head.cls === 'people' || head.cls === 'demonym' || head.cls === 'other-people') && !/^(?:people|persons|individuals|them|whom|those|these|us)$/.test(head.word)) {
      q.group = q.group ?? head.word.toLowerCase()
    }
    if (head && head.ofPart) {
      const after = /^\s*of\s+(?:them|those|these|whom)\s+(?<w>\w+)/i.exec(text.slice(n.end))
      const w = after?.groups?.w?.toLowerCase()
      if (w && w in PEOPLE_NOUNS) Object.assign(q, PEOPLE_NOUNS[w], { group: w })
    }
    out.push({
      kind: claim?.kind ?? null,
      value: n.value,
      approximate: n.approximate,
      action: claim?.action ?? null,
      qualifiers: q,
      mention: { start: sentence.start + n.start, end: sentence.start + n.end, text: n.text },
      sentence,
      rule: claim?.rule ?? `link/${cue ?? 'bare'}`,
      strength: claim?.strength ?? 0,
      cue: cue ?? (claim ? null : 'bare'),
      partLead: partLead?.groups?.rest?.trim() ?? null,
      listIntro: claim?.rule.endsWith('/list-item') ? intro!.paragraph : undefined,
      time: member ? yearTime(sentence, member.year) : timeFor(sentence, n.start, n.end, times, ranges),
      tense: tenseOf(text, m, claim?.kind),
      activeVerb: claim?.action !== null && claim?.action !== undefined && m.leftVerbs.some((g) => g.action === claim!.action),
      sentenceTimes: times,
      link: null,
      year: null,
      period: null,
      // why: set here, though only refiners drop a figure, so that every candidate has one object shape
      dropped: undefined,
    })
  }
  return out
}

/** The figures extractor: candidates from every body sentence, in text order. */
export const figures: Extractor = {
  id: 'figures',
  extract(article: Article) {
    // the intro of each list item: the paragraph ending in a colon just before a run of "N. Label: value" lines
    let intro: ListIntro | null = null
    let lastParagraph = -1
    const out: FigureCandidate[] = []
    for (const s of article.sentences) {
      if (s.paragraph !== lastParagraph) {
        const p = article.paragraphs[s.paragraph]!
        const prev = article.paragraphs[s.paragraph - 1]
        if (!LIST_ITEM.test(p.text)) intro = null
        else if (prev && /:\s*$/.test(prev.text) && !LIST_ITEM.test(prev.text)) intro = { paragraph: prev.index, text: prev.text }
        lastParagraph = s.paragraph
      }
      out.push(...figuresInSentence(s, intro))
    }
    return { figures: out }
  },
}
