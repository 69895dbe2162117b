import type { Article, Gender, QuoteCandidate, Refiner, SpeakerCue, SpeakerKind } from '../types.js'
import { findQuotes } from '../extract/quotes.js'
import { firstNameGender } from '../nlp/gender.js'
import { buildRegistry, findMentions, lookupName, type Mention, type RegistryEntry } from '../nlp/mentions.js'

/** Someone or something the article refers to, under the name a reader would give it. */
interface Entity {
  id: number
  kind: Exclude<SpeakerKind, 'pronoun'>
  name: string
  role: string | null
  gender: Gender | null
  plural: boolean
  head: string | null
  /** where it was last referred to */
  last: number
}

/** How far back (in sentences) a pronoun or a quote without attribution looks for its speaker. */
const WINDOW = 6

class Discourse {
  private entities: Entity[] = []
  private byMention = new Map<Mention, Entity>()
  private nextId = 0

  constructor(
    private readonly registry: RegistryEntry[],
    readonly mentions: Mention[],
  ) {}

  entityOf(m: Mention): Entity | null {
    return this.byMention.get(m) ?? null
  }

  private create(kind: Entity['kind'], name: string, cue: SpeakerCue, pos: number): Entity {
    const e: Entity = { id: this.nextId++, kind, name, role: cue.role, gender: cue.gender, plural: cue.plural, head: cue.head, last: pos }
    this.entities.push(e)
    return e
  }

  /** Returns the entity a non-pronoun cue names, creating it when it is new. */
  named(cue: SpeakerCue, pos: number): Entity {
    if (cue.kind === 'person' || cue.kind === 'name') {
      const reg = lookupName(this.registry, cue.text, pos)
      const name = reg?.name ?? cue.text
      let e = this.entities.find((x) => (x.kind === 'person' || x.kind === 'name') && x.name === name)
      if (!e) {
        e = this.create(reg || cue.kind === 'person' ? 'person' : 'name', name, cue, pos)
        e.role ??= reg?.role ?? null
        e.gender ??= reg?.gender ?? null
      } else if (reg || cue.kind === 'person') e.kind = 'person'
      if (cue.role && !e.role) e.role = cue.role
      if (cue.gender && !e.gender) e.gender = cue.gender
      e.last = pos
      return e
    }
    if (cue.definite && cue.head) {
      // "the official" → the unnamed official named before; "the department" → "Department of Home Affairs"
      const head = cue.head
      const same = [...this.entities].reverse().find((x) => x.kind === cue.kind && (x.head === head || x.name.toLowerCase().split(/\s+/).includes(head)))
      const org = cue.kind === 'body' ? [...this.entities].reverse().find((x) => (x.kind === 'body' || x.kind === 'name') && x.head === head) : undefined
      const hit = same ?? org
      if (hit) {
        hit.last = pos
        return hit
      }
    }
    if (cue.kind === 'body') {
      const e = this.entities.find((x) => x.kind === 'body' && x.name.toLowerCase() === cue.text.toLowerCase())
      if (e) {
        e.last = pos
        return e
      }
    }
    return this.create(cue.kind === 'pronoun' ? 'anon' : cue.kind, cue.text, cue, pos)
  }

  private compatible(e: Entity, pronoun: string): boolean {
    if (pronoun === 'it') return (e.kind === 'body' || e.kind === 'name') && !e.plural
    if (pronoun === 'they') return e.plural || e.kind === 'body'
    if (e.plural || e.kind === 'body') return false
    const want: Gender = pronoun === 'he' ? 'male' : 'female'
    return e.gender === null || e.gender === want
  }

  /** Returns the entities a pronoun at pos can refer to, by sentence, most recent sentence first; each sentence's subject first. */
  private candidates(pos: number, sentence: number, anyKind: boolean, pronoun: string | null): Entity[][] {
    const groups = new Map<number, Mention[]>()
    for (const m of this.mentions) {
      if (m.start >= pos) break
      if (m.sentence < sentence - WINDOW) continue
      if (!groups.has(m.sentence)) groups.set(m.sentence, [])
      groups.get(m.sentence)!.push(m)
    }
    const out: Entity[][] = []
    for (const s of [...groups.keys()].sort((a, b) => b - a)) {
      const ms = groups.get(s)!
      const rank = (m: Mention): number => (m.subject || m.source ? 0 : m.possessive ? 3 : m.prepositional ? 2 : 1)
      const ordered = [...ms].sort((a, b) => rank(a) - rank(b) || a.start - b.start)
      const list: Entity[] = []
      for (const m of ordered) {
        const e = this.byMention.get(m)
        if (!e || list.includes(e)) continue
        if (pronoun ? this.compatible(e, pronoun) : anyKind) list.push(e)
      }
      if (list.length) out.push(list)
    }
    return out
  }

  /** Returns what a pronoun at pos refers to, learning the sex of a person it settles on. */
  resolvePronoun(pronoun: string, pos: number, sentence: number): Entity | null {
    const groups = this.candidates(pos, sentence, false, pronoun)
    const first = groups[0]
    if (!first) return null
    // persons before unnamed people before lone names ("Europol") within the winning sentence, when the sexes fit
    let pick = first[0]!
    if ((pronoun === 'he' || pronoun === 'she') && pick.gender === null) {
      const want: Gender = pronoun === 'he' ? 'male' : 'female'
      const rivals = [...first, ...(groups[1] ?? [])].filter((e) => e !== pick && e.kind === 'person')
      if (rivals.length && pick.kind === 'person') {
        // two people the text does not tell apart: ask the first-name lexicon
        const g = firstNameGender(pick.name.split(/\s+/)[0]!)
        if (g) pick.gender = g
        if (g && g !== want) {
          const other = rivals.find((e) => (e.gender ?? firstNameGender(e.name.split(/\s+/)[0]!)) === want)
          if (other) pick = other
        }
      }
      if (pick.gender === null && first.filter((e) => e.kind === 'person' && e.gender === null).length <= 1) pick.gender = want
    }
    pick.last = pos
    return pick
  }

  /** Resolves every mention in text order: names to full names, "the official" to the official, pronouns to their referents. */
  resolveAll(): void {
    for (const m of this.mentions) {
      if (m.cue.kind === 'pronoun') {
        const e = this.resolvePronoun(m.cue.text, m.start, m.sentence)
        if (e) this.byMention.set(m, e)
      } else this.byMention.set(m, this.named(m.cue, m.start))
    }
  }

  /** Returns the subject most recently written before pos: who a quote with no attribution continues. */
  recentSubject(pos: number, sentence: number): Entity | null {
    const groups = new Map<number, Mention[]>()
    for (const m of this.mentions) {
      if (m.start >= pos) break
      if (m.sentence < sentence - WINDOW) continue
      if (!groups.has(m.sentence)) groups.set(m.sentence, [])
      groups.get(m.sentence)!.push(m)
    }
    for (const s of [...groups.keys()].sort((a, b) => b - a)) {
      const ms = groups.get(s)!
      const subject = ms.find((m) => m.subject || m.source) ?? ms.find((m) => !m.possessive && !m.prepositional)
      const e = subject ? this.byMention.get(subject) : undefined
      if (e) return e
    }
    return null
  }
}

function sentenceIndexAt(article: Article, pos: number): number {
  let idx = 0
  for (const s of article.sentences) {
    if (s.start > pos) break
    idx = s.index
  }
  return idx
}

function display(e: Entity): string {
  return e.name
}

/** Resolves the speaker of every quote: full names for short ones, pronouns and "the report" to what they refer to, quotes without attribution to the speaker they continue; drops quotes nobody said. */
export function resolveQuoteSpeakers(article: Article, quotes: QuoteCandidate[]): QuoteCandidate[] {
  if (!quotes.length) return quotes
  const masks: [number, number][] = findQuotes(article).map((q) => [q.open, (q.close ?? q.spans[q.spans.length - 1]!.end) + 1])
  const registry = buildRegistry(article)
  const mentions = findMentions(article, masks, registry)
  const d = new Discourse(registry, mentions)
  d.resolveAll()
  const bodyOrder = article.paragraphs.filter((p) => p.boilerplate === null).map((p) => p.index)
  const sorted = [...quotes].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)
  const out: QuoteCandidate[] = []
  let prev: { q: QuoteCandidate; e: Entity; end: number; lastPara: number } | null = null
  for (const q of sorted) {
    const start = q.spans[0]!.start
    const sentence = sentenceIndexAt(article, start)
    let e: Entity | null = null
    let rule = q.rule
    const cue = q.cue ?? null
    if (cue) {
      const m = mentions.find((x) => x.start === cue.start) ?? mentions.find((x) => x.start <= cue.start && cue.start < x.end)
      const me = m ? d.entityOf(m) : null
      if (cue.kind === 'pronoun') {
        e = me ?? d.resolvePronoun(cue.text, cue.start, sentenceIndexAt(article, cue.start))
        rule = `${rule}+pronoun`
      } else if (me && (me.kind === cue.kind || cue.kind === 'name' || me.kind === 'person')) e = me
      else e = d.named(cue, cue.start)
    } else {
      const paraPos = bodyOrder.indexOf(q.paragraph)
      const adjacent = prev !== null && (prev.lastPara === q.paragraph || bodyOrder.indexOf(prev.lastPara) === paraPos - 1)
      // a later subject between the previous quote and this one takes over ("Sochua pointed to…" then a quote)
      const between = mentions.filter((m) => prev !== null && m.start > prev.end && m.start < start && m.subject)
      const takeover = between.map((m) => d.entityOf(m)).find((x) => x && prev && x !== prev.e)
      if (adjacent && prev && !takeover) {
        e = prev.e
        rule = 'quote.continued'
      } else {
        e = d.recentSubject(start, sentence)
        rule = 'quote.recent-subject'
      }
    }
    if (!e) continue
    const quoteEnd = Math.max(q.spans[q.spans.length - 1]!.end, q.evidence.end)
    const lastPara = article.paragraphs.find((p) => p.start <= q.spans[q.spans.length - 1]!.start && q.spans[q.spans.length - 1]!.start < p.end + 1)?.index ?? q.paragraph
    out.push({ ...q, speaker: display(e), speakerRole: cue?.role ?? e.role, rule })
    prev = { q, e, end: quoteEnd, lastPara }
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
