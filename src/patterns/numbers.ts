import { matchAny } from './regex.js'
import { wordTable } from './wordTable.js'

const UNITS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
})
const TENS: Record<string, number> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 })
// why: Indian English counts in lakh (100,000) and crore (10 million): "1.5 lakh women and children"
const SCALES: Record<string, number> = wordTable({ hundred: 100, thousand: 1_000, lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000, million: 1_000_000, billion: 1_000_000_000 })
const SHORT_SCALES: Record<string, number> = wordTable({ m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, k: 1_000 })

/** Words that make a number approximate, in the order they are tried. */
export const APPROXIMATORS = [
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'more than', 'over', 'at least', 'up to',
  'an estimated', 'estimated', 'close to', 'upwards of', 'in excess of', 'fewer than', 'less than', 'just over',
  'just under', 'well over', 'no fewer than', 'no less than', 'at most', 'as many as', 'an average of', 'circa',
  'just about', 'more or less', 'a little over', 'a little more than', 'slightly more than', 'slightly over', 'over some',
  'an approximate', 'a further', 'a reported', 'a staggering', 'a total of', 'a record', 'a mere', 'just', 'only',
]
// why: these sit before a number without making it approximate
const EXACT_PREFIXES = new Set(['a total of', 'a record', 'a mere', 'just', 'only', 'a further', 'a reported', 'a staggering'])

const UNIT_WORDS = matchAny(Object.keys(UNITS))
const TEN_WORDS = matchAny(Object.keys(TENS))
// e.g. "twenty-five", "Thirty one", "forty-two"
const BELOW_100 = `(?:(?:${TEN_WORDS})(?:[-\\s](?:${matchAny(Object.keys(UNITS).filter((u) => UNITS[u]! > 0 && UNITS[u]! < 10))}))?|${UNIT_WORDS})`
// e.g. "two hundred and fifty", "three thousand", "a hundred"
const WORD_NUMBER = `(?:(?:half\\s+)?a\\s+dozen|(?:(?:${BELOW_100}|a)\\s+(?:hundred|thousand|million|billion)(?:\\s+(?:and\\s+)?${BELOW_100})?|${BELOW_100}))`
// e.g. "1,000", "3,416", "11.7", "2011" — not a part of a longer token like "PK777" or "03-2266"
const DIGITS = `(?<![\\w.,\\-/])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?=(?:m|mn|bn|k)\\b|(?![\\w]|[.,]\\d|-\\d))`
const SCALE = `(?:\\s*(?:million|billion|thousand|hundred|lakhs?|crores?)\\b|(?:m|mn|bn|k)\\b)?`
const APPROX = matchAny(APPROXIMATORS)

// e.g. "some 1,000", "an estimated 11.7 million", "Twenty", "at least 97", "twenty-five"
const NUMBER_RE = new RegExp(
  `(?:(?<approx>\\b(?:${APPROX}))\\s+)?(?:(?<digits>${DIGITS})(?<scale>${SCALE})|(?<words>\\b${WORD_NUMBER}\\b))`,
  'gi',
)

/** A number written in a sentence, with offsets relative to the string it was found in. */
export interface NumberMatch {
  value: number
  approximate: boolean
  /** the approximation or "a total of" words, lower-cased, or null */
  prefix: string | null
  /** start of the whole mention (with prefix) and of the number itself */
  start: number
  numStart: number
  end: number
  text: string
  form: 'digits' | 'words'
  /** written with a decimal point and no scale ("72.82"): never a head count */
  decimal: boolean
}

function wordValue(raw: string): number | null {
  const dozen = /^(half\s+)?a\s+dozen$/i.exec(raw.trim())
  if (dozen) return dozen[1] ? 6 : 12
  const parts = raw.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== 'and')
  let total = 0
  let current = 0
  for (const w of parts) {
    if (w === 'a') current = 1
    else if (w in UNITS) current += UNITS[w]!
    else if (w in TENS) current += TENS[w]!
    else if (w === 'hundred') current = (current || 1) * 100
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!
      current = 0
    } else return null
  }
  return total + current
}

/** Returns the integer a count is written as ("1,000" → 1000, "twenty-five" → 25, "11.7 million" → 11700000), or null. */
export function parseCount(raw: string): number | null {
  const s = raw.trim()
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(million|billion|thousand|hundred|lakhs?|crores?|m|mn|bn|k)?$/i.exec(s)
  if (m) {
    const base = Number(`${m[1]!.replace(/,/g, '')}${m[2] ? '.' + m[2] : ''}`)
    const unit = m[3]?.toLowerCase()
    const scale = unit ? (SCALES[unit] ?? SHORT_SCALES[unit] ?? 1) : 1
    const v = Math.round(base * scale)
    return Number.isFinite(v) ? v : null
  }
  return wordValue(s)
}

/** Returns every number written in s (digits, words, scaled), with its approximation prefix. */
export function findNumbers(s: string): NumberMatch[] {
  const out: NumberMatch[] = []
  NUMBER_RE.lastIndex = 0
  for (let m = NUMBER_RE.exec(s); m; m = NUMBER_RE.exec(s)) {
    const g = m.groups ?? {}
    const numText = g.digits !== undefined ? `${g.digits}${g.scale ?? ''}` : (g.words ?? '')
    const value = parseCount(numText)
    if (value === null) continue
    const prefix = g.approx ? g.approx.toLowerCase().replace(/\s+/g, ' ') : null
    const numStart = m.index + m[0].length - numText.length
    const decimal = g.digits !== undefined && g.digits.includes('.') && !(g.scale ?? '').trim()
    out.push({
      value,
      // "a dozen" is a round figure, not a count
      approximate: (prefix !== null && !EXACT_PREFIXES.has(prefix)) || /dozen/i.test(numText),
      prefix,
      start: m.index,
      numStart,
      end: m.index + m[0].length,
      text: m[0],
      form: g.digits !== undefined ? 'digits' : 'words',
      decimal,
    })
  }
  return out
}

const ANY_NUMBER_WORD = new RegExp(`\\b(?:${UNIT_WORDS}|${TEN_WORDS}|hundred|thousand|million)\\b`, 'i')

/** Returns true when the string holds anything that can be a number (a cheap pre-filter). */
export function mayHoldNumber(s: string): boolean {
  return /\d/.test(s) || ANY_NUMBER_WORD.test(s)
}

/** Returns a count as English writes it, with thousands separators: 3416 → "3,416", 11700000 → "11,700,000". */
// why: toLocaleString would do the same, but its first call loads ICU's number formats (~12 ms of a one-article run)
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const [whole, frac] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.')
  const grouped = whole!.replace(/\B(?=(?:\d{3})+$)/g, ',')
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`
}
