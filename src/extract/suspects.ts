import { OFFENCE_WORDS } from '../patterns/nouns.js'
import { SUSPECT_ACTION_NOUNS } from '../patterns/verbs.js'
import type { Claim, Classifier } from './claim.js'
import { governedByOther, governorsOf } from './claim.js'
import type { MentionContext } from './mention.js'

// why: these verbs name a suspect only when they follow the noun ("were involved", "were held"), never as active verbs
const PASSIVE_ONLY = new Set(['involved', 'held'])

/** Counts of suspects: "158 suspects were held", "made 203 arrests", "arrested six people", "11 had been convicted". */
export const suspects: Classifier = {
  kind: 'suspects',
  classify(m: MentionContext): Claim | null {
    // "were involved" names offenders; "72 involved forced labour" (concerned) does not
    const passive = (g: { start: number }): boolean => /\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?$/i.test(m.text.slice(Math.max(0, g.start - 20), g.start))
    const verbs = governorsOf(m, 'suspects').filter((g) => !PASSIVE_ONLY.has(g.word) || (g.side === 'right' && passive(g)))
    // "held" names a detention only for a suspect noun ("158 suspects were held"); people "held in a basement" are victims
    const classifying = verbs.filter((g) => g.word !== 'held')
    const action = verbs[0]?.action ?? null
    const head = m.head
    if (head?.cls === 'suspect') {
      // "sent 23 suspects to court": the verb is split around the noun
      const toCourt = /^\s*to\s+(?:court|trial)\b/i.test(m.right) && /\b(?:sent|brought|took|taken|referred)\s+(?:\w+\s+){0,2}$/i.test(m.left)
      const nounAction = SUSPECT_ACTION_NOUNS[head.word] ?? (toCourt ? 'charged' : undefined)
      return { kind: 'suspects', action: nounAction ?? action, qualifiers: { ...head.qualifiers }, rule: nounAction ? 'suspects/action-noun' : 'suspects/count-noun', strength: 3 }
    }
    // "detained 107 undocumented migrants": people held for immigration offences are not trafficking suspects
    const immigration = head?.word === 'migrants' && head.modifiers.some((w) => /^(?:undocumented|illegal|irregular|unauthori[sz]ed)$/.test(w))
    const people = head && !immigration && (head.cls === 'people' || head.cls === 'other-people' || head.cls === 'demonym')
    if (people && classifying.length && !governedByOther(m, 'suspects')) {
      return { kind: 'suspects', action, qualifiers: { ...head.qualifiers }, rule: 'suspects/people-verb', strength: 2 }
    }
    // the offence must follow this number's own noun phrase, before any other number
    const ownRight = m.right.slice(0, 160).split(/\d/)[0] ?? ''
    if (people && head.cls !== 'other-people' && !head.ofPart && OFFENCE_WORDS.test(ownRight)) {
      return { kind: 'suspects', action, qualifiers: { ...head.qualifiers }, rule: 'suspects/offence', strength: 1.8 }
    }
    // "officers rescued 77 people, arrested 31 and charged 19": a verb right before a bare number
    const direct = m.leftVerbs.find((g) => g.kind === 'suspects' && !PASSIVE_ONLY.has(g.word) && /^\s*$/.test(m.text.slice(g.start + g.word.length, m.num.start)))
    if (!head && direct && /^\s*(?:[,.;]|and\b|$)/.test(m.text.slice(m.num.end))) {
      return { kind: 'suspects', action: direct.action, qualifiers: {}, rule: 'suspects/elliptical-verb', strength: 1 }
    }
    if (!head && classifying.some((v) => v.side === 'right') && !governedByOther(m, 'suspects')) {
      return { kind: 'suspects', action, qualifiers: {}, rule: 'suspects/elliptical-verb', strength: 1 }
    }
    return null
  },
}
