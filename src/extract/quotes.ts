import type { Article, Extractor, Paragraph, QuoteCandidate, Sentence, Span } from '../types.js'
import { lastAtOrBefore } from '../nlp/search.js'
import { looksLikePhrase, readSpeakerPhrase, splitSegments, trailingPhrase, type SpeakerCue } from '../nlp/names.js'
import { tokenize, type Token } from '../nlp/tokens.js'
import {
  DOCUMENT_NOUNS, DOCUMENT_ONLY_VERBS, INVERTED_SAY_VERBS, NAMING_VERBS, SAY_PARTICIPLES, SAY_VERBS, TITLE_LEADS,
} from '../patterns/speech.js'
import { memoByObject } from '../patterns/memo.js'

/** A stretch of text between double quotation marks, possibly over several paragraphs. */
export interface RawQuote {
  /** the quoted stretches, marks excluded, one or more per paragraph */
  spans: Span[]
  /** offset of the opening mark and of the closing mark (null when the quote runs to the end of its paragraph) */
  open: number
  close: number | null
  /** body paragraphs the quote covers */
  paragraphs: number[]
}

/** The quotation marks an article quotes with: double marks (and guillemets), or single marks where it has no double ones. */
interface MarkSet {
  openers: Set<string>
  closers: Set<string>
  straight: string | null
  single: boolean
}

const DOUBLE: MarkSet = { openers: new Set(['\u201C', '\u00AB', '\u201E', '\u201F']), closers: new Set(['\u201D', '\u00BB']), straight: '"', single: false }
// why: some outlets (Irish, British, Australian) quote with ‘…’ throughout; their ’ is also the apostrophe
const SINGLE: MarkSet = { openers: new Set(['\u2018']), closers: new Set(['\u2019']), straight: null, single: true }
const SPACE_BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;]/
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-\u2026\u2019'\u201D\u00BB]/

type MarkRole = 'open' | 'close'

function isMark(ch: string, marks: MarkSet): boolean {
  return ch === marks.straight || marks.openers.has(ch) || marks.closers.has(ch)
}

const MARK_CHARS = new Map<MarkSet, RegExp>()

/** Returns the offsets of every quotation mark of the set in text, in order. */
function markPositions(text: string, marks: MarkSet): number[] {
  let re = MARK_CHARS.get(marks)
  if (!re) {
    const chars = [...marks.openers, ...marks.closers, ...(marks.straight ? [marks.straight] : [])]
    re = new RegExp(`[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g')
    MARK_CHARS.set(marks, re)
  }
  const out: number[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index)
  return out
}

/** Returns whether a ’ is an apostrophe rather than a closing mark: "don’t", "workers’ rights" inside a longer quote. */
function isApostrophe(text: string, i: number, p: Paragraph, from: number): boolean {
  const prev = i > p.start ? text[i - 1]! : ' '
  const next = i + 1 < p.end ? text[i + 1]! : ' '
  if (/\p{L}/u.test(prev) && /\p{L}/u.test(next)) return true
  // a plural possessive before a noun ("the owners’ dogs"); a quote closes before a function word ("‘shocked by the
  // reports’ and would…") and a scare quote of a few words closes anyway ("‘lover boy’ gangs")
  if (prev === 's' && / \p{Ll}/u.test(text.slice(i + 1, i + 3))) {
    const word = /^ (\p{Ll}+)/u.exec(text.slice(i + 1, i + 20))?.[1] ?? ''
    if (CLOSE_BEFORE.has(word) || SAY_VERBS.has(word)) return false
    return text.slice(Math.max(from, i - 80), i).trim().split(/\s+/).length > 3
  }
  return false
}

// why: words that follow a closing quote mark but rarely a plural possessive
const CLOSE_BEFORE = new Set(['and', 'or', 'but', 'in', 'of', 'to', 'at', 'on', 'for', 'with', 'as', 'that', 'which', 'by', 'from', 'he', 'she', 'they', 'it', 'we', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'because', 'when', 'while', 'after', 'before', 'since', 'than', 'if', 'so', 'into', 'about', 'over', 'under', 'the', 'a', 'an', 'who', 'where', 'according'])

/** Returns the marks the article's body quotes with. */
function marksOf(article: Article): MarkSet {
  const body = article.paragraphs.filter((p) => p.boilerplate === null).map((p) => p.text).join('\n')
  return /["\u201C\u201D\u00AB\u00BB\u201E]/.test(body) || !/(?:^|[\s(\u2014:])\u2018\S/m.test(body) ? DOUBLE : SINGLE
}

/** Decides whether a mark opens or closes a quote, from its shape, its neighbours and whether a quote is open. */
function markRole(text: string, i: number, p: Paragraph, inside: boolean, marks: MarkSet): MarkRole {
  const ch = text[i]!
  const prev = i > p.start ? text[i - 1]! : ' '
  const next = i + 1 < p.end ? text[i + 1]! : ' '
  const looksOpen = (SPACE_BEFORE_OPEN.test(prev) || isMark(prev, marks) || (!marks.single && prev === '\u2018')) && !/\s/.test(next)
  const looksClose = !/\s/.test(prev) && (AFTER_CLOSE.test(next) || i + 1 >= p.end)
  if (marks.openers.has(ch)) return inside && looksClose && !looksOpen ? 'close' : 'open'
  if (marks.closers.has(ch)) return !inside && looksOpen && !looksClose ? 'open' : 'close'
  if (looksOpen && !looksClose) return 'open'
  if (looksClose && !looksOpen) return 'close'
  return inside ? 'close' : 'open'
}

function trimmed(text: string, s: number, e: number): Span | null {
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null
}

// e.g. "9. “We urge…", "• “We…" — a numbered or bulleted paragraph that opens with a quote
const LEAD_IN = /^(?:\d{1,3}[.)]\s+|[•\u2022\u25AA\u25CF\u25BA»>*-]\s+)?/

/** Returns where a paragraph's first quotation mark stands if the paragraph opens with one, else -1. */
function openingMark(text: string, p: Paragraph, marks: MarkSet): number {
  const lead = LEAD_IN.exec(p.text)?.[0].length ?? 0
  const i = p.start + lead
  if (i >= p.end) return -1
  const ch = text[i]!
  if (marks.openers.has(ch) || (ch === marks.straight && i + 1 < p.end && !/\s/.test(text[i + 1]!))) return i
  return -1
}

// e.g. "Father X said: “…", "“…" at the start of the paragraph, "…, adding “…"
const LONG_QUOTE_LEAD = new RegExp(`(?:^|[:,]|(?<![\\w-])(?:${[...SAY_VERBS, ...SAY_PARTICIPLES].filter((v) => !NAMING_VERBS.has(v)).join('|')})(?:\\s+that)?)\\s*$`, 'i')

/** Returns whether an opening mark stands where a quote of several sentences can open, not after "so-called". */
function opensLongQuote(text: string, p: Paragraph, open: number): boolean {
  const before = text.slice(p.start, open).replace(LEAD_IN, '')
  return LONG_QUOTE_LEAD.test(before)
}

/** Returns whether a paragraph's first quotation mark closes a quote (a line cut from the quote before it), within its first 300 characters. */
function closesFirst(text: string, p: Paragraph, marks: MarkSet): boolean {
  for (let i = p.start; i < Math.min(p.end, p.start + 300); i++) {
    const ch = text[i]!
    if (!isMark(ch, marks) || (marks.single && marks.closers.has(ch) && isApostrophe(text, i, p, p.start))) continue
    return markRole(text, i, p, true, marks) === 'close' && !(marks.openers.has(ch) && i === p.start)
  }
  return false
}

// why: a quote that runs on into the next paragraph ends its paragraph with a full stop (or ? ! …)
const ENDS_SENTENCE = /[.!?\u2026][\u2019')\]]*$/

/** Returns the quoted stretches of the article's body, joining a quote that continues into the next paragraph; callers must not change them. */
// why: the quote extractor and the speaker refiner both need the quoted stretches of the same article
export const findQuotes: (article: Article) => RawQuote[] = memoByObject(scanQuotes)

function scanQuotes(article: Article): RawQuote[] {
  const { text } = article
  const body = article.paragraphs.filter((p) => p.boilerplate === null)
  const marks = marksOf(article)
  const positions = markPositions(text, marks)
  let markAt = 0
  const out: RawQuote[] = []
  let carry: RawQuote | null = null
  for (let bi = 0; bi < body.length; bi++) {
    const p = body[bi]!
    let inside = false
    let current: RawQuote | null = null
    let from = -1
    if (carry) {
      // the next paragraph opens with a mark again, or (a hard-wrapped line) simply goes on until the closing mark
      const m = openingMark(text, p, marks)
      current = carry
      carry = null
      current.paragraphs.push(p.index)
      inside = true
      from = m >= 0 ? m + 1 : p.start
    }
    // why: only the marks matter; the article's mark positions are listed once, so the scan does not walk every character
    while (markAt < positions.length && positions[markAt]! < Math.max(p.start, from)) markAt++
    for (; markAt < positions.length && positions[markAt]! < p.end; markAt++) {
      const i = positions[markAt]!
      const ch = text[i]!
      if (marks.single && marks.closers.has(ch) && isApostrophe(text, i, p, inside ? from : i)) continue
      const role = markRole(text, i, p, inside, marks)
      if (role === 'open' && !inside) {
        current = { spans: [], open: i, close: null, paragraphs: [p.index] }
        inside = true
        from = i + 1
      } else if (role === 'open' && inside) {
        // a stray opening mark inside a quote ("… bride trade. “We can …”"): the quote goes on, the mark is left out
        const s = trimmed(text, from, i)
        if (s) current!.spans.push(s)
        from = i + 1
      } else if (role === 'close' && inside) {
        const s = trimmed(text, from, i)
        if (s) current!.spans.push(s)
        current!.close = i
        if (current!.spans.length) out.push(current!)
        current = null
        inside = false
      }
      // a closing mark outside any quote is a stray: it breaks nothing
    }
    if (inside && current) {
      const s = trimmed(text, from, p.end)
      if (s) current.spans.push(s)
      const next = body[bi + 1]
      const reopens = next && ENDS_SENTENCE.test(p.text) && opensLongQuote(text, p, current.open) && openingMark(text, next, marks) >= 0
      if (next && current.spans.length && (reopens || (!ENDS_SENTENCE.test(p.text) && closesFirst(text, next, marks)))) carry = current
      else if (current.spans.length) out.push(current)
    }
  }
  if (carry && carry.spans.length) out.push(carry)
  return out
}

/** How a quote is attributed within its own sentence. */
export interface LocalAttribution {
  cue: SpeakerCue
  rule: string
  /** the attribution follows the verb right before the quote or right after it: "said:", "“…,” she said" */
  immediate: boolean
}

function sentenceAt(article: Article, pos: number): Sentence | null {
  const i = lastAtOrBefore(article.sentences, pos, (s) => s.start)
  const s = i >= 0 ? article.sentences[i]! : null
  return s && pos < s.end ? s : null
}

function isDocument(cue: SpeakerCue): boolean {
  return (cue.kind === 'body' && cue.head !== null && DOCUMENT_NOUNS.has(cue.head)) || (cue.kind === 'pronoun' && cue.text === 'it')
}

function acceptsVerb(cue: SpeakerCue, verb: string): boolean {
  if (DOCUMENT_ONLY_VERBS.has(verb)) return isDocument(cue) || (cue.kind === 'body' && /^(?:points?|pointed|cites?|cited|reports?|reported)$/.test(verb))
  return true
}

const ADVERBIAL_START = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'since', 'despite', 'although', 'though', 'because', 'as',
  'if', 'for', 'from', 'with', 'without', 'under', 'over', 'by', 'speaking', 'asked', 'responding', 'referring',
  'addressing', 'writing', 'yet', 'however', 'meanwhile', 'last', 'this', 'earlier', 'later', 'next', 'according',
  'following', 'amid', 'unlike', 'like', 'once', 'today', 'yesterday', 'separately', 'but', 'and', 'so', 'still', 'now',
  'then', 'instead', 'indeed', 'also', 'again', 'here', 'there', 'outside', 'inside', 'throughout', 'within', 'until',
])

function isAdverbialSegment(seg: Token[]): boolean {
  const first = seg.find((t) => !t.punct)
  if (!first) return true
  return ADVERBIAL_START.has(first.bare) || (/ing$/.test(first.bare) && first.cap) || /^\d/.test(first.text)
}

/**
 * Returns the speaker the words before a verb name: with a comma before the verb, the head and its appositions
 * ("Police Commissioner Joyce Mwangi, who heads the child protection unit, told…"); else the phrase right before the verb,
 * or (after a quote, where the clause starts with the subject) all of it.
 */
function subjectBefore(text: string, tokens: Token[], clauseStart: boolean): SpeakerCue | null {
  if (!tokens.length) return null
  const segs = splitSegments(tokens)
  if (segs[segs.length - 1]!.length === 0) {
    const list = segs.slice(0, -1)
    const picked: Token[][] = []
    for (let k = list.length - 1; k >= 0 && picked.length < 4; k--) {
      const seg = list[k]!
      if (!seg.length) continue
      if (isAdverbialSegment(seg) && picked.length > 0) break
      picked.unshift(seg)
    }
    if (!picked.length) return null
    const lead = picked[0]!
    if (!clauseStart || !looksLikePhrase(lead)) {
      const tp = trailingPhrase(lead)
      if (!tp.length) return null
      picked[0] = tp
    }
    return readSpeakerPhrase(text, picked)
  }
  const last = segs[segs.length - 1]!
  if (clauseStart && looksLikePhrase(last)) {
    const whole = readSpeakerPhrase(text, [last])
    if (whole) return whole
  }
  const tp = trailingPhrase(last)
  const cue = tp.length ? readSpeakerPhrase(text, [tp]) : null
  if (cue) return cue
  // "Lieutenant Colonel Marta Silva of Spain’s immigration and border service said": the whole segment is the phrase
  return looksLikePhrase(last) ? readSpeakerPhrase(text, [last]) : null
}

/** Returns an unnamed speaker whose noun no list knows, where only a speaker can stand: "“…,” one garda said". */
function unknownNoun(text: string, tokens: Token[]): SpeakerCue | null {
  const words = tokens.filter((t) => !t.punct)
  if (words.length < 2 || words.length > 3 || words.length !== tokens.length) return null
  const [det, ...rest] = words
  if (!/^(?:a|an|one|another|the)$/.test(det!.bare) || rest.some((t) => t.cap || /\d/.test(t.text))) return null
  const last = rest[rest.length - 1]!
  if (/(?:s|ly)$/.test(last.bare)) return null
  return { kind: 'anon', text: text.slice(rest[0]!.start, last.end), start: det!.start, end: last.end, role: null, gender: null, plural: false, definite: det!.bare === 'the', head: last.bare, titled: false }
}

/** Returns the speaker named after a verb: "said one farm owner who…", "said Maria Santos, the director of…". */
function subjectAfter(text: string, tokens: Token[]): SpeakerCue | null {
  const segs = splitSegments(tokens).filter((s) => s.length)
  if (!segs.length) return null
  // appositions run to the end of the sentence; a participle phrase ("adding that…") is no apposition
  const parts = [segs[0]!, ...segs.slice(1, 3)]
  return readSpeakerPhrase(text, parts)
}

function wordTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => !t.punct)
}

/** Returns the attribution that follows a quote in its sentence: "“…,” said NAME", "“…,” NAME told reporters", "“…,” it found". */
export function tailAttribution(text: string, from: number, to: number): LocalAttribution | null {
  const tokens = tokenize(text, from, to)
  let i = 0
  while (i < tokens.length && tokens[i]!.punct) i++
  const rest = tokens.slice(i)
  if (!rest.length) return null
  const first = rest[0]!
  if (first.bare === 'according' && rest[1]?.bare === 'to') {
    const cue = subjectAfter(text, rest.slice(2))
    return cue ? { cue, rule: 'quote.according-to', immediate: true } : null
  }
  if (INVERTED_SAY_VERBS.has(first.bare) && !first.cap) {
    const cue = subjectAfter(text, rest.slice(1))
    if (cue && acceptsVerb(cue, first.bare)) return { cue, rule: 'quote.said-name', immediate: true }
    return null
  }
  const words = wordTokens(rest)
  for (let v = 1; v < Math.min(rest.length, 45); v++) {
    const t = rest[v]!
    if (t.punct || t.cap || !SAY_VERBS.has(t.bare) || NAMING_VERBS.has(t.bare)) continue
    const cue = subjectBefore(text, rest.slice(0, v), true) ?? unknownNoun(text, rest.slice(0, v))
    if (cue && acceptsVerb(cue, t.bare)) return { cue, rule: 'quote.name-said', immediate: true }
    if (words.indexOf(t) > 30) break
  }
  return null
}

/** Returns the attribution that precedes a quote in its sentence: "NAME said: “…”", "she stressed that the ministry “…”", "according to NAME, X “…”". */
export function headAttribution(text: string, from: number, to: number): LocalAttribution | null {
  const tokens = tokenize(text, from, to)
  if (!wordTokens(tokens).length) return null
  const endsWithColon = tokens[tokens.length - 1]?.text === ':'
  // the verb nearest a colon introduces what follows ("Police said the man told them: “…”"); without a colon the
  // main verb comes first ("X said the case showed that forced labour “…”")
  const order = tokens.map((_, k) => k)
  if (endsWithColon) order.reverse()
  for (const v of order) {
    const t = tokens[v]!
    if (t.punct) continue
    // "according to Regional Project Manager Lena Fischer, the new rules “…”"
    if (t.bare === 'according' && tokens[v + 1]?.bare === 'to') {
      const segs = splitSegments(tokens.slice(v + 2))
      const cue = segs[0] && segs[0].length ? readSpeakerPhrase(text, [segs[0]]) : null
      if (cue && cue.kind !== 'pronoun') return { cue, rule: 'quote.according-to', immediate: false }
      continue
    }
    if (t.cap && v > 0) continue
    const verb = t.bare
    const isSay = SAY_VERBS.has(verb)
    const isParticiple = SAY_PARTICIPLES.has(verb)
    if (!isSay && !isParticiple) continue
    const after = tokens.slice(v + 1)
    const afterWords = wordTokens(after)
    if (NAMING_VERBS.has(verb) || verb === 'calling' || verb === 'describing') {
      // "Okoro called the operation “…”": an object between the verb and the quote; "a report called “…”" is a title
      if (!afterWords.length || (afterWords.length === 1 && afterWords[0]!.bare === 'as')) continue
    }
    let cue: SpeakerCue | null
    if (isParticiple) {
      // "disagreed, saying “…”": the subject of the main clause
      const segs = splitSegments(tokens.slice(0, v)).filter((s) => s.length && !isAdverbialSegment(s))
      cue = segs.length ? readSpeakerPhrase(text, [segs[0]!]) : null
    } else cue = subjectBefore(text, tokens.slice(0, v), false)
    if (!cue || !acceptsVerb(cue, verb)) continue
    const immediate = afterWords.length === 0 || (afterWords.length === 1 && afterWords[0]!.bare === 'that') || endsWithColon
    const rule = NAMING_VERBS.has(verb) ? 'quote.called' : endsWithColon && immediate ? 'quote.name-said-colon' : immediate ? 'quote.name-said' : 'quote.name-said-that'
    return { cue, rule, immediate }
  }
  if (endsWithColon) {
    // "One farm worker, identified only by his initials, R.T., testified on Tuesday: “…”" without a verb of saying
    const segs = splitSegments(tokens).filter((s) => s.length)
    const lead = segs.filter((s) => !isAdverbialSegment(s))
    const cue = lead.length ? readSpeakerPhrase(text, lead.slice(0, 3)) : null
    if (cue && cue.kind !== 'pronoun') return { cue, rule: 'quote.name-colon', immediate: true }
    if (cue) return { cue, rule: 'quote.name-colon', immediate: true }
  }
  return null
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

// why: a title or a name in quotes has every longer word capitalised and no sentence inside it
function isTitleCase(s: string): boolean {
  const words = s.replace(/[,:;.!?]+$/, '').split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w))
  if (words.length < 2 || /[.!?]\s/.test(s)) return false
  return words.every((w) => /^[\p{Lu}\d'‘“(]/u.test(w))
}

const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'should', 'must', 'can', 'to', 'be', 'been', 'may', 'might'])

/** A quote found in the article, with what its own sentence says about who spoke it. */
export interface LocalQuote {
  raw: RawQuote
  text: string
  local: LocalAttribution | null
  /** the quote opens its sentence (nothing but an attribution with a colon before it) */
  opensSentence: boolean
}

/** Returns every quote of the article that a person or body said, with its attribution in its own sentence. */
export function localQuotes(article: Article): LocalQuote[] {
  const { text } = article
  const raws = findQuotes(article)
  const out: LocalQuote[] = []
  for (let qi = 0; qi < raws.length; qi++) {
    const raw = raws[qi]!
    const quoteText = raw.spans.map((s) => s.text).join(' ')
    const firstPara = raw.paragraphs[0]!
    const lastPara = raw.paragraphs[raw.paragraphs.length - 1]!
    const prev = raws[qi - 1]
    const next = raws[qi + 1]
    // the head: from the start of the sentence (or the previous quote's end) to the opening mark
    const openSentence = sentenceAt(article, raw.open)
    let headFrom = openSentence ? openSentence.start : article.paragraphs[firstPara]!.start
    if (prev && prev.close !== null && prev.paragraphs.includes(firstPara) && prev.close + 1 > headFrom) headFrom = prev.close + 1
    const head = headFrom < raw.open ? { from: headFrom, to: raw.open } : null
    // the tail: from the closing mark to the end of its sentence (or the next quote's opening mark)
    let tail: { from: number; to: number } | null = null
    if (raw.close !== null) {
      const closeSentence = sentenceAt(article, raw.close)
      let to = closeSentence ? closeSentence.end : article.paragraphs[lastPara]!.end
      // "“…?” Councillor Dev Patel asked.": the sentence splitter ends a sentence after "?”"; the attribution is the next one
      if (closeSentence && to <= raw.close + 1 && /[?!\u2026]\s*$/.test(quoteText)) {
        const after = article.sentences[closeSentence.index + 1]
        if (after && after.paragraph === lastPara && wordCount(after.text) <= 14 && !/["\u201C\u00AB\u2018]/.test(after.text)) to = after.end
      }
      if (next && next.paragraphs[0] === lastPara && next.open < to) to = next.open
      tail = { from: raw.close + 1, to }
    }
    const headText = head ? text.slice(head.from, head.to) : ''
    const headWords = wordCount(headText)
    const opensSentence = headWords === 0 || /:\s*$/.test(headText)
    const headAttr = head && headWords > 0 ? headAttribution(text, head.from, head.to) : null
    const tailAttr = tail ? tailAttribution(text, tail.from, tail.to) : null
    // an attribution after the quote counts when it is set off from it ("“…,” she said", "…” , the agency said"); a
    // later clause ("X called it “a crisis” and Y told reporters…") leaves the quote to the speaker before it
    const setOff = opensSentence || /[,?!\u2026]$/.test(quoteText) || (tail !== null && /^\s*[,\u2014\u2013]/.test(text.slice(tail.from, tail.to)))
    let local: LocalAttribution | null = null
    if (headAttr?.immediate && !(opensSentence && tailAttr)) local = headAttr
    else if (tailAttr && (setOff || !headAttr)) local = tailAttr
    else if (headAttr) local = headAttr

    // titles of reports, films and headlines: "Entitled “…,” the 40-page report", "the film “Sold Across the Border”"
    const before = tokenize(text, Math.max(headFrom, raw.open - 40), raw.open)
    const lead = before[before.length - 1]
    if (lead && TITLE_LEADS.has(lead.bare) && !(local && NAMING_VERBS.has(lead.bare) && local.rule === 'quote.called')) continue
    if (isTitleCase(quoteText) && (!opensSentence || !local)) continue
    const n = wordCount(quoteText)
    if (n <= 3) {
      // scare quotes ("lover boy", "travel advice office") unless the words are said as a sentence, or said as a predicate
      // after an auxiliary ("said it had “strengthened pre-departure checks”")
      const aux = lead && AUXILIARIES.has(lead.bare) && /^\p{Ll}/u.test(quoteText) && n === 3
      // "“Not once.”" after an attributed quote: a whole sentence in marks is speech, even a short one
      const whole = opensSentence && /[.?!\u2026]$/.test(quoteText) && (tail === null || wordCount(text.slice(tail.from, tail.to)) === 0)
      const sentence = whole || (opensSentence && local !== null && (local === tailAttr || local.rule === 'quote.name-said-colon'))
      if (!(sentence || (aux && local !== null && local === headAttr))) continue
    }
    // a quote in the middle of a sentence needs a speaker in that sentence; the writer's own words are no quote
    if (!opensSentence && !local) continue
    if (local?.cue.kind === 'pronoun' && (local.cue.text === 'i' || local.cue.text === 'we')) continue
    out.push({ raw, text: quoteText, local, opensSentence })
  }
  return out
}

function evidenceOf(text: string, raw: RawQuote, local: LocalAttribution | null): Span {
  let start = raw.spans[0]!.start
  let end = raw.spans[raw.spans.length - 1]!.end
  if (local) {
    start = Math.min(start, local.cue.start)
    end = Math.max(end, local.cue.end)
  }
  return { start, end, text: text.slice(start, end) }
}

/** Returns the quote candidates of an article; speakers named in the quote's own sentence, pronouns left for the speakers refiner. */
export function extractQuotes(article: Article): QuoteCandidate[] {
  return localQuotes(article).map((q) => ({
    text: q.text,
    spans: q.raw.spans,
    speaker: q.local?.cue.text ?? null,
    speakerRole: q.local?.cue.role ?? null,
    rule: q.local?.rule ?? 'quote.unattributed',
    evidence: evidenceOf(article.text, q.raw, q.local),
    paragraph: q.raw.paragraphs[0]!,
    cue: q.local?.cue ?? null,
    opensSentence: q.opensSentence,
  }))
}

/** The quotes extractor: every direct quotation in the body, with the speaker its sentence names. */
export const quotes: Extractor = {
  id: 'quotes',
  extract(article) {
    return { quotes: extractQuotes(article) }
  },
}
