import type { Article, Gender, Sentence, SpeakerCue } from '../types.js'
import { BODY_NOUNS, DETERMINERS, FINITE_VERBS, GENDER_NOUNS, ORG_WORDS, PERSON_NOUNS, PERSON_PLURALS, SAY_VERBS, STOP_CAPS } from '../patterns/speech.js'
import { genderOfTitle, isHeadNoun, isNameWord, isRoleNoun, isTitleWord, nameRuns, titleBefore, unnamedIn, type NameRun } from './names.js'
import type { Stretches } from './search.js'
import { tokenize, type Token } from './tokens.js'
import { memoByObject } from '../patterns/memo.js'

/** Someone or something the narrative (not a quote) refers to: a name, an unnamed person, a body, a pronoun. */
export interface Mention {
  start: number
  end: number
  /** index into Article.sentences */
  sentence: number
  paragraph: number
  cue: SpeakerCue
  /** the first referring phrase of its sentence after any leading adverbial ("In an interview, however, …") */
  subject: boolean
  /** "the skipper’s wife": the mention only modifies another noun */
  possessive: boolean
  /** the object of a preposition ("to the police", "by the court") */
  prepositional: boolean
  /** the source of what follows: "according to X", or the subject of a verb of saying */
  source: boolean
}

/** A full name as the article first writes it, with what it tells about the person. */
export interface RegistryEntry {
  name: string
  words: string[]
  role: string | null
  gender: Gender | null
  start: number
  /** the name reads as a person's where it is written (a title, an apposition, a verb after it) */
  evidence: boolean
}

const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'with', 'on', 'to', 'into', 'by', 'near', 'across', 'outside', 'inside', 'via', 'against', 'towards', 'toward', 'through', 'under', 'over', 'between', 'among', 'about', 'behind', 'like'])
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'against', 'de', '&', 'in'])
/** Returns the token that stands for a masked stretch (a quote) in a sentence. */
// why: built with the fields in tokenize's order, so every token has one shape and the code reading them stays fast
function separatorAt(pos: number): Token {
  return { text: '|', start: pos, end: pos, bare: '|', cap: false, possessive: false, punct: true }
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().replace(/['’]s$/, '').split(/\s+/).filter(Boolean)
}

function partOfOrg(tokens: Token[], run: NameRun): boolean {
  const after = tokens[run.to + 1]
  return !!after && !after.punct && after.cap && (isTitleWord(after) || ORG_WORDS.has(after.bare))
}

function afterPreposition(tokens: Token[], from: number): boolean {
  let k = from - 1
  // skip a determiner: "to the police"
  if (k >= 0 && DETERMINERS.has(tokens[k]!.bare) && !tokens[k]!.cap) k--
  const before = tokens[k]
  if (!before || !PREPOSITIONS.has(before.bare)) return false
  return !(before.bare === 'to' && tokens[k - 1]?.bare === 'according')
}

function afterAccordingTo(tokens: Token[], from: number): boolean {
  return tokens[from - 1]?.bare === 'to' && tokens[from - 2]?.bare === 'according'
}

function apposedGender(tokens: Token[], run: NameRun): Gender | null {
  // "the skipper’s wife, Rina Sari" / "Rina Sari, his wife,"
  const b1 = tokens[run.from - 1]
  const b2 = tokens[run.from - 2]
  if (b1?.text === ',' && b2 && GENDER_NOUNS[b2.bare]) return GENDER_NOUNS[b2.bare]!
  const a1 = tokens[run.to + 1]
  if (a1?.text === ',') for (let k = run.to + 2; k < Math.min(tokens.length, run.to + 6); k++) {
    const t = tokens[k]!
    if (t.punct) break
    const g = GENDER_NOUNS[t.bare]
    if (g) return g
  }
  return null
}

const NO_VERB_AFTER = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'nor', 'as', 'than', 'that', 'which', 'who', 'where', 'when', 'while', 'whose'])
const APPOSITION_OPENERS = new Set(['who', 'whose', 'the', 'a', 'an', 'of', 'his', 'her', 'its', 'their', 'one', 'herself', 'himself', 'a', 'chief', 'head', 'director'])

/**
 * Returns whether a run of capitalised words reads as a person rather than a place in a list: a title or role right
 * before it ("vice-chair Nhek Sokunthea"), an age or an apposition after it ("Wei Lin Tao, 47,", "X, the director of"),
 * "according to" before it, or a verb right after it ("Budi Santoso keeps…").
 */
export function personEvidence(tokens: Token[], run: NameRun): boolean {
  const before = tokens[run.from - 1]
  if (before && !before.punct && !TITLE_MODIFIERS.has(before.bare) && (isTitleWord(before) || isRoleNoun(before))) return true
  // "The group’s research director, Sabina Thapa, said": a name in apposition to a role
  const role = tokens[run.from - 2]
  if (before?.text === ',' && role && !role.punct && !role.cap && isRoleNoun(role)) return true
  // "identified only as Bikash", "known as Ma Lin"
  if (before?.bare === 'as' && /^(?:identified|known|named|only|name|himself|herself|themselves)$/.test(tokens[run.from - 2]?.bare ?? '')) return true
  if (afterAccordingTo(tokens, run.from)) return true
  if (run.possessive) return false
  const next = tokens[run.to + 1]
  if (!next) return false
  if (next.text === ',') {
    const n2 = tokens[run.to + 2]
    // "Sok Dara, labour program head at …": a lower-case apposition; places in a list are followed by capitals
    return !!n2 && (/^\d{1,3}$/.test(n2.text) || APPOSITION_OPENERS.has(n2.bare) || (!n2.cap && !n2.punct && !NO_VERB_AFTER.has(n2.bare) && !looksLikeVerb(n2)))
  }
  return looksLikeVerb(next)
}

// why: "Budi Santoso keeps…", "Arjun Rao took…" — a verb after a name makes it a subject; "Port Moresby anti-fraud
// trafficking chief" or "Kampong Cham and" do not
function looksLikeVerb(t: Token): boolean {
  if (t.punct || t.cap || /\d/.test(t.text)) return false
  return SAY_VERBS.has(t.bare) || FINITE_VERBS.has(t.bare) || /[^s]ed$/.test(t.bare) || /[^su'’]s$/.test(t.bare)
}

const TITLE_MODIFIERS = new Set(['former', 'acting', 'deputy', 'assistant', 'senior', 'junior', 'associate', 'executive', 'principal', 'first', 'second', 'third', 'permanent', 'interim', 'special', 'vice', 'regional', 'national', 'country', 'field', 'district', 'provincial', 'county', 'state', 'federal', 'city', 'municipal', 'public', 'project', 'programme', 'program', 'police', 'army', 'navy', 'military'])

/** Returns the capitalised name set off by commas after a body's noun: "the charity that runs the hotline, Harbour Watch, said". */
function apposedName(tokens: Token[], head: number): Token[] | null {
  let k = head + 1
  while (k < tokens.length && k - head < 12 && tokens[k]!.text !== ',' && !tokens[k]!.punct) k++
  if (tokens[k]?.text !== ',') return null
  const name: Token[] = []
  let j = k + 1
  while (j < tokens.length && tokens[j]!.cap && !tokens[j]!.punct && !STOP_CAPS.has(tokens[j]!.bare)) name.push(tokens[j++]!)
  if (!name.length || name.length > 6 || !(tokens[j]?.text === ',' || tokens[j]?.text === '.' || !tokens[j])) return null
  return name
}

/** Returns the role an apposition gives a name: "Threlfall’s barrister, Simon Orrell" or "Maria Santos, the director of …,". */
function appositionRole(text: string, tokens: Token[], run: NameRun, title: string | null): string | null {
  if (tokens[run.to + 1]?.text === ',') {
    const seg: Token[] = []
    for (let k = run.to + 2; k < tokens.length && !tokens[k]!.punct; k++) seg.push(tokens[k]!)
    const first = seg[0]
    const cut = seg.findIndex((t, k) => k > 0 && /^(?:who|which|that|whose)$/.test(t.bare))
    const kept = cut > 0 ? seg.slice(0, cut) : seg
    if (first && !/^\d/.test(first.text) && !/^(?:who|which|whose|whom|said|says|told|added)$/.test(first.bare) && !kept.some((t) => !t.cap && (FINITE_VERBS.has(t.bare) || SAY_VERBS.has(t.bare))) && kept.some((t) => !t.cap && isRoleNoun(t))) {
      const role = text.slice(kept[0]!.start, kept[kept.length - 1]!.end)
      // "Special Agent in Charge X, of the FBI’s field office": the title and the body it belongs to
      if (/^(?:of|at|with|from|for)$/.test(first.bare)) return title ? `${title} ${role}` : role.replace(/^of\s+/, '')
      return role
    }
  }
  const role = tokens[run.from - 2]
  if (tokens[run.from - 1]?.text === ',' && role && !role.cap && isRoleNoun(role)) {
    let k = run.from - 2
    while (k > 0 && !tokens[k - 1]!.punct && (tokens[k - 1]!.possessive || (!tokens[k - 1]!.cap && !DETERMINERS.has(tokens[k - 1]!.bare) && !PREPOSITIONS.has(tokens[k - 1]!.bare) && !looksLikeVerb(tokens[k - 1]!)))) k--
    return text.slice(tokens[k]!.start, role.end)
  }
  return null
}

/** The full names an article writes, each once, indexed by their words. */
export interface Registry {
  entries: RegistryEntry[]
  byWord: Map<string, RegistryEntry[]>
}

/** Returns the full names of people written anywhere outside related-story blocks and footers, in text order. */
export function buildRegistry(article: Article): Registry {
  const entries: RegistryEntry[] = []
  const byName = new Map<string, RegistryEntry>()
  // a body paragraph's tokens are its sentences' tokens, which the mention pass reads too
  const bodyTokens = new Map<number, Token[]>()
  const bySentence = sentenceTokens(article)
  for (const [k, s] of article.sentences.entries()) {
    const list = bodyTokens.get(s.paragraph) ?? []
    if (!list.length) bodyTokens.set(s.paragraph, list)
    for (const t of bySentence[k]!) list.push(t)
  }
  for (const p of article.paragraphs) {
    if (p.boilerplate !== null && p.boilerplate !== 'caption' && p.boilerplate !== 'headline' && p.boilerplate !== 'pull-quote') continue
    const tokens = p.boilerplate === null ? (bodyTokens.get(p.index) ?? []) : tokenize(article.text, p.start, p.end)
    for (const run of nameRuns(tokens)) {
      if (run.tokens.length < 2 || partOfOrg(tokens, run)) continue
      if (run.tokens.every((t) => /^(?:\p{Lu}\.)+$/u.test(t.text))) continue
      const title = titleBefore(tokens, run)
      const gender = (title ? genderOfTitle(title.text) : null) ?? apposedGender(tokens, run)
      const evidence = personEvidence(tokens, run)
      const seen = byName.get(run.name)
      if (seen) {
        seen.evidence ||= evidence
        seen.gender ??= gender
        seen.role ??= title?.text ?? null
        continue
      }
      const e: RegistryEntry = { name: run.name, words: wordsOf(run.name), role: title?.text ?? null, gender, start: run.start, evidence }
      byName.set(run.name, e)
      entries.push(e)
    }
  }
  const byWord = new Map<string, RegistryEntry[]>()
  for (const e of entries) for (const w of new Set(e.words)) byWord.set(w, [...(byWord.get(w) ?? []), e])
  return { entries, byWord }
}

/** Returns the registered full name a name or part of a name stands for ("Chanthy Vann" → "Sok Chanthy Vann"), or null. */
export function lookupName(registry: Registry, name: string, pos: number): RegistryEntry | null {
  const w = wordsOf(name)
  if (!w.length) return null
  const hits = (registry.byWord.get(w[0]!) ?? []).filter((e) => {
    for (let i = 0; i + w.length <= e.words.length; i++) if (w.every((x, k) => e.words[i + k] === x)) return true
    return false
  })
  if (!hits.length) return null
  // the longest full name; among equals, the one written last before this mention
  const people = hits.some((h) => h.evidence) ? hits.filter((h) => h.evidence) : hits
  const longest = people.reduce((m, h) => Math.max(m, h.words.length), 0)
  const best = people.filter((h) => h.words.length === longest)
  const before = best.filter((h) => h.start <= pos)
  return before.length ? before[before.length - 1]! : best[0]!
}

function isSubjectPronoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  if (t.bare !== 'it') return true
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (next && !next.cap && SAY_VERBS.has(next.bare)) return true
  // "it is unclear", "it was not", "make it": an expletive or an object, not a body that speaks
  if (next && /^(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|remained|takes|took|would|will|may|might|could|should|can|has|had|does|did|became|becomes|means|meant)$/.test(next.bare) && !SAY_VERBS.has(tokens[i + 2]?.bare ?? '')) return false
  if (!prev) return true
  return prev.punct || /^(?:that|and|but|because|as|which|while|although|though|where|when|so|said|says|added|noted|stated)$/.test(prev.bare)
}

function mainClauseStart(tokens: Token[]): number {
  // skip leading adverbial segments: "In an interview, however, …", "For the skipper’s wife, …"
  let i = 0
  for (;;) {
    const comma = tokens.findIndex((t, k) => k >= i && t.text === ',')
    if (comma < 0) return i
    const first = tokens[i]
    if (!first) return i
    const adverbial = /^(?:in|on|at|after|before|during|while|when|since|despite|although|though|because|as|if|for|from|with|without|under|over|by|speaking|asked|responding|referring|yet|however|meanwhile|last|this|earlier|later|next|according|following|amid|unlike|like|once|today|yesterday|separately|but|and|so|still|now|then|instead|indeed|also|again|here|there|typically|meanwhile|overall|instead)$/.test(first.bare) || (/ing$/.test(first.bare) && first.cap) || /^\d/.test(first.text)
    if (!adverbial) return i
    i = comma + 1
  }
}

/** Returns the tokens of each of the article's sentences, tokenized once per article (mentions and pronouns share them). */
const sentenceTokens = memoByObject((article: Article): Token[][] => article.sentences.map((s) => tokenize(article.text, s.start, s.end)))

/** Returns the mentions of the article's body sentences, outside the masked stretches (quotes), in text order. */
export function findMentions(article: Article, masks: Stretches, registry: Registry): Mention[] {
  const { text } = article
  const out: Mention[] = []
  const aliases = new Map<string, string>()
  const bySentence = sentenceTokens(article)
  for (const [k, s] of article.sentences.entries()) {
    const raw = bySentence[k]!
    // why: most sentences hold no quote; they are read as tokenized, without a copy
    const tokens: Token[] = masks.overlaps(s.start, s.end) ? [] : raw
    if (tokens !== raw) for (const t of raw) {
      if (masks.covers(t.start)) {
        const last = tokens[tokens.length - 1]
        if (!last || last.text !== '|') tokens.push(separatorAt(t.start))
        continue
      }
      tokens.push(t)
    }
    const found: Mention[] = []
    const add = (cue: SpeakerCue, from: number, to: number, extra: Partial<Mention> = {}): void => {
      const possessive = tokens[to]!.possessive
      found.push({ start: cue.start, end: cue.end, sentence: s.index, paragraph: s.paragraph, cue, subject: false, possessive, prepositional: afterPreposition(tokens, from), source: afterAccordingTo(tokens, from), ...extra })
    }
    const scan: SentenceScan = { text, s, tokens, found, taken: new Set<number>(), aliases, registry, add }
    namedPeople(scan)
    namedBodies(scan)
    unnamedMentions(scan)
    subjectPronouns(scan)
    settleSentence(scan)
    for (const m of found) out.push(m)
  }
  return out
}

/** One sentence being read for mentions: its tokens (quotes masked), what is found so far, the tokens taken. */
interface SentenceScan {
  text: string
  s: Sentence
  tokens: Token[]
  found: Mention[]
  taken: Set<number>
  /** acronyms the article has defined: "NCAT" → "National Commission Against Trafficking (NCAT)" */
  aliases: Map<string, string>
  registry: Registry
  add: (cue: SpeakerCue, from: number, to: number, extra?: Partial<Mention>) => void
}

/** Adds the names of people: a run of name words with a title before it, an apposition after it, or a verb after it. */
function namedPeople(scan: SentenceScan): void {
  const { text, tokens, taken, registry, add } = scan
  for (const run of nameRuns(tokens)) {
    if (partOfOrg(tokens, run)) continue
    const title = titleBefore(tokens, run)
    const multi = run.tokens.length > 1 || /^(?:\p{Lu}\.)+$/u.test(run.tokens[0]!.text)
    const titled = title !== null && run.from > 0 && (isTitleWord(tokens[run.from - 1]!) || genderOfTitle(title.text) !== null)
    const next = tokens[run.to + 1]
    const reg = lookupName(registry, run.name, run.start)
    const known = reg !== null && reg.evidence
    const aged = next?.text === ',' && /^\d{1,3}$/.test(tokens[run.to + 2]?.text ?? '')
    // "Her husband, Jorge, said…": a lone name in apposition to a person noun; "identified only as Bikash"
    const apposed = (tokens[run.from - 1]?.text === ',' && !!tokens[run.from - 2] && isHeadNoun(tokens[run.from - 2]!) === 'person' && (next?.text === ',' || next?.punct === true || !next)) ||
      (tokens[run.from - 1]?.bare === 'as' && /^(?:identified|known|named|only|name)$/.test(tokens[run.from - 2]?.bare ?? ''))
    if (!multi && !titled) {
      const speaks = next && !next.cap && SAY_VERBS.has(next.bare)
      if (!known && !aged && !speaks && !apposed && !afterAccordingTo(tokens, run.from)) continue
      if (STOP_CAPS.has(run.tokens[0]!.bare)) continue
    } else if (!known && !personEvidence(tokens, run)) continue
    const gender = (title ? genderOfTitle(title.text) : null) ?? apposedGender(tokens, run)
    const kind = multi || titled || known || aged || apposed ? 'person' : 'name'
    const cue: SpeakerCue = { kind, text: run.name, start: run.start, end: run.end, role: appositionRole(text, tokens, run, title?.text ?? null) ?? title?.text ?? null, gender, plural: false, definite: false, head: null, titled }
    add(cue, run.from, run.to)
    for (let k = run.from; k <= run.to; k++) taken.add(k)
  }
}

/** Adds organisations by name: "Department of Labor and Employment", "National Commission Against Trafficking (NCAT)". */
function namedBodies(scan: SentenceScan): void {
  const { text, s, tokens, taken, aliases, add } = scan
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (taken.has(i) || t.punct || !t.cap || (STOP_CAPS.has(t.bare) && t.bare !== 'the')) continue
    let j = i
    while (j + 1 < tokens.length && !taken.has(j + 1)) {
      const n = tokens[j + 1]!
      if (tokens[j]!.possessive) break
      // "Australian Federal Police Assistant Commissioner …": the body's name ends where a title starts
      if (n.cap && isTitleWord(n) && tokens.slice(i, j + 1).some((w) => BODY_NOUNS.has(w.bare))) break
      if (n.cap && !n.punct && !STOP_CAPS.has(n.bare)) j++
      else if (!n.cap && ORG_CONNECTORS.has(n.bare) && tokens[j + 2]?.cap && !taken.has(j + 2) && !STOP_CAPS.has(tokens[j + 2]!.bare)) j += 2
      else if (!n.cap && n.bare === 'the' && j + 2 < tokens.length && ORG_CONNECTORS.has(tokens[j]!.bare)) j++
      else break
    }
    let from = i
    if (tokens[from]!.bare === 'the') from++
    const words = tokens.slice(from, j + 1)
    const headAt = words.findIndex((w) => w.cap && (BODY_NOUNS.has(w.bare) || BODY_NOUNS.has(w.bare.replace(/s$/, ''))))
    if (words.length < 2 || headAt < 0) continue
    let shown = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/['’]s$/, '')
    // "(NCAT)" after the name: the acronym names the same body from now on
    const acr = tokens[j + 1]?.text === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(tokens[j + 2]?.text ?? '') && tokens[j + 3]?.text === ')' ? tokens[j + 2]!.text : null
    if (acr) {
      shown = `${shown} (${acr})`
      aliases.set(acr, shown)
      taken.add(j + 2)
    }
    // a name or a title right after it: the body only modifies them ("NCAT vice-chair", "Federal Police Commissioner X")
    const follow = tokens[j + 1]
    const modifier = !!follow && !follow.punct && (taken.has(j + 1) || isTitleWord(follow) || (!follow.cap && PERSON_NOUNS.has(follow.bare)))
    add({ kind: 'body', text: shown, start: words[0]!.start, end: words[words.length - 1]!.end, role: null, gender: null, plural: false, definite: false, head: words[headAt]!.bare.replace(/s$/, ''), titled: false }, from, j, modifier ? { possessive: true } : {})
    for (let k = i; k <= j; k++) taken.add(k)
    i = j
  }
}

/** Adds unnamed people and bodies: "a police officer", "the agency", "Police", "the NCAT". */
function unnamedMentions(scan: SentenceScan): void {
  const { text, s, tokens, found, taken, aliases, add } = scan
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.punct || taken.has(i)) continue
    // why: t.cap first, so the regexes run only on capitalised words (an acronym starts with a capital)
    const acronym = t.cap && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(t.text.replace(/['’]s$/, '')) && t.text.length >= 2 && !/^(?:\p{Lu}\.)+$/u.test(t.text)
    const headish = isHeadNoun(t) !== null
    if (!headish && !acronym) continue
    if (acronym && !headish) {
      if (STOP_CAPS.has(t.bare)) continue
      // "Simon Orrell KC", "Jane Doe MP": letters after a name are honours, not a body
      if (i > 0 && taken.has(i - 1) && found.some((f) => f.cue.kind === 'person' && f.end === tokens[i - 1]!.end)) continue
      const nextT = tokens[i + 1]
      // "NCAT vice-chair Nhek Sokunthea": an acronym before a role or a name modifies it
      if (nextT && !nextT.punct && (isNameWord(nextT) || (!nextT.cap && !SAY_VERBS.has(nextT.bare) && isRoleNoun(nextT)))) continue
      const bare = t.text.replace(/['’]s$/, '')
      add({ kind: 'body', text: aliases.get(bare) ?? bare, start: t.start, end: t.start + bare.length, role: null, gender: null, plural: false, definite: false, head: null, titled: false }, i, i)
      taken.add(i)
      continue
    }
    // "Minister", "Father", "Director": a capitalised person noun is a title before a name
    if (t.cap && PERSON_NOUNS.has(t.bare) && !PERSON_PLURALS.has(t.bare)) continue
    const nextT = tokens[i + 1]
    if (nextT && !nextT.punct && !nextT.possessive && !nextT.cap && isHeadNoun(nextT) !== null) continue
    if (t.cap && i > 0 && !tokens[i - 1]!.punct && tokens[i - 1]!.cap) {
      // the end of a capitalised name: "Home Office", "Crown Prosecution Service"
      let k = i
      while (k > 0 && !tokens[k - 1]!.punct && (tokens[k - 1]!.cap || (['of', 'for', 'and', 'on', 'the'].includes(tokens[k - 1]!.bare) && k - 2 >= 0 && tokens[k - 2]!.cap)) && !STOP_CAPS.has(tokens[k - 1]!.bare)) k--
      if (k < i && !tokens[k]!.cap) k++
      const words = tokens.slice(k, i + 1)
      if (words.some((w, j) => taken.has(k + j))) continue
      const shown = text.slice(words[0]!.start, t.end).replace(/['’]s$/, '')
      add({ kind: 'body', text: shown, start: words[0]!.start, end: words[0]!.start + shown.length, role: null, gender: null, plural: false, definite: false, head: t.bare, titled: false }, k, i)
      for (let j = k; j <= i; j++) taken.add(j)
      continue
    }
    // walk left to a determiner through modifiers
    let k = i
    let det = -1
    while (k > 0 && i - k < 5) {
      const prev = tokens[k - 1]!
      if (prev.punct) break
      if (DETERMINERS.has(prev.bare)) {
        det = k - 1
        break
      }
      // "the EU’s police agency": a possessive opens the phrase like a determiner
      if (prev.possessive) {
        det = k - 1
        break
      }
      // capitalised words before the noun ("Interior Ministry officials", "the UN refugee agency"), never across a verb
      if (prev.cap && !STOP_CAPS.has(prev.bare) && tokens.slice(k, i).every((x) => x.cap || !/(?<![su])s$/.test(x.bare))) {
        k--
        continue
      }
      // "-ed" and "-ing" words only right before the noun ("the rescued women"), else they are verbs ("the NCAT used data")
      if (!prev.cap && /^[\p{Ll}\d][\p{L}\d'’-]*$/u.test(prev.text) && !PREPOSITIONS.has(prev.bare) && !SAY_VERBS.has(prev.bare) && !(/(?:ed|ing)$/.test(prev.bare) && k !== i) && !/^(?:and|or|but|that|which|who|is|are|was|were|has|have|had|said|says|told|to|not|be|been|will|would|than|as)$/.test(prev.bare)) {
        k--
        continue
      }
      break
    }
    let from = det >= 0 ? det : k
    // "One of the rescued women"
    if (det >= 0 && tokens[det]!.bare === 'the' && tokens[det - 1]?.bare === 'of' && /^(?:one|another)$/.test(tokens[det - 2]?.bare ?? '')) from = det - 2
    const plural = isHeadNoun(t) === 'plural' || (BODY_NOUNS.has(t.bare) && /s$/.test(t.bare))
    // without a determiner only the plurals that speak as a group: "Officials said", "Police said"
    if (det < 0 && !PERSON_PLURALS.has(t.bare) && !(BODY_NOUNS.has(t.bare) && plural) && !(t.cap && i === 0)) continue
    const np = tokens.slice(from, i + 1)
    const cue = unnamedIn(text, np)
    if (!cue) continue
    // "her colleague Peter Asante", "Her husband, Jorge,": the noun is the role of the name after it
    if (cue.kind === 'anon' && (taken.has(i + 1) || (tokens[i + 1]?.text === ',' && taken.has(i + 2) && found.some((f) => f.start === tokens[i + 2]!.start && f.cue.kind === 'person')))) continue
    // "The charity that took the call, Safe Harbour Network, said": the body's own name stands in apposition
    if (cue.kind === 'body' && cue.definite) {
      if (found.some((f) => f.cue.kind === 'body' && f.start > t.end && f.start - t.end < 60 && /^[^.;]*,\s*$/.test(text.slice(t.end, f.start)) && !/\b(?:and|or)\b/.test(text.slice(t.end, f.start)))) continue
      const named = apposedName(tokens, i)
      if (named) {
        const shown = text.slice(named[0]!.start, named[named.length - 1]!.end)
        add({ ...cue, text: shown, start: named[0]!.start, end: named[named.length - 1]!.end, definite: false }, from, i)
        for (let k = tokens.indexOf(named[0]!); k <= tokens.indexOf(named[named.length - 1]!); k++) taken.add(k)
        continue
      }
    }
    // "the UN refugee agency UNHCR": the body's own name follows its noun
    const own = tokens[i + 1]
    if (cue.kind === 'body' && own && own.cap && !own.punct && (isNameWord(own) || /^\p{Lu}[\p{Lu}-]+$/u.test(own.text)) && !tokens[i + 2]?.cap) {
      add({ ...cue, text: own.text.replace(/['’]s$/, ''), end: own.end }, from, i + 1)
      taken.add(i + 1)
      continue
    }
    add(cue, from, i)
  }
}

/** Adds the pronouns that stand as subjects. */
function subjectPronouns(scan: SentenceScan): void {
  const { text, tokens, add } = scan
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!/^(?:he|she|they|it)$/.test(t.bare) || !isSubjectPronoun(tokens, i)) continue
    const gender: Gender | null = t.bare === 'he' ? 'male' : t.bare === 'she' ? 'female' : null
    add({ kind: 'pronoun', text: t.bare, start: t.start, end: t.end, role: null, gender, plural: t.bare === 'they', definite: false, head: null, titled: false }, i, i)
  }
}

/** Orders the sentence's mentions, folds "identified only as X" into its person, and marks the subject and the sources. */
function settleSentence(scan: SentenceScan): void {
  const { text, s, tokens, found } = scan
  found.sort((a, b) => a.start - b.start)
  // "One Nepali steel fixer, who asked to be identified only as Bikash, said": the unnamed person is Bikash
  for (const m of [...found]) {
    if (m.cue.kind !== 'person' || text.slice(Math.max(s.start, m.start - 40), m.start).search(/\b(?:identified|known|named|name)\s+(?:only\s+)?as\s+$/) < 0) continue
    const anon = [...found].reverse().find((a) => a.cue.kind === 'anon' && a.end <= m.start && m.start - a.end < 120)
    if (!anon) continue
    anon.cue = { ...m.cue, role: anon.cue.text, gender: m.cue.gender ?? anon.cue.gender }
    found.splice(found.indexOf(m), 1)
  }
  // the subject: the first mention of the main clause that does not modify a noun or follow a preposition
  const main = mainClauseStart(tokens)
  const mainPos = tokens[main]?.start ?? s.end
  const subject = found.find((m) => m.start >= mainPos && !m.possessive && !m.prepositional)
  if (subject) subject.subject = true
  for (const m of found) {
    const after = tokens.find((t) => t.start >= m.end && !t.punct)
    if (after && !after.cap && SAY_VERBS.has(after.bare)) m.source = true
  }
}

const PRONOUN_SEX = new Map<string, Gender>([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, 'male'] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, 'female'] as const),
])

/** Returns, per sentence, the sexes its pronouns outside quotes point at ("her colleague" → female). */
export function pronounSexesBySentence(article: Article, masks: Stretches): Map<number, Set<Gender>> {
  const out = new Map<number, Set<Gender>>()
  const bySentence = sentenceTokens(article)
  for (const [k, s] of article.sentences.entries()) {
    const masked = masks.overlaps(s.start, s.end)
    for (const t of bySentence[k]!) {
      if (masked && masks.covers(t.start)) continue
      const g = PRONOUN_SEX.get(t.bare) ?? null
      if (!g) continue
      if (!out.has(s.index)) out.set(s.index, new Set())
      out.get(s.index)!.add(g)
    }
  }
  return out
}
