import type { Qualifiers } from '../schema.js'
import { findCountries, type CountryHit } from '../patterns/countries.js'
import { CASE_NOUNS, NON_COUNT_NOUNS, OTHER_PEOPLE_NOUNS, PEOPLE_NOUNS, SUSPECT_NOUNS, VICTIM_NOUNS } from '../patterns/nouns.js'
import type { NumberMatch } from '../patterns/numbers.js'
import { CASE_VERBS, SUSPECT_ACTION_NOUNS, SUSPECT_VERBS, VICTIM_ACTION_NOUNS, VICTIM_VERBS, type ActionTable } from '../patterns/verbs.js'
import { matchAny } from '../patterns/regex.js'

/** What a number counts, read from the noun after it ("109 human trafficking-related cases"). */
export type HeadClass = 'case' | 'suspect' | 'victim' | 'people' | 'other-people' | 'demonym' | 'thing'

export interface Head {
  word: string
  cls: HeadClass
  qualifiers: Qualifiers
  /** offset (into the sentence) just after the head noun */
  end: number
  /** "17 of them", "Thirty-one of the women": a part of a group named before */
  ofPart: boolean
  /** the words between the number and the head: "human trafficking-related" */
  modifiers: string[]
  /** read from the shape of an unlisted word ("deckhands"): counts only when a verb says who they are */
  guessed?: boolean
}

/** A verb that governs a number, with the category and canonical action it implies. */
export interface Governor {
  kind: 'cases' | 'suspects' | 'victims'
  action: string
  word: string
  side: 'left' | 'right'
  /** offset of the verb in the sentence text */
  start: number
}

/** Everything the classifiers need to know about one number in its sentence. */
export interface MentionContext {
  text: string
  num: NumberMatch
  head: Head | null
  /** the clause around the number, split at the number */
  left: string
  right: string
  leftVerbs: Governor[]
  rightVerbs: Governor[]
  countries: CountryHit[]
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\w+)?$/
const TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['’.-][A-Za-z\u00C0-\u024F]+)*|\d[\d,.]*|[^\sA-Za-z\u00C0-\u024F\d]/g
const STOP = new Set([
  'were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'be', 'being', 'who', 'whom', 'that', 'which', 'said', 'says',
  'from', 'in', 'to', 'for', 'with', 'by', 'at', 'on', 'or', 'but', 'as', 'than', 'the', 'a', 'an', 'this', 'these',
  'those', 'their', 'its', 'his', 'her', 'it', 'they', 'we', 'he', 'she', 'each', 'per', 'out', 'up', 'down', 'between',
  'aged', 'including', 'while', 'whereas', 'after', 'before', 'during', 'since', 'into', 'onto', 'against', 'among',
  'would', 'will', 'could', 'should', 'may', 'might', 'can', 'did', 'do', 'does', 'not', 'no', 'so', 'if', 'when',
  'where', 'there', 'here', 'all', 'both', 'last', 'this', 'next', 'most', 'less', 'about', 'under', 'over',
  'across', 'through', 'via', 'per', 'within', 'without', 'like', 'until', 'of',
])
const PEOPLE_AFTER_DEMONYM = new Set([
  'nationals', 'national', 'citizens', 'citizen', 'women', 'woman', 'men', 'man', 'girls', 'boys', 'children', 'workers',
  'migrants', 'fishermen', 'people', 'persons', 'victims', 'suspects', 'maids', 'labourers', 'laborers', 'crewmen',
  'passengers', 'students', 'minors', 'teenagers', 'brides', 'wives', 'nationalities', 'traffickers', 'gangsters',
])

// the first words of the two-word head nouns ("trafficking suspects", "migrant workers"): only these need the next word
const FIRST_OF_TWO = new Set([...SUSPECT_NOUNS, ...Object.keys(PEOPLE_NOUNS), ...OTHER_PEOPLE_NOUNS].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!))

function lookupHead(word: string, next: string | undefined): { cls: HeadClass; word: string; q: Qualifiers; span: number } | null {
  const two = next && FIRST_OF_TWO.has(word) ? `${word} ${next}` : ''
  if (two && SUSPECT_NOUNS.has(two)) return { cls: 'suspect', word: two, q: {}, span: 2 }
  if (two && two in PEOPLE_NOUNS) return { cls: 'people', word: two, q: PEOPLE_NOUNS[two] ?? {}, span: 2 }
  if (two && OTHER_PEOPLE_NOUNS.has(two)) return { cls: 'other-people', word: two, q: {}, span: 2 }
  if (NON_COUNT_NOUNS.has(word)) return { cls: 'thing', word, q: {}, span: 1 }
  if (CASE_NOUNS.has(word)) return { cls: 'case', word, q: {}, span: 1 }
  if (word in SUSPECT_ACTION_NOUNS) return { cls: 'suspect', word, q: {}, span: 1 }
  if (SUSPECT_NOUNS.has(word)) return { cls: 'suspect', word, q: {}, span: 1 }
  if (VICTIM_NOUNS.has(word) || word in VICTIM_ACTION_NOUNS) return { cls: 'victim', word, q: {}, span: 1 }
  if (word in PEOPLE_NOUNS) return { cls: 'people', word, q: PEOPLE_NOUNS[word] ?? {}, span: 1 }
  if (OTHER_PEOPLE_NOUNS.has(word)) return { cls: 'other-people', word, q: {}, span: 1 }
  return null
}

interface Tok {
  w: string
  raw: string
  start: number
  end: number
}

/** The tokens of a stretch of text, read only as far as they are asked for (a head noun is most often the next word). */
class LazyTokens {
  private readonly list: Tok[] = []
  private done = false
  private pos = 0
  constructor(
    private readonly s: string,
    private readonly base: number,
  ) {}

  /** Returns token k, or undefined past the end (or before the start). */
  get(k: number): Tok | undefined {
    while (!this.done && this.list.length <= k) {
      TOKEN.lastIndex = this.pos
      const m = TOKEN.exec(this.s)
      if (!m) this.done = true
      else {
        this.pos = TOKEN.lastIndex
        this.list.push({ w: m[0].toLowerCase(), raw: m[0], start: this.base + m.index, end: this.base + m.index + m[0].length })
      }
    }
    return k >= 0 ? this.list[k] : undefined
  }
}

/** Returns the head noun after a number, skipping modifiers ("109 human trafficking-related cases" → cases). */
export function readHead(text: string, n: NumberMatch, countries: CountryHit[]): Head | null {
  const toks = new LazyTokens(text.slice(n.end, n.end + 120), n.end)
  const modifiers: string[] = []
  let ofPart = false
  let nationality: string | undefined
  const extraQ: Qualifiers = {}
  for (let i = 0; toks.get(i) && modifiers.length <= 5; i++) {
    const t = toks.get(i)!
    const next = toks.get(i + 1)
    if (/^[^A-Za-z\u00C0-\u024F\d]$/.test(t.raw)) {
      // a hyphen inside a compound is part of the token; any other mark ends the noun phrase
      return null
    }
    if (/^\d/.test(t.raw) || NUMBER_WORD.test(t.w)) return null
    // "trafficking in persons cases": one modifier
    if (t.w === 'in' && next?.w === 'persons' && toks.get(i - 1)?.w === 'trafficking' && toks.get(i + 2) && !STOP.has(toks.get(i + 2)!.w)) {
      i++
      continue
    }
    if (t.w === 'of' && modifiers.length === 0) {
      // "17 of them", "39 of them", "Thirty-one of the women", "81 of the children"
      if (next && /^(?:them|whom|those|these|us)$/.test(next.w)) return { word: next.w, cls: 'people', qualifiers: {}, end: next.end, ofPart: true, modifiers }
      if (next?.w === 'the' || next?.w === 'those' || next?.w === 'these') {
        ofPart = true
        i++
        // "11 of the 14 defendants": the noun after the total
        if (toks.get(i + 1) && (/^\d/.test(toks.get(i + 1)!.raw) || NUMBER_WORD.test(toks.get(i + 1)!.w))) i++
        continue
      }
      return null
    }
    const country = countries.find((c) => c.start === t.start)
    if (country && !nationality) {
      const after = toks.get(i + country.text.split(/\s+/).length)
      const skip = country.text.split(/\s+/).length - 1
      if (after && PEOPLE_AFTER_DEMONYM.has(after.w)) {
        nationality = country.country.name
        i += skip
        continue
      }
      // "300 Burmese deckhands": a demonym before a lower-case noun is that noun's nationality
      if (country.form !== 'name' && after && /^[a-z]+(?:s|men)$/.test(after.raw) && !STOP.has(after.w) && !NON_COUNT_NOUNS.has(after.w)) {
        nationality = country.country.name
        i += skip
        continue
      }
      if (country.form !== 'name') {
        return { word: country.text, cls: 'demonym', qualifiers: { nationality: country.country.name }, end: country.end, ofPart, modifiers }
      }
      return null
    }
    const found = lookupHead(t.w, next?.w)
    // "412 child trafficking cases", "child labour victims": a people noun used as a modifier
    const later = found?.cls === 'people' && found.span === 1 ? [toks.get(i + 1), toks.get(i + 2)].map((x) => (x ? lookupHead(x.w, undefined) : null)) : []
    if (found && later.some((l) => l && (l.cls === 'case' || l.cls === 'victim' || l.cls === 'suspect'))) {
      modifiers.push(t.w)
      Object.assign(extraQ, found.q)
      continue
    }
    if (found) {
      let end = found.span === 2 && next ? next.end : t.end
      let word = found.word
      const q: Qualifiers = { ...extraQ, ...found.q, ...(nationality ? { nationality } : {}) }
      // "14 men and women", "431 women and girls": one group of people
      const after = toks.get(i + found.span)
      const other = toks.get(i + found.span + 1)
      const second = after?.w === 'and' && other ? lookupHead(other.w, undefined) : null
      if (found.cls === 'people' && second?.cls === 'people' && other) {
        word = `${word} and ${other.w}`
        end = other.end
        if (second.q.sex && q.sex && second.q.sex !== q.sex) q.sex = 'mixed'
        if (!second.q.age || second.q.age !== q.age) delete q.age
      }
      return { word, cls: found.cls, qualifiers: q, end, ofPart, modifiers }
    }
    // an unlisted noun of people ("nine foreign deckhands", "30 boatmen"): a verb must still say what they are
    if (/^[a-z]+(?:ers|ors|ants|ents|hands|men|women|ists)$/.test(t.raw) && !STOP.has(t.w) && !NON_COUNT_NOUNS.has(t.w)) {
      return { word: t.w, cls: 'people', qualifiers: { ...extraQ, ...(nationality ? { nationality } : {}) }, end: t.end, ofPart, modifiers, guessed: true }
    }
    if (t.w === 'and' && modifiers.length > 0 && next && !STOP.has(next.w) && /^[a-z]/.test(next.raw)) {
      modifiers.push('and')
      continue
    }
    if (STOP.has(t.w)) return null
    // a capitalised word that is not a demonym is a name: "12 Downing Street", "5 Star Hotel"
    if (/^[A-Z]/.test(t.raw) && modifiers.length === 0 && !/^(?:Cambodian|Human)$/.test(t.raw) && !countries.some((c) => c.start === t.start)) {
      const lowerNext = toks.get(i + 1)
      if (!lowerNext || /^[A-Z]/.test(lowerNext.raw)) return null
    }
    modifiers.push(t.w)
  }
  return null
}

function verbRegex(table: ActionTable): RegExp {
  return new RegExp(`\\b(?:${matchAny(Object.keys(table))})\\b`, 'gi')
}
const SUSPECT_PHRASES: ActionTable = { ...SUSPECT_VERBS, 'filed charges against': 'charged', 'charges against': 'charged', 'brought charges against': 'charged' }
const VERB_KINDS: [Governor['kind'], ActionTable][] = [
  ['suspects', SUSPECT_PHRASES],
  ['victims', VICTIM_VERBS],
  ['cases', CASE_VERBS],
]
const VERB_TABLES = VERB_KINDS.map(([kind, table]) => {
  const re = verbRegex(table)
  // why: the verb right after a noun phrase is matched where it stands (sticky), not searched for through the clause
  return { kind, table, re, sticky: new RegExp(re.source, 'iy') }
})

const NOUN_AFTER_FORCED = /^\s+(?:labou?r|marriages?|prostitution|begging|criminality|work|sex|evictions?|displacement|conscription|recruitment)\b/i

interface VerbHit {
  kind: Governor['kind']
  action: string
  word: string
  start: number
  end: number
}

/** Returns the action verbs of s (offsets + base), the longest reading of each stretch only ("found guilty", not "found"). */
function findVerbs(s: string, base: number): VerbHit[] {
  const all: VerbHit[] = []
  for (const v of VERB_TABLES) {
    v.re.lastIndex = 0
    for (let m = v.re.exec(s); m; m = v.re.exec(s)) {
      const key = m[0].toLowerCase().replace(/\s+/g, ' ')
      const action = v.table[key]
      if (action) all.push({ kind: v.kind, action, word: key, start: base + m.index, end: base + m.index + m[0].length })
    }
  }
  return longestReadings(s, base, all)
}

/** Returns the action verbs that start s, as findVerbs would return those of them at offset 0. */
function verbsAtStart(s: string): VerbHit[] {
  const all: VerbHit[] = []
  for (const v of VERB_TABLES) {
    v.sticky.lastIndex = 0
    const m = v.sticky.exec(s)
    if (!m) continue
    const key = m[0].toLowerCase().replace(/\s+/g, ' ')
    const action = v.table[key]
    if (action) all.push({ kind: v.kind, action, word: key, start: 0, end: m[0].length })
  }
  return longestReadings(s, 0, all)
}

// the hits that no longer hit contains, and no "forced" that starts a noun phrase
function longestReadings(s: string, base: number, all: VerbHit[]): VerbHit[] {
  return all.filter(
    (a) =>
      !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start) &&
      // "forced labour", "forced marriage": a noun phrase, not the verb
      !(/^forc/.test(a.word) && NOUN_AFTER_FORCED.test(s.slice(a.end - base))),
  )
}

// why: a comma, semicolon, dash, colon or "while" ends the clause a verb can govern across (not the comma in "1,247")
const CLAUSE_BREAK_LEFT = /[;:—–(]|,(?!\d{3})|\b(?:while|whereas|but)\b/g

/** Returns the clause text to the left of a number: back to the last comma, dash, semicolon or "while". */
export function clauseLeft(text: string, start: number): string {
  const base = Math.max(0, start - 300)
  const left = text.slice(base, start)
  let cut = 0
  CLAUSE_BREAK_LEFT.lastIndex = 0
  for (let m = CLAUSE_BREAK_LEFT.exec(left); m; m = CLAUSE_BREAK_LEFT.exec(left)) cut = m.index + m[0].length
  return left.slice(cut)
}

/** Returns the clause text to the right of a position: up to the next semicolon, colon or "while" (dashes are skipped as asides). */
export function clauseRight(text: string, from: number): string {
  let right = text.slice(from, from + 400)
  // an aside between dashes or commas right after the noun phrase: "28 Indonesians — all suspected victims — were"
  right = right.replace(/^\s*[—–]\s[^—–]{1,120}\s[—–]/, ' ').replace(/^\s*,\s*(?:including|all|both|most|many|some|mostly|mainly|among\s+them)\b[^,]{1,120},/, ' ')
  const m = /[;:]|\s[—–]\s|,\s+(?:while|whereas|but|and\s+(?!\d)|although|according|the\s+\w+\s+said|said|police\s+said)\b|\bwhile\b|\bwhereas\b/.exec(right)
  let clause = m ? right.slice(0, m.index) : right
  // "… during a ten-day operation and arrested 14 people": a second predicate starts a new clause
  const coord = findVerbs(clause, 0).find((v) => /\band\s+(?:\w+\s+)?$/.test(clause.slice(0, v.start)) && v.start > 0)
  if (coord) clause = clause.slice(0, coord.start).replace(/\s*and\s+(?:\w+\s+)?$/, '')
  return clause
}

// e.g. "falsely detaining eight Chinese nationals": a wrongful act, so the people are not suspects
const WRONGFUL = /\b(?:falsely|illegally|unlawfully|wrongly|wrongfully|arbitrarily)\s*(?:\w+\s+)?$/i
// e.g. "were rescued", "who had been trafficked", "identified as", "being"
const PASSIVE_LEAD = /^\s*(?:[—–,]\s*)?(?:(?:who|that|which|they|reportedly|allegedly|later|also|all|then|subsequently|successfully|eventually|finally|already|previously|recently|initially|were|was|are|is|have|has|had|been|being|be|got|get|said|say|says|believed|thought|among|those|may|might|could|would|will|had\s+been)\s+){0,6}/i

/** Returns the verbs that govern a number: active on its left ("rescued 46"), passive or relative on its right ("were rescued"). */
export function governors(text: string, n: NumberMatch, head: Head | null): { left: Governor[]; right: Governor[]; leftClause: string; rightClause: string } {
  const leftClause = clauseLeft(text, n.start)
  const leftBase = n.start - leftClause.length
  const from = head ? head.end : n.end
  const rightClause = clauseRight(text, from)
  const left: Governor[] = []
  // the nearest verb on the left, within six words, with no other number in between
  const lv = findVerbs(leftClause, leftBase).filter((v) => {
    const between = text.slice(v.end, n.start)
    return between.split(/\s+/).filter(Boolean).length <= 6 && !/\d/.test(between) && !/\band\b/i.test(between)
  })
  lv.sort((a, b) => b.end - a.end)
  const nearest = lv[0]
  if (nearest && !WRONGFUL.test(text.slice(Math.max(0, nearest.start - 80), nearest.start))) {
    for (const v of lv.filter((x) => x.end === nearest.end)) left.push({ kind: v.kind, action: v.action, word: v.word, side: 'left', start: v.start })
  }
  const right: Governor[] = []
  const lead = PASSIVE_LEAD.exec(rightClause)
  const afterLead = lead ? lead[0].length : 0
  // a prepositional phrase before the verb: "Twenty foreigners from eight nationalities were involved"
  const pp = /^\s*(?:from|in|at|of|with|aged)\s+[^,;—–]{1,40}?\s+(?=(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s)/i.exec(rightClause)
  const tries = [afterLead]
  if (pp) {
    const lead2 = PASSIVE_LEAD.exec(rightClause.slice(pp[0].length))
    tries.push(pp[0].length + (lead2 ? lead2[0].length : 0))
  }
  const rightBase = text.length - text.slice(from).length + (text.slice(from).length - text.slice(from).replace(/^\s*[—–]\s[^—–]{1,120}\s[—–]/, ' ').length)
  for (const at of tries) {
    const rest = rightClause.slice(at)
    for (const v of verbsAtStart(rest)) {
      right.push({ kind: v.kind, action: v.action, word: v.word, side: 'right', start: Math.min(text.length, rightBase + at) })
    }
    if (right.length) break
  }
  return { left, right, leftClause, rightClause }
}

/** Returns the context of one number in its sentence: head noun, clause, governing verbs, countries. */
export function mentionContext(text: string, n: NumberMatch, countries = findCountries(text), head = readHead(text, n, countries)): MentionContext {
  const g = governors(text, n, head)
  return { text, num: n, head, left: g.leftClause, right: g.rightClause, leftVerbs: g.left, rightVerbs: g.right, countries }
}
