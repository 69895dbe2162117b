import type { Article, Gender, QuoteCandidate, Refiner, SpeakerCue, SpeakerKind } from '../types.js'
import { findQuotes } from '../extract/quotes.js'
import { firstNameGender } from '../nlp/gender.js'
import { buildRegistry, findMentions, lookupName, pronounSexesBySentence, type Mention, type Registry } from '../nlp/mentions.js'
import { lastAtOrBefore, Stretches } from '../nlp/search.js'

/** Someone or something the article refers to, under the name a reader would give it. */
interface Entity {
  kind: Exclude<SpeakerKind, 'pronoun'>
  name: string
  role: string | null
  gender: Gender | null
  plural: boolean
  head: string | null
}

/** The entities of one sentence a pronoun can refer to, its subject first. */
interface Candidates {
  sentence: number
  list: Entity[]
  subject: Entity | null
}

/** How far back (in sentences) a pronoun or a quote without attribution looks for its speaker. */
const WINDOW = 6

class Discourse {
  private readonly byMention = new Map<Mention, Entity>()
  private readonly byStart = new Map<number, Mention>()
  private readonly bySentence = new Map<number, Mention[]>()
  private readonly byName = new Map<string, Entity>()
  /** entities by each word of their name and their head noun, in the order they were created */
  private readonly byWord = new Map<string, Entity[]>()

  constructor(
    private readonly registry: Registry,
    readonly mentions: Mention[],
    private readonly pronounSexes: Map<number, Set<Gender>>,
  ) {
    for (const m of mentions) {
      if (!this.byStart.has(m.start)) this.byStart.set(m.start, m)
      const list = this.bySentence.get(m.sentence)
      if (list) list.push(m)
      else this.bySentence.set(m.sentence, [m])
    }
  }

  entityOf(m: Mention): Entity | null {
    return this.byMention.get(m) ?? null
  }

  mentionAt(pos: number): Mention | null {
    return this.byStart.get(pos) ?? null
  }

  private key(kind: Entity['kind'], name: string): string {
    return `${kind === 'name' ? 'person' : kind}:${name.toLowerCase()}`
  }

  private index(e: Entity): void {
    for (const w of new Set([...e.name.toLowerCase().split(/\s+/), ...(e.head ? [e.head] : [])])) {
      const list = this.byWord.get(w)
      if (list) list.push(e)
      else this.byWord.set(w, [e])
    }
  }

  private create(kind: Entity['kind'], name: string, cue: SpeakerCue): Entity {
    const e: Entity = { kind, name, role: cue.role, gender: cue.gender, plural: cue.plural, head: cue.head }
    if (kind !== 'anon') this.byName.set(this.key(kind, name), e)
    this.index(e)
    return e
  }

  /** Renames an entity ("farm worker" → "farm worker R.T.") and keeps the indexes right. */
  rename(e: Entity, name: string): void {
    e.name = name
    this.index(e)
  }

  /** Returns the entity a non-pronoun cue names, creating it when it is new. */
  named(cue: SpeakerCue, pos: number): Entity {
    if (cue.kind === 'person' || cue.kind === 'name') {
      const reg = lookupName(this.registry, cue.text, pos)
      const name = reg?.name ?? cue.text
      let e = this.byName.get(this.key('person', name))
      if (!e) {
        e = this.create(reg || cue.kind === 'person' ? 'person' : 'name', name, cue)
        e.role ??= reg?.role ?? null
        e.gender ??= reg?.gender ?? null
      } else if (reg || cue.kind === 'person') e.kind = 'person'
      e.role = betterRole(e.role, cue.role)
      if (cue.gender && !e.gender) e.gender = cue.gender
      return e
    }
    if (cue.definite && cue.head) {
      // "the official" → the unnamed official named before; "the department" → "Department of Labor and Employment"
      const list = this.byWord.get(cue.head) ?? []
      let hit: Entity | undefined
      for (let i = list.length - 1; i >= 0 && !hit; i--) if (list[i]!.kind === cue.kind) hit = list[i]
      if (!hit && cue.kind === 'body') for (let i = list.length - 1; i >= 0 && !hit; i--) if (list[i]!.kind === 'name' && list[i]!.head === cue.head) hit = list[i]
      if (hit) {
        return hit
      }
    }
    if (cue.kind === 'body') {
      const e = this.byName.get(this.key('body', cue.text))
      if (e) {
        return e
      }
    }
    return this.create(cue.kind === 'pronoun' ? 'anon' : cue.kind, cue.text, cue)
  }

  /** Returns the mentions before pos, by sentence from the most recent back through the window. */
  private recentGroups(pos: number, sentence: number, skipSentence: number | null): [number, Mention[]][] {
    const out: [number, Mention[]][] = []
    for (let s = sentence; s >= 0 && s >= sentence - WINDOW; s--) {
      if (s === skipSentence) continue
      const ms = (this.bySentence.get(s) ?? []).filter((m) => m.start < pos)
      if (ms.length) out.push([s, ms])
    }
    return out
  }

  private compatible(e: Entity, pronoun: string): boolean {
    if (pronoun === 'it') return (e.kind === 'body' || e.kind === 'name') && !e.plural
    if (pronoun === 'they') return e.plural || e.kind === 'body'
    if (e.plural || e.kind === 'body') return false
    const want: Gender = pronoun === 'he' ? 'male' : 'female'
    return e.gender === null || e.gender === want
  }

  /** Returns the entities a pronoun at pos can refer to, by sentence, most recent sentence first; each sentence's subject first. */
  private candidates(pos: number, sentence: number, pronoun: string): Candidates[] {
    // a pronoun that is its sentence's subject ("In a statement it said") refers outside that sentence
    const self = this.byStart.get(pos)
    const out: Candidates[] = []
    for (const [s, ms] of this.recentGroups(pos, sentence, self?.subject ? self.sentence : null)) {
      const rank = (m: Mention): number => (m.subject || m.source ? 0 : m.possessive ? 3 : m.prepositional ? 2 : 1)
      const ordered = [...ms].sort((a, b) => rank(a) - rank(b) || a.start - b.start)
      const list: Entity[] = []
      let subject: Entity | null = null
      for (const m of ordered) {
        const e = this.byMention.get(m)
        if (!e || list.includes(e) || !this.compatible(e, pronoun)) continue
        if (list.length === 0 && (m.subject || m.source)) subject = e
        list.push(e)
      }
      if (list.length) out.push({ sentence: s, list, subject })
    }
    return out
  }

  /** Returns what a pronoun at pos refers to, learning the sex of a person it settles on. */
  resolvePronoun(pronoun: string, pos: number, sentence: number, careful = true): Entity | null {
    const want: Gender | null = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null
    for (let attempt = 0; attempt < 4; attempt++) {
      const groups = this.candidates(pos, sentence, pronoun)
      const first = groups[0]
      if (!first) return null
      const pick = first.list[0]!
      if (want && pick.gender === null && pick.kind === 'person') {
        const persons = (g: Candidates | undefined): Entity[] => (g ? g.list.filter((e) => e !== pick && e.kind === 'person') : [])
        // a reader hesitates only when two people share the sentence, when the pick is no subject, or when "her"/"his"
        // in the pick's sentence points at someone else of that sex ("Her colleague Peter …"): then ask the first-name lexicon
        const doubt = persons(first).length > 0 || ((first.subject !== pick || this.pronounSexes.get(first.sentence)?.has(want)) && persons(groups[1]).length > 0)
        if (doubt && !careful) break
        if (doubt) {
          const g = firstNameGender(pick.name.split(/\s+/)[0]!)
          if (g) {
            pick.gender = g
            if (g !== want) continue
          }
        } else pick.gender = want
      }
      return pick
    }
    // a narrative pronoun in doubt: the first candidate, without learning its sex
    return careful ? null : (this.candidates(pos, sentence, pronoun)[0]?.list[0] ?? null)
  }

  /** Resolves every mention in text order: names to full names, "the official" to the official, pronouns to their referents. */
  resolveAll(): void {
    for (const m of this.mentions) {
      if (m.cue.kind === 'pronoun') {
        // why: narrative pronouns never load the first-name lexicon; only a quote's speaker is worth it
        const e = this.resolvePronoun(m.cue.text, m.start, m.sentence, false)
        if (e) this.byMention.set(m, e)
      } else this.byMention.set(m, this.named(m.cue, m.start))
    }
  }

  /** Returns the subject most recently written before pos: who a quote with no attribution continues. */
  recentSubject(pos: number, sentence: number): Entity | null {
    for (const [, ms] of this.recentGroups(pos, sentence, null)) {
      const subject = ms.find((m) => m.subject || m.source) ?? ms.find((m) => !m.possessive && !m.prepositional)
      const e = subject ? this.byMention.get(subject) : undefined
      if (e) return e
    }
    return null
  }
}

function sentenceIndexAt(article: Article, pos: number): number {
  const i = lastAtOrBefore(article.sentences, pos, (s) => s.start)
  return i < 0 ? 0 : article.sentences[i]!.index
}

// e.g. "Ms", "Senator", "Dr": an honorific says less than "Greens senator" or "the executive director of …"
const HONORIFIC_ONLY = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|father|fr|sister|brother|senator|sen|rep|mp|rev|the)\.?$/i

/** Returns the more telling of two roles: a title or apposition over a bare honorific, the longer over the shorter. */
function betterRole(a: string | null, b: string | null): string | null {
  if (!a) return b
  if (!b) return a
  if (HONORIFIC_ONLY.test(a) && !HONORIFIC_ONLY.test(b)) return b
  if (HONORIFIC_ONLY.test(b)) return a
  if (!/\s/.test(a) && /\s/.test(b)) return b
  return a
}

/** Resolves the speaker of every quote: full names for short ones, pronouns and "the report" to what they refer to, quotes without attribution to the speaker they continue; drops quotes nobody said. */
export function resolveQuoteSpeakers(article: Article, quotes: QuoteCandidate[]): QuoteCandidate[] {
  if (!quotes.length) return quotes
  const masks = new Stretches(findQuotes(article).map((q) => [q.open, (q.close ?? q.spans[q.spans.length - 1]!.end) + 1] as const))
  const registry = buildRegistry(article)
  const mentions = findMentions(article, masks, registry)
  const d = new Discourse(registry, mentions, pronounSexesBySentence(article, masks))
  d.resolveAll()
  const bodyPos = new Map(article.paragraphs.filter((p) => p.boilerplate === null).map((p, i) => [p.index, i]))
  const sorted = [...quotes].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)
  const lastParaOf = (q: QuoteCandidate): number => {
    const i = lastAtOrBefore(article.paragraphs, q.spans[q.spans.length - 1]!.start, (p) => p.start)
    return i < 0 ? q.paragraph : article.paragraphs[i]!.index
  }
  // mentions that begin a sentence's main clause, in text order, for "did someone else speak up in between?"
  const subjects = mentions.filter((m) => m.subject)
  const mentionAround = (pos: number): Mention | null => {
    const exact = d.mentionAt(pos)
    if (exact) return exact
    const i = lastAtOrBefore(mentions, pos, (m) => m.start)
    const m = i >= 0 ? mentions[i]! : null
    return m && pos < m.end ? m : null
  }
  const found = new Map<QuoteCandidate, { e: Entity; rule: string }>()
  // 1. quotes whose own sentence names a speaker
  for (const q of sorted) {
    const cue = q.cue ?? null
    if (!cue) continue
    const m = mentionAround(cue.start)
    const me = m ? d.entityOf(m) : null
    let e: Entity | null
    let rule = q.rule
    if (cue.kind === 'pronoun') {
      e = d.resolvePronoun(cue.text, cue.start, sentenceIndexAt(article, cue.start)) ?? me
      rule = `${rule}+pronoun`
    } else if (me && (me.kind === cue.kind || cue.kind === 'name' || me.kind === 'person')) {
      e = me
      // "farm worker R.T." says more than the "farm worker" the narrative scan saw
      if (cue.kind === me.kind && cue.kind !== 'person' && cue.text.length > me.name.length && cue.text.toLowerCase().includes(me.name.toLowerCase())) d.rename(me, cue.text)
      me.role = betterRole(me.role, cue.role)
    } else e = d.named(cue, cue.start)
    if (e) found.set(q, { e, rule })
  }
  // 2. quotes with no attribution continue a speaker: the quote before in the paragraph, the attributed quote right
  // after it, the quote of the paragraph before, or else the subject most recently written
  let prevQ: QuoteCandidate | null = null
  for (let i = 0; i < sorted.length; i++) {
    const q = sorted[i]!
    if (!q.cue) {
      const start = q.spans[0]!.start
      const prev = prevQ ? { q: prevQ, ...found.get(prevQ)!, end: Math.max(prevQ.evidence.end, prevQ.spans[prevQ.spans.length - 1]!.end) } : null
      let takeover = false
      if (prev) {
        // a subject between the two quotes that is someone else takes over ("Labour minister X disagreed")
        const from = lastAtOrBefore(subjects, prev.end, (m) => m.start) + 1
        // why: bounded, so a long run of narrative cannot make this quadratic; that far back nobody continues anyway
        if (from + 50 < subjects.length && subjects[from + 50]!.start < start) takeover = true
        for (let k = from; !takeover && k < subjects.length && subjects[k]!.start < start; k++) {
          const x = d.entityOf(subjects[k]!)
          if (x && x !== prev.e) {
            takeover = true
            break
          }
        }
      }
      const nextQ = sorted[i + 1]
      const nextAdjacent = nextQ !== undefined && found.has(nextQ) && nextQ.paragraph === lastParaOf(q) && !/[\p{L}\p{N}]/u.test(article.text.slice(q.spans[q.spans.length - 1]!.end, nextQ.spans[0]!.start))
      const prevPara = prev ? lastParaOf(prev.q) : -1
      const adjacentPara = prev !== null && (bodyPos.get(prevPara) ?? -9) === (bodyPos.get(q.paragraph) ?? -9) - 1
      if (prev && prevPara === q.paragraph && !takeover) found.set(q, { e: prev.e, rule: 'quote.continued' })
      else if (nextAdjacent) found.set(q, { e: found.get(nextQ)!.e, rule: 'quote.continued' })
      else if (prev && adjacentPara && !takeover) found.set(q, { e: prev.e, rule: 'quote.continued' })
      else {
        const e = d.recentSubject(start, sentenceIndexAt(article, start))
        if (e) found.set(q, { e, rule: 'quote.recent-subject' })
      }
    }
    if (found.has(q)) prevQ = q
  }
  const out: QuoteCandidate[] = []
  for (const q of sorted) {
    const hit = found.get(q)
    if (!hit) continue
    out.push({ ...q, speaker: hit.e.name, speakerRole: betterRole(q.cue?.role ?? null, hit.e.role), rule: hit.rule })
  }
  return out
}

/** The speakers refiner: resolves who said each quote and drops quotes with no one to attribute them to. */
export const resolveSpeakers: Refiner = {
  id: 'speakers',
  refine(draft) {
    draft.quotes = resolveQuoteSpeakers(draft.article, draft.quotes)
  },
}
