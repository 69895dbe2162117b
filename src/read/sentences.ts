import type { Span } from '../types.js'

// why: a period after these does not end a sentence ("Mr. Whitlock", "Sept. 26", "U.S. Attorney")
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'gov', 'jr', 'sr',
    'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx', 'fig', 'vol', 'pp', 'rev', 'hon',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'maj', 'brig', 'supt', 'insp', 'cmdr',
    'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'al',
  ].map((a) => a.toLowerCase()),
)

/** The longest sentence handed to the extractors, in characters; news sentences stay well under 400. */
export const MAX_SENTENCE = 1000
/** The most numbers (runs of digits) in one sentence handed to the extractors; a longer list is a table. */
export const MAX_SENTENCE_NUMBERS = 50

const CLOSERS = `"'\u201D\u2019\u00BB)\\]`
// e.g. "… on crimes,” she said. “Victims …" → boundary after "said."
const BOUNDARY = new RegExp(`[.!?\u2026]+[${CLOSERS}]*(?=\\s+)`, 'g')

function wordBefore(text: string, end: number): string {
  const m = /([A-Za-z][A-Za-z.]*)\.$/.exec(text.slice(Math.max(0, end - 12), end + 1))
  return m ? m[1]!.toLowerCase() : ''
}

/** Returns the sentence spans of text[start, end), trimmed, with offsets into text. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = []
  const slice = text.slice(start, end)
  let from = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const stop = m.index + m[0].length
    const rest = slice.slice(stop)
    const next = /^\s+(\S)/.exec(rest)
    if (!next) continue
    const first = next[1]!
    // a sentence starts with a capital, a digit or an opening mark
    if (!/[A-Z0-9"'\u201C\u2018\u00AB(\[]/.test(first)) continue
    // "1. Sexual exploitation: 604": a list marker at the start is not a sentence
    if (/^\s*\d{1,2}$/.test(slice.slice(from, m.index))) continue
    if (m[0].startsWith('.') && m[0].length === 1) {
      const w = wordBefore(slice, m.index)
      if (ABBREVIATIONS.has(w)) continue
      // an initial ("J. Smith", "J.M. addressed"): one capital letter before the period
      if (/(^|[\s.])[A-Z]$/.test(slice.slice(Math.max(0, m.index - 2), m.index))) continue
    }
    pushCapped(out, text, start + from, start + stop)
    from = stop
  }
  pushCapped(out, text, start + from, end)
  return out
}

function pushTrimmed(out: Span[], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) })
}

// why: a longer "sentence" (or one with more numbers) is a table, a list or text without punctuation; the
// extractors read the whole sentence once per number in it, so without a cap a megabyte line of numbers takes
// hours. It is cut into pieces at clause marks or spaces; offsets are kept, never shifted.
function pushCapped(out: Span[], text: string, s: number, e: number): void {
  for (let limit = capOf(text, s, e); limit < e; limit = capOf(text, s, e)) {
    const cut = cutPoint(text, s, limit)
    pushTrimmed(out, text, s, cut)
    s = cut
  }
  pushTrimmed(out, text, s, e)
}

/** Returns where the piece starting at s must end at the latest: MAX_SENTENCE characters or MAX_SENTENCE_NUMBERS numbers. */
function capOf(text: string, s: number, e: number): number {
  const limit = Math.min(e, s + MAX_SENTENCE)
  let numbers = 0
  for (let i = s; i < limit; i++) {
    const c = text.charCodeAt(i)
    const prev = i > s ? text.charCodeAt(i - 1) : 32
    if (c >= 48 && c <= 57 && !(prev >= 48 && prev <= 57) && prev !== 44 && prev !== 46 && ++numbers > MAX_SENTENCE_NUMBERS) return i
  }
  return limit === e ? e : limit
}

/** Returns where to cut a run-on before limit: after a clause mark, else at a space, else after a non-word character. */
function cutPoint(text: string, s: number, limit: number): number {
  const floor = s + Math.floor((limit - s) / 2)
  for (let i = limit - 1; i > floor; i--) if (/\s/.test(text[i]!) && /[;:,]/.test(text[i - 1]!)) return i
  for (let i = limit - 1; i > floor; i--) if (/\s/.test(text[i]!)) return i
  for (let i = limit - 1; i > floor; i--) if (/\W/.test(text[i - 1]!) && !/[\uD800-\uDBFF]/.test(text[i - 1]!)) return i
  // one token longer than half the piece: cut anywhere but inside a surrogate pair
  return /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit
}
