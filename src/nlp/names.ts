import { lookupCountry } from '../patterns/countries.js'
import {
  BODY_NOUNS, CLAUSE_WORDS, DETERMINERS, DOCUMENT_NOUNS, GENDER_NOUNS, HONORIFIC_GENDER, NAME_PARTICLES, ORG_WORDS, PERSON_NOUNS,
  PERSON_PLURALS, SAY_VERBS, STOP_CAPS, TITLE_WORDS,
} from '../patterns/speech.js'
import type { Gender, SpeakerCue, SpeakerKind } from '../types.js'
import type { Token } from './tokens.js'
import { wordTable } from '../patterns/wordTable.js'

export type { Gender, SpeakerCue, SpeakerKind }

/** A run of capitalised tokens that can be a person's name, with what stands around it. */
export interface NameRun {
  tokens: Token[]
  start: number
  end: number
  /** the name as written, without a possessive ’s */
  name: string
  possessive: boolean
  /** index of the first and last token in the token list the run was found in */
  from: number
  to: number
}

const EXCLUDED_INITIALISMS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'd.c.', 'a.m.', 'p.m.', 'n.g.o.'])
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'with', 'on', 'to', 'into', 'by', 'near', 'across', 'outside', 'inside', 'via', 'against', 'towards', 'toward', 'through', 'under', 'over', 'between', 'among'])

function isInitials(t: Token): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(t.text) && !EXCLUDED_INITIALISMS.has(t.text.toLowerCase())
}

function isAcronym(t: Token): boolean {
  // why: a lower-case ASCII letter second ("Police") settles it without building the letters
  const c = t.text.charCodeAt(1)
  if (c >= 97 && c <= 122) return false
  const letters = t.text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && !isInitials(t)
}

/** Returns whether a token can be part of a person's name on its own merits. */
export function isNameWord(t: Token): boolean {
  if (t.punct || !t.cap) return false
  if (isInitials(t)) return true
  if (isAcronym(t) || /\d/.test(t.text)) return false
  const b = t.bare.replace(/\.$/, '')
  return !STOP_CAPS.has(b) && !TITLE_WORDS.has(b) && !ORG_WORDS.has(b) && !PERSON_NOUNS.has(b)
}

/** Returns whether a title or role word can end a name as a surname: "John Fisher said", "Lena King," (not "… King Charles"). */
function isSurnameWord(t: Token, after: Token | undefined): boolean {
  if (t.punct || !t.cap || isAcronym(t)) return false
  const b = t.bare
  if (STOP_CAPS.has(b) || ORG_WORDS.has(b) || !(TITLE_WORDS.has(b) || PERSON_NOUNS.has(b))) return false
  return !after || after.punct || !after.cap
}

/** Returns whether a token is a title, rank or office word ("Senator", "Deputy", "vice-chair"). */
export function isTitleWord(t: Token): boolean {
  return !t.punct && TITLE_WORDS.has(t.bare.replace(/\.$/, ''))
}

function isCountryWord(t: Token): boolean {
  return !isInitials(t) && lookupCountry(t.text.replace(/['’]s$/, '')) !== null
}

function isOrgWord(t: Token): boolean {
  return !t.punct && t.cap && (ORG_WORDS.has(t.bare) || isAcronym(t))
}

/** Returns the runs of name words in tokens; a country or demonym opens no run ("Australian Federal Police"). */
export function nameRuns(tokens: Token[]): NameRun[] {
  const out: NameRun[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    if (!isNameWord(t) || isCountryWord(t)) {
      i++
      continue
    }
    let j = i
    while (!tokens[j]!.possessive) {
      const next = tokens[j + 1]
      if (next && (isNameWord(next) || isSurnameWord(next, tokens[j + 2]))) {
        j++
        continue
      }
      // a particle between two name words: "Ahmad bin Ismail", "Tran The Vinh"
      const after = tokens[j + 2]
      if (next && NAME_PARTICLES.has(next.text.toLowerCase()) && after && isNameWord(after) && !isInitials(after)) {
        j += 2
        continue
      }
      break
    }
    // "Minister of Manpower Budi Santoso": after "TITLE of", the first word of a long run is the portfolio
    const of = tokens[i - 1]
    if (j - i >= 2 && of && !of.cap && (of.bare === 'of' || of.bare === 'for') && tokens[i - 2] && isTitleWord(tokens[i - 2]!)) i++
    const run = tokens.slice(i, j + 1)
    const last = run[run.length - 1]!
    const name = run.map((x, k) => (k === run.length - 1 && x.possessive ? x.text.replace(/['’]s?$/, '') : x.text)).join(' ')
    out.push({ tokens: run, start: run[0]!.start, end: last.possessive ? last.end - (/s['’]$/.test(last.text) ? 1 : 2) : last.end, name, possessive: last.possessive, from: i, to: j })
    i = j + 1
  }
  return out
}

/** Returns the title words that stand right before a run ("Police Commissioner", "Dr"), and where they start. */
export function titleBefore(tokens: Token[], run: NameRun): { text: string; from: number } | null {
  let k = run.from - 1
  let stoppedAtConnector = false
  while (k >= 0) {
    const t = tokens[k]!
    if (t.punct || /\d/.test(t.text)) break
    const right = tokens[k + 1]
    if (!t.cap && CONNECTORS.has(t.bare) && right && right.cap && k < run.from - 1) {
      // "Minister of Public Security", "Special Agent in Charge": a connector inside a capitalised title
      k--
      continue
    }
    if (t.cap) {
      if (STOP_CAPS.has(t.bare) && !TITLE_WORDS.has(t.bare)) break
    } else if (CLAUSE_WORDS.has(t.bare) || CONNECTORS.has(t.bare) || DETERMINERS.has(t.bare) || SAY_VERBS.has(t.bare) || (!isRoleNoun(t) && (k === run.from - 1 || /(?:ed|ing)$/.test(t.bare)))) {
      stoppedAtConnector = CONNECTORS.has(t.bare)
      break
    }
    k--
  }
  let from = k + 1
  // "… Committee on Trafficking in Persons Dr Lena Fischer": the words after a cut preposition belong to an organisation, not the title
  if (stoppedAtConnector) {
    for (let k2 = run.from - 1; k2 > from; k2--) {
      if (!tokens[k2]!.cap && CONNECTORS.has(tokens[k2]!.bare)) {
        from = k2 + 1
        break
      }
    }
    while (from < run.from && !isTitleWord(tokens[from]!) && !isRoleNoun(tokens[from]!)) from++
  }
  if (from >= run.from) return null
  return { text: tokens.slice(from, run.from).map((t) => t.text).join(' '), from }
}

const CONNECTORS = new Set(['of', 'in', 'for', 'on', 'and', 'at', 'the', '&'])

/** Returns whether a word names a role or office ("director", "vice-chair", "spokeswoman"). */
export function isRoleNoun(t: Token): boolean {
  return TITLE_WORDS.has(t.bare) || PERSON_NOUNS.has(t.bare) || /(?:^|-)(?:chair|head|director|secretary|minister|officer|president)$/.test(t.bare)
}

/** Returns the sex an honorific or a role word right before a name tells ("Ms", "Father", "spokeswoman"). */
export function genderOfTitle(title: string): Gender | null {
  for (const w of title.toLowerCase().split(/\s+/).reverse()) {
    const g = HONORIFIC_GENDER[w.replace(/\.$/, '')] ?? GENDER_NOUNS[w]
    if (g) return g
  }
  return null
}

// why: these end a speaker's noun phrase read from the left ("A recruiter in Sylhet who declined…")
const NP_CUTS = new Set([...PREPOSITIONS, 'who', 'whom', 'whose', 'which', 'that', 'identified', 'known', 'named', 'based', 'speaking', 'quoted', 'cited'])
const LEADING_ADVERBS = new Set(['however', 'yet', 'but', 'and', 'meanwhile', 'also', 'still', 'separately', 'later', 'earlier', 'then', 'now', 'so', 'instead', 'indeed', 'similarly', 'likewise', 'moreover', 'furthermore', 'finally', 'previously', 'recently', 'asked', 'here', 'there'])
const TRAILING_ADVERBS = new Set(['also', 'reportedly', 'later', 'then', 'previously', 'recently', 'once', 'again', 'further', 'separately', 'himself', 'herself', 'itself', 'themselves', 'too', 'however', 'earlier', 'simply', 'only', 'had', 'has', 'have', 'would', 'will', 'has', 'also', 'publicly', 'privately', 'directly', 'openly', 'flatly', 'repeatedly', 'frequently', 'often', 'last', 'yesterday', 'today'])
const PRONOUNS: Record<string, { gender: Gender | null; plural: boolean }> = wordTable({
  he: { gender: 'male', plural: false }, she: { gender: 'female', plural: false }, it: { gender: null, plural: false }, they: { gender: null, plural: true },
  // the writer: "“Are you afraid?” I asked" is the reporter's own question, not a quote of anyone in the story
  i: { gender: null, plural: false }, we: { gender: null, plural: true },
})
const PLURAL_TO_SINGULAR: Record<string, string> = wordTable({ women: 'woman', men: 'man', people: 'person', children: 'child', police: 'police officer', staff: 'staff member', fishermen: 'fisherman', crewmen: 'crewman' })

function singular(w: string): string {
  return PLURAL_TO_SINGULAR[w] ?? w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '')
}

/** Returns what a noun heads: a person ("official"), people ("officials", "girls"), a body ("agency", "report"), or null. */
export function isHeadNoun(t: Token): 'person' | 'plural' | 'body' | null {
  if (t.punct) return null
  let kind = headNounKinds.get(t.bare)
  if (kind === undefined) {
    // why: bounded; the words of news English repeat, so this rarely fills
    if (headNounKinds.size >= 20000) headNounKinds.clear()
    kind = headNounKind(t.bare)
    headNounKinds.set(t.bare, kind)
  }
  return kind
}

// why: asked of every word of every sentence the speaker pass reads; the answer depends on the word alone
const headNounKinds = new Map<string, 'person' | 'plural' | 'body' | null>()

function headNounKind(b: string): 'person' | 'plural' | 'body' | null {
  if (PERSON_NOUNS.has(b)) return 'person'
  if (PERSON_PLURALS.has(b) || (b !== singular(b) && PERSON_NOUNS.has(singular(b)))) return 'plural'
  if (BODY_NOUNS.has(b) || BODY_NOUNS.has(singular(b)) || DOCUMENT_NOUNS.has(b)) return 'body'
  return null
}

/**
 * Returns the speaker a noun phrase names, read from its comma-separated parts (head first, then appositions):
 * "Commissioner Joyce Mwangi" → person; "one farm owner who asked not to be named" → anon "farm owner";
 * "the 40-page report" → body "report"; "she" → pronoun; "Interpol" → name. Null when the words cannot speak.
 */
export function readSpeakerPhrase(text: string, segments: Token[][]): SpeakerCue | null {
  const parts = segments.map((s) => trimLeading(s)).filter((s) => s.length > 0)
  if (!parts.length) return null
  const head = parts[0]!
  // a pronoun alone
  if (head.length === 1 && PRONOUNS[head[0]!.bare]) {
    const p = PRONOUNS[head[0]!.bare]!
    return cue('pronoun', head[0]!.bare, head[0]!, head[0]!, null, p.gender, p.plural, false, null, false)
  }
  // a named person in the head, else in an apposition ("The Director of the Border Agency, Commissioner Joyce Mwangi")
  for (let k = 0; k < parts.length; k++) {
    const part = k === 0 ? cutAtClause(parts[k]!) : parts[k]!
    const person = personIn(text, part)
    if (!person) continue
    const others = parts.filter((_, j) => j !== k)
    const appositive = others.find((p) => isRolePhrase(p))
    // "Special Agent in Charge X, of the FBI’s field office": the title and the body it belongs to
    const ofBody = appositive && /^(?:of|at|with|from|for)$/.test(appositive[0]!.bare)
    const role = appositive ? (ofBody && person.title ? `${person.title} ${roleText(text, appositive, true)}` : roleText(text, appositive)) : person.title
    let gender = person.title ? genderOfTitle(person.title) : null
    for (const p of others) gender ??= genderOfPhrase(p)
    // "One farm worker, identified only by his initials, R.T.": the unnamed noun with the initials
    if (person.initialsOnly) {
      const anon = unnamedIn(text, head)
      if (anon && k !== 0) return { ...anon, kind: 'anon', text: `${anon.text} ${person.name}`, role: anon.role, gender: anon.gender ?? gender }
    }
    return { kind: 'person', text: person.name, start: person.start, end: person.end, role: role ?? null, gender, plural: false, definite: false, head: null, titled: person.title !== null }
  }
  const headCut = cutAtClause(head)
  const anon = unnamedIn(text, headCut)
  // "the woman, who gave only her first name, Leila": a lone first name in apposition names the unnamed speaker
  const lone = anon && anon.kind === 'anon' && !anon.plural ? parts.slice(1).find((p) => p.length === 1 && isNameWord(p[0]!) && !isCountryWord(p[0]!) && !p[0]!.possessive) : undefined
  if (anon && lone) return { ...anon, kind: 'person', text: lone[0]!.text, start: lone[0]!.start, end: lone[0]!.end, role: anon.text, definite: false, head: null }
  if (anon) {
    const appositive = parts.slice(1).find((p) => isRolePhrase(p))
    let gender = anon.gender
    for (const p of parts.slice(1)) gender ??= genderOfPhrase(p)
    return { ...anon, gender, role: anon.role ?? (appositive ? roleText(text, appositive) : null) }
  }
  return null
}

function cue(kind: SpeakerKind, shown: string, first: Token, last: Token, role: string | null, gender: Gender | null, plural: boolean, definite: boolean, head: string | null, titled: boolean): SpeakerCue {
  return { kind, text: shown, start: first.start, end: last.end, role, gender, plural, definite, head, titled }
}

function trimLeading(seg: Token[]): Token[] {
  let i = 0
  while (i < seg.length && (seg[i]!.punct || LEADING_ADVERBS.has(seg[i]!.bare))) i++
  let j = seg.length
  while (j > i && (seg[j - 1]!.punct || TRAILING_ADVERBS.has(seg[j - 1]!.bare))) j--
  return seg.slice(i, j)
}

/** Cuts a head phrase at a relative clause or a participle phrase: "one farm owner who asked not to be named" → "one farm owner". */
function cutAtClause(seg: Token[]): Token[] {
  for (let i = 1; i < seg.length; i++) {
    const b = seg[i]!.bare
    if (b === 'who' || b === 'which' || b === 'whose' || b === 'whom' || (b === 'that' && i > 1)) return seg.slice(0, i)
  }
  return seg
}

interface PersonHit {
  name: string
  start: number
  end: number
  title: string | null
  initialsOnly: boolean
}

/** Returns the person a phrase names: the run not swallowed by a title or an organisation, preferring one after a title. */
export function personIn(text: string, seg: Token[]): PersonHit | null {
  const runs = nameRuns(seg).filter((r) => {
    if (r.possessive) return false
    const after = seg[r.to + 1]
    // part of a title or an organisation's name: "Regional Project Manager", "Harbour Migrant Rights Centre"
    if (after && !after.punct && (isTitleWord(after) || isOrgWord(after)) && after.cap) return false
    const before = seg[r.from - 1]
    if (before && PREPOSITIONS.has(before.bare) && !before.cap && !(before.bare === 'to' && seg[r.from - 2]?.bare === 'according')) return false
    return true
  })
  if (!runs.length) return null
  const titled = runs.find((r) => r.from > 0 && (isTitleWord(seg[r.from - 1]!) || isRoleNoun(seg[r.from - 1]!)))
  const run = titled ?? runs.find((r) => r.tokens.length > 1 || isInitials(r.tokens[0]!)) ?? null
  if (!run) {
    // a lone capitalised word after a title ("Senator Holm") is a person; otherwise it is a "name" the resolver decides on
    return null
  }
  const t = titleBefore(seg, run)
  const initialsOnly = run.tokens.every((x) => isInitials(x))
  return { name: run.name, start: run.start, end: run.end, title: t ? stripDeterminers(t.text) : null, initialsOnly }
}

function stripDeterminers(s: string): string {
  return s.replace(/^(?:(?:the|a|an)\s+)/i, '').replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, (m) => (lookupCountry(m.replace(/['’]s\s+$/, '')) ? '' : m))
}

function isRolePhrase(seg: Token[]): boolean {
  if (!seg.length) return false
  const first = seg[0]!
  if (/^\d+$/.test(first.text)) return false
  if (first.bare === 'who' || first.bare === 'which') return false
  if (/^[a-z]+ed$/.test(first.text) && !DETERMINERS.has(first.bare)) return false
  return DETERMINERS.has(first.bare) || first.cap || seg.some((t) => isRoleNoun(t)) || first.bare === 'of'
}

function roleText(text: string, seg: Token[], keepPreposition = false): string {
  const cut = cutAtClause(seg)
  const s = text.slice(cut[0]!.start, cut[cut.length - 1]!.end)
  return keepPreposition ? s : s.replace(/^of\s+/, '')
}

function genderOfPhrase(seg: Token[]): Gender | null {
  for (const t of seg) {
    const g = GENDER_NOUNS[t.bare]
    if (g) return g
    if (t.bare === 'her' || t.bare === 'herself') return 'female'
    if (t.bare === 'his' || t.bare === 'himself') return 'male'
  }
  return null
}

/** Returns the unnamed person, group or body a phrase names, or a lone capitalised name, or null. */
export function unnamedIn(text: string, seg: Token[]): SpeakerCue | null {
  if (!seg.length) return null
  // "One of the rescued women" → rescued woman
  const oneOf = /^(?:one|some|many|two|three|several|another)$/.test(seg[0]!.bare) && seg[1]?.bare === 'of' && seg[2] && /^(?:the|those|these|its|their)$/.test(seg[2].bare)
  const body = oneOf ? seg.slice(3) : seg
  // the head: the last noun before a preposition or a relative word
  let end = body.length
  for (let i = 1; i < body.length; i++) {
    // "the Department of Enterprise": a preposition inside a capitalised name does not end the phrase
    const inName = body[i - 1]!.cap && (body[i + 1]?.cap || (body[i + 1]?.bare === 'the' && body[i + 2]?.cap)) && PREPOSITIONS.has(body[i]!.bare)
    if (NP_CUTS.has(body[i]!.bare) && !body[i]!.cap && !inName) {
      end = i
      break
    }
  }
  let np = body.slice(0, end)
  if (!np.length) return null
  // "a source close to the investigation", "officials familiar with the case": the head noun ends the phrase
  let lastHead = -1
  for (let i = np.length - 1; i >= 0; i--) {
    if (!np[i]!.possessive && isHeadNoun(np[i]!) && !np[i]!.cap) {
      lastHead = i
      break
    }
  }
  if (lastHead >= 0 && lastHead < np.length - 1 && np.slice(lastHead + 1).every((t) => !t.cap && !CLAUSE_WORDS.has(t.bare))) np = np.slice(0, lastHead + 1)
  // the phrase must read as a noun phrase: no auxiliaries or subordinators
  if (np.some((t) => !t.cap && CLAUSE_WORDS.has(t.bare) && !DETERMINERS.has(t.bare))) return null
  const last = np[np.length - 1]!
  let start = 0
  while (start < np.length - 1 && (DETERMINERS.has(np[start]!.bare) || /^\d/.test(np[start]!.text) || np[start]!.bare === 'some' || (!np[start]!.cap && BODY_ADJECTIVES.has(np[start]!.bare) && isHeadNoun(last) === 'body'))) start++
  const words = np.slice(start)
  const shown = text.slice(words[0]!.start, last.end)
  const definite = np[0]!.bare === 'the' || np[0]!.bare === 'this' || np[0]!.bare === 'that'
  const kind = isHeadNoun(last)
  if (kind === 'person' || kind === 'plural') {
    const plural = kind === 'plural' && !oneOf
    const display = oneOf ? words.slice(0, -1).map((t) => t.text).concat(singular(last.bare)).join(' ') : shown
    const gender = GENDER_NOUNS[oneOf ? singular(last.bare) : last.bare] ?? null
    return { kind: 'anon', text: display, start: np[0]!.start, end: last.end, role: null, gender, plural, definite, head: oneOf ? singular(last.bare) : last.bare, titled: false }
  }
  if (oneOf) return null
  if (kind === 'body') {
    return { kind: 'body', text: shown, start: np[0]!.start, end: last.end, role: null, gender: null, plural: /s$/.test(last.bare) && !/ss$/.test(last.bare) && last.bare !== 'news', definite, head: singular(last.bare), titled: false }
  }
  // a capitalised organisation ("The Home Office", "Human Rights Watch", "NCAT") or a lone name ("Interpol", "Amara")
  if (words.every((t) => t.cap || ['of', 'for', 'and', 'on', 'the', '&', 'de', 'in'].includes(t.bare)) && words[0]!.cap && words[words.length - 1]!.cap) {
    const lone = words.length === 1 && !isAcronym(words[0]!) && isNameWord(words[0]!)
    if (lone && words[0]!.possessive) return null
    if (words.length === 1 && !lone && !isAcronym(words[0]!)) return null
    if (words.some((t) => t.possessive) && words.length > 1) return null
    if (words.length === 1 && lookupCountry(words[0]!.text) && !isAcronym(words[0]!)) return { kind: 'body', text: shown, start: words[0]!.start, end: last.end, role: null, gender: null, plural: false, definite: false, head: null, titled: false }
    const bodyHead = words.find((t) => BODY_NOUNS.has(t.bare))?.bare ?? last.bare
    return { kind: lone ? 'name' : 'body', text: shown, start: words[0]!.start, end: last.end, role: null, gender: null, plural: false, definite: false, head: lone ? null : bodyHead, titled: false }
  }
  return null
}

// why: "its most recent annual report" is "report" to a reader; the adjectives date it, they do not name it
const BODY_ADJECTIVES = new Set(['most', 'recent', 'latest', 'annual', 'new', 'yearly', 'quarterly', 'monthly', 'weekly', 'biennial', 'first', 'second', 'third', 'last', 'previous', 'final', 'full', 'written', 'brief', 'damning', 'detailed', 'long-awaited', 'preliminary', 'interim', 'same', 'recently', 'released', 'published', 'leaked', 'internal', 'separate', 'earlier'])

const NP_CONNECTORS = new Set(['of', 'in', 'for', 'on', 'at', 'with', 'from', 'and', '&'])

/** Returns whether a phrase can be a noun phrase: no auxiliaries, subordinators or verbs of saying in it. */
export function looksLikePhrase(seg: Token[]): boolean {
  return seg.every((t) => t.cap || t.punct || !(CLAUSE_WORDS.has(t.bare) || SAY_VERBS.has(t.bare)) || NP_CONNECTORS.has(t.bare) || DETERMINERS.has(t.bare))
}

/**
 * Returns the noun phrase that ends a stretch of words, read from the right: "… in a car and the Harbour Gazette" →
 * "the Harbour Gazette"; "A recruiter in Sylhet who declined to give his name" → "A recruiter in Sylhet".
 */
export function trailingPhrase(seg: Token[]): Token[] {
  const rel = seg.findIndex((t, i) => i > 0 && !t.cap && (t.bare === 'who' || t.bare === 'which' || t.bare === 'whose'))
  const body = rel > 0 ? seg.slice(0, rel) : seg
  let end = body.length - 1
  while (end >= 0 && !body[end]!.cap && TRAILING_ADVERBS.has(body[end]!.bare)) end--
  if (end < 0) return []
  if (PRONOUNS[body[end]!.bare]) return [body[end]!]
  const runStart = new Map<number, number>()
  for (const r of nameRuns(body)) runStart.set(r.to, r.from)
  let k = end
  while (k >= 0) {
    const t = body[k]!
    if (t.punct) break
    const r = runStart.get(k)
    if (r !== undefined) {
      k = r - 1
      continue
    }
    if (DETERMINERS.has(t.bare) && (!t.cap || k === 0 || STOP_CAPS.has(t.bare))) {
      // "The Director of the Criminal Investigation Department": "of the" inside a title goes on
      const before = body[k - 1]
      if (t.bare === 'the' && before && !before.cap && NP_CONNECTORS.has(before.bare) && before.bare !== 'and' && body[k - 2] && (body[k - 2]!.cap || isRoleNoun(body[k - 2]!))) {
        k -= 2
        continue
      }
      // "One of the rescued women"
      if (before?.bare === 'of' && body[k - 2] && /^(?:one|another|some)$/.test(body[k - 2]!.bare)) return body.slice(k - 2, end + 1)
      return body.slice(k, end + 1)
    }
    if (t.cap) {
      if (STOP_CAPS.has(t.bare) && !TITLE_WORDS.has(t.bare)) break
      k--
      continue
    }
    const right = body[k + 1]
    if (NP_CONNECTORS.has(t.bare) && t.bare !== 'and' && right && right.cap && k > 0) {
      k--
      continue
    }
    if (CLAUSE_WORDS.has(t.bare) || SAY_VERBS.has(t.bare) || NP_CONNECTORS.has(t.bare)) break
    k--
  }
  return body.slice(k + 1, end + 1)
}

/** Returns the tokens split at commas, semicolons and dashes (the separators themselves dropped). */
export function splitSegments(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]]
  let depth = 0
  for (const t of tokens) {
    if (t.text === '(') depth++
    else if (t.text === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && t.punct && t.text !== '(' && t.text !== ')') {
      out.push([])
      continue
    }
    if (t.punct) continue
    out[out.length - 1]!.push(t)
  }
  return out
}
