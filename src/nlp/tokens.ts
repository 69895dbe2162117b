import { isLatinText, latinClassOf } from '../patterns/latin.js'
/** A word or punctuation mark of a stretch of article text, with absolute offsets. */
export interface Token {
  text: string
  start: number
  end: number
  /** lower case, without a possessive ’s or a trailing period */
  bare: string
  /** starts with an upper-case letter */
  cap: boolean
  /** ends in ’s / 's / s’ */
  possessive: boolean
  /** a comma, colon, semicolon, bracket, dash or sentence mark */
  punct: boolean
}

// why: a period after these is part of the word ("Mr.", "U.S.", "R.T."), not the end of a sentence
const KEEP_PERIOD = /^(?:(?:\p{L}\.){2,}|\p{Lu}\.|(?:mr|mrs|ms|dr|st|jr|sr|lt|gen|col|capt|sgt|rev|prof|sen|rep|gov|no|fr|maj|supt|insp|cmdr|brig|det|hon|msgr|pol|cpt|cpl|adm)\.)$/iu

// e.g. "Da Silva-Pereira", "O’Brien", "U.S.", "40-page", "women’s", ",", "—"
const TOKEN = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.\-]*[\p{L}\p{M}\p{N}.’'])?|[,;:()[\]—–?!.]/gu
// the same on Latin text, where it runs about three times faster
const WORD = latinClassOf(/[\p{L}\p{M}\p{N}]/u)
const LATIN_TOKEN = new RegExp(`[${WORD}](?:[${WORD}'’.\\-]*[${WORD}.’'])?|[,;:()[\\]—–?!.]`, 'g')

const PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '?', '!', '.'])
const APOSTROPHE = (c: number): boolean => c === 39 || c === 0x2019
const UPPER = /^\p{Lu}/u

/** Returns the tokens of text[from, to), with offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  const slice = text.slice(from, to)
  const re = isLatinText(slice) ? LATIN_TOKEN : TOKEN
  re.lastIndex = 0
  // why: this runs on every word of every sentence the speaker and quote passes read, so it tests characters
  // rather than running a regex per token
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let t = m[0]
    // a closing apostrophe that is not a plural possessive ("workers’") is a quote mark: leave it out
    const n = t.length
    if (n > 0 && APOSTROPHE(t.charCodeAt(n - 1)) && !(n > 1 && (t.charCodeAt(n - 2) | 32) === 115)) t = t.slice(0, -1)
    const start = from + m.index
    let stop = false
    if (t.length > 1 && t.charCodeAt(t.length - 1) === 46 && !KEEP_PERIOD.test(t)) {
      t = t.replace(/\.+$/, '')
      stop = true
    }
    if (!t) continue
    const punct = t.length === 1 && PUNCT.has(t)
    const len = t.length
    // ends in ’s / 's / s’
    const possessive = !punct && len > 2 && ((APOSTROPHE(t.charCodeAt(len - 2)) && (t.charCodeAt(len - 1) | 32) === 115) || ((t.charCodeAt(len - 2) | 32) === 115 && APOSTROPHE(t.charCodeAt(len - 1))))
    const bare = (possessive ? t.slice(0, APOSTROPHE(t.charCodeAt(len - 1)) ? len - 1 : len - 2) : t).toLowerCase()
    const c = t.charCodeAt(0)
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t)
    out.push({ text: t, start, end: start + t.length, bare, cap, possessive, punct })
    // the full stop after a word ends a sentence: it separates like a comma does
    if (stop) out.push({ text: '.', start: start + t.length, end: start + t.length + 1, bare: '.', cap: false, possessive: false, punct: true })
  }
  return out
}

/** Returns the text between the first and last token, as written. */
export function spanText(text: string, tokens: Token[]): string {
  if (!tokens.length) return ''
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)
}
