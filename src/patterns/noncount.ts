import { lookupCountry } from './countries.js'
import { memoByText } from './memo.js'
import { findNumbers, type NumberMatch } from './numbers.js'

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?'

// e.g. "US$12.5 billion", "RM34,560", "€4,000", "Rs 500"
const CURRENCY_BEFORE = /(?:US\$|[A-Z]{0,2}\$|€|£|¥|₱|₹|฿|₦|₫|RM|Rs\.?|USD|EUR|GBP|MYR|PHP|THB|IDR|INR|KES|AED|SAR|QAR|KSh|Sh\.?|Rp\.?|R\$|CHF)\s?$/
// e.g. "1,500 soles", "50,000 CFA francs", "25 million rupiah"
const CURRENCY_AFTER =
  /^\s*(?:(?:million|billion|thousand)\s+)?(?:(?:US|Hong\s+Kong|[A-Z][a-z]+)\s+)?(?:dollars?|euros?|pounds?(?:\s+sterling)?|rupees?|rupiah|soles|sol|francs?|CFA|dinars?|baht|riels?|yuan|renminbi|ringgit|pesos?|shillings?|naira|rand|won|yen|dong|kyats?|taka|lira|dirhams?|riyals?|cedis?|kwacha|birr|leones?|USD|EUR|GBP|bucks)\b/i
// e.g. "15.5%", "72.82 percent", "30 per cent", "12 percentage points"
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent|percentage\s+points?|pc\b|pct\b)/i
// e.g. "Tier 2", "Section 12", "the free number 116", "hotline, 1345", "Op 7", "text HELP to 55501"
const DESIGNATOR_BEFORE =
  /(?:\b(?:Tier|Section|Article|Chapter|Act|Phase|Level|Grade|Room|Route|Road|Highway|Gate|Floor|Block|Lot|No|Nos|Number|number|Category|Class|Type|Stage|Paragraph|Clause|Rule|Regulation|Resolution|Decree|Code|Protocol|Item|Flight|Unit|Zone|Building|Ward|Sector|Station|Op|Batch|Version|Volume|Vol|Issue|Part|Annex|Schedule|Platform|Terminal|Bus|Line|hotline|Hotline|helpline|Helpline|tel|Tel|phone|Phone|call|Call|dial|Dial|extension|ext|Box|Ref|page|Page|p|pp|Chapter|Figure|Table|Article|Bill|Case|Law|Resolution|Plot|Villa|House|Apartment|Suite|Level|Mile|Km|KM|Camp|Sub-Decree|Prakas|verse|Verse)\.?\s*$|\b(?:hotline|helpline|Hotline|Helpline)s?,?\s*$|#\s*$|\btext\s+\S+\s+to\s*$|\bnumber\s+(?:is\s+)?$)/
// e.g. "Lin Yu Shin, 53, who", "Fatmata, 24, one of"
const NAME_COMMA_BEFORE = /[A-Z][\w'’.-]*,\s*$/
// e.g. "the suspect, 41, had been deported"
const PERSON_COMMA_BEFORE = /\b(?:suspect|man|woman|boy|girl|victim|defendant|owner|driver|mother|father|wife|husband|son|daughter|brother|sister|accused|worker|teenager|survivor|broker|agent|manager|captain|skipper)\s*,\s*$/i
// e.g. "Nine out of 10 victims", "three out of four cases", "Seven in 10 victims": a share, not a count
const RATIO_WORD = '(?:2|3|4|5|10|100|two|three|four|five|ten|a\\s+hundred|every\\s+\\w+)'
const RATIO_AFTER = new RegExp(`^\\s*(?:out\\s+of|in)\\s+(?:every\\s+)?${RATIO_WORD}\\b`, 'i')
const RATIO_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+of|in)\s+(?:every\s+)?$/i
// e.g. "the fishing vessel Rainbow 7 was detained": a name with a number in it
const NAMED_THING_BEFORE = /\S\s+(?!(?:In|On|At|By|For|From|With|The|A|An|Some|About|Of|And|But|Or|Only|Nearly|Almost|Around|Over|Just|To|All|Police|Officers|Authorities)\s$)[A-Z][a-z]+\s$/
// e.g. "aged 52", "aged between 15 and", "at the age of 13", "under the age of 18", "ages 9 to"
const AGE_BEFORE =
  /(?:\bas\s+(?:young|old)\s+as\s*$|\baged?\s+(?:(?:between|from)\s+)?$|\baged?\s+(?:(?:between|from)\s+)?\S+\s+(?:and|to|or|-|–)\s*$|\b(?:at|under|over|above|below)\s+the\s+age\s+of\s*$|\bages?\s+(?:of\s+)?(?:(?:between|from)\s+)?$|\bages?\s+(?:of\s+)?(?:(?:between|from)\s+)?\S+\s+(?:and|to|-|–)\s*$|\b(?:under|below|above|younger\s+than|older\s+than)\s*$)/i
const YEARS_OLD_AFTER = /^\s*(?:years?|yrs?)(?:[-\s]+old\b|\s+of\s+age\b)|^\s*-\s*(?:years?|yrs?)[-\s]old\b/i
// e.g. "over 18." "under 15 years", "over 18, and"
const AGE_THRESHOLD_AFTER = /^\s*(?:years?\b|yrs?\b|,|\.|;|\)|and\b|or\b|$)/i
const TIME_OF_DAY_AFTER = /^\s*(?:am\b|pm\b|a\.m\.|p\.m\.|h\b|hrs\b|hours\s+GMT|o['’]clock|GMT\b|local\s+time)/i
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s*$`)
const MONTH_AFTER = new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`)
// e.g. "between four and seven months": the first of a range takes the noun of the second
const RANGE_AFTER =
  /^\s*(?:and|to|or|-|–)\s*(?:\S+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|times|decades?|per\s*cent|percent|%|am|pm)\b/i
// e.g. "three or four who never do", "two or three times": a guess, not a count
const VAGUE_OR = /^\s*or\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|more)\b)/i
const VAGUE_OR_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s*$/i

// the most the patterns before a number read back, with room to spare: "as young as", "aged between fifteen and", "text HELP to"
const LEFT_REACH = 120

/** Returns why a number is not a count of people or cases (percent, money, age, date…), or null if it may be one. */
export function nonCountReason(text: string, n: NumberMatch): string | null {
  // why: the patterns before a number end at it ($) and reach back a few words; V8 tries an end-anchored regex at
  // every position of its input, so reading the whole sentence before each number made long sentences quadratic
  const left = text.slice(Math.max(0, n.start - LEFT_REACH), n.start)
  const right = text.slice(n.end)
  if (n.decimal) return 'decimal'
  if (PERCENT_AFTER.test(right)) return 'percent'
  if (CURRENCY_BEFORE.test(left) || CURRENCY_AFTER.test(right)) return 'money'
  if (/^-[A-Za-z]/.test(right)) return 'compound-adjective'
  if (YEARS_OLD_AFTER.test(right)) return 'age'
  if (AGE_BEFORE.test(left) && n.value <= 120 && !/^\s*(?:suspects|victims|people|persons|cases)\b/i.test(right)) return 'age'
  if (n.prefix !== null && /^(?:over|more than|less than|fewer than)$/.test(n.prefix) && n.value <= 25 && AGE_THRESHOLD_AFTER.test(right)) return 'age'
  if ((NAME_COMMA_BEFORE.test(left) || PERSON_COMMA_BEFORE.test(left)) && /^\s*,/.test(right) && n.value <= 110 && n.form === 'digits') return 'age'
  if (RATIO_AFTER.test(right) || (RATIO_BEFORE.test(left) && [2, 3, 4, 5, 10, 100].includes(n.value))) return 'ratio'
  if (NAMED_THING_BEFORE.test(left) && /^\s*(?:was|were|is|had|has|,|\.|$)/.test(right)) return 'name-number'
  const paren = /(?<word>[A-Z][\w\u00C0-\u024F'’-]+)\s*\($/.exec(left)
  // "Zawadi (16)" is an age; "Romanian (186)" is a nationality count
  if (paren && /^\s*\)/.test(right) && n.value <= 110 && !lookupCountry(paren.groups!.word!)) return 'age'
  if (n.form === 'digits' && !n.text.includes(',') && n.value >= 1900 && n.value <= 2099 && !/^\s*(?:suspects|victims|people|persons|cases|women|men|children)\b/i.test(right)) return 'year'
  if (/['’]$/.test(left) && /^\d\d$/.test(n.text)) return 'year'
  if (MONTH_BEFORE.test(left) || MONTH_AFTER.test(right)) return 'date'
  if (TIME_OF_DAY_AFTER.test(right)) return 'time-of-day'
  if (DESIGNATOR_BEFORE.test(left)) return 'designator'
  if (/\d[\s-]*$/.test(left) || /^[\s-]*\d/.test(right) || /^\s*\/\s*\d/.test(right)) return 'phone-or-code'
  if (n.start === 0 && /^[.)]\s/.test(right)) return 'list-marker'
  if (RANGE_AFTER.test(right)) return 'range-of-units'
  if (VAGUE_OR.test(right) || VAGUE_OR_BEFORE.test(left)) return 'vague'
  if (n.value === 1 && /^\s*(?:of\b|in\s+(?:every\s+)?\S+|(?:\S+\s+)?(?:for|in|per)\s+every\b|another\b|by\s+one\b)/i.test(right)) return 'one-of'
  if (/\bone\s+in\s*$/i.test(left) || /\b1\s+in\s*$/.test(left)) return 'ratio'
  if (/^\s*(?:times|fold)\b/i.test(right) || /^-fold\b/i.test(right)) return 'multiplier'
  return null
}

/** The numbers of a sentence, and those of them that may count people or cases (no reason not to). */
export interface SentenceNumbers {
  all: NumberMatch[]
  countable: Set<NumberMatch>
}

/** Returns the numbers of s and which may be counts, worked out once per sentence text; callers must not change them. */
// why: the figure and country extractors both read the numbers of the sentences that name a country
export const readNumbers: (s: string) => SentenceNumbers = memoByText((s) => {
  const all = findNumbers(s)
  return { all, countable: new Set(all.filter((n) => nonCountReason(s, n) === null)) }
})
