import type { Claim, Classifier } from './claim.js'
import { exploitationOf, governorsOf } from './claim.js'
import type { MentionContext } from './mention.js'
import { wordTable } from '../patterns/wordTable.js'

// e.g. "Covid cases", "drug cases", "fraud cases": case counts of other crimes or illnesses
const OTHER_MATTERS = /\b(?:covid(?:-19)?|coronavirus|virus|infections?|dengue|malaria|hiv|aids|cancer|drugs?|narcotics?|corruption|fraud|murder|homicide|theft|robbery|traffic|road|accident|divorce|civil|tax|land|election|defamation|cyber)\b/i

const NOUN_ACTIONS: Record<string, string> = wordTable({ investigations: 'investigated', investigation: 'investigated', probes: 'investigated', referrals: 'referred' })

// why: only these verbs name a case with no noun; "40 were reported" is more often people than cases
const ELLIPTICAL_CASE_ACTIONS = new Set(['prosecuted', 'solved', 'opened'])

/** Counts of trafficking cases: "foiled 109 human trafficking-related cases", "opened 92 trafficking investigations". */
export const cases: Classifier = {
  kind: 'cases',
  classify(m: MentionContext): Claim | null {
    // "opened investigations into 886 of them": what was opened is a case for each
    if (/\b(?:investigations?|probes?|inquiries|enquiries)\s+into\s+$/i.test(m.left)) {
      const verb = governorsOf(m, 'cases')[0]
      return { kind: 'cases', action: verb?.action ?? 'investigated', qualifiers: {}, rule: 'cases/investigations-into', strength: 3 }
    }
    if (!m.head) {
      // e.g. "only nine reached court", "12 were solved": the verb says what the number counts
      const verb = m.rightVerbs.find((g) => g.kind === 'cases' && ELLIPTICAL_CASE_ACTIONS.has(g.action))
      if (verb && !m.rightVerbs.some((g) => g.kind !== 'cases')) return { kind: 'cases', action: verb.action, qualifiers: {}, rule: 'cases/elliptical-verb', strength: 1 }
      return null
    }
    if (m.head.cls !== 'case') return null
    if (m.head.word === 'referrals' && /^\s*of\s+(?:potential\s+|possible\s+|suspected\s+)?(?:victims|people|children|women|survivors)\b/i.test(m.right)) return null
    const modifiers = m.head.modifiers.join(' ')
    if (OTHER_MATTERS.test(modifiers)) return null
    const verb = governorsOf(m, 'cases')[0]
    // the form of exploitation of this number's own phrase, not of the next number's
    const exploitation = exploitationOf(`${modifiers} ${m.right.slice(0, 80).split(/\d/)[0] ?? ''}`)
    return {
      kind: 'cases',
      action: verb?.action ?? NOUN_ACTIONS[m.head.word] ?? null,
      qualifiers: exploitation ? { exploitation } : {},
      rule: 'cases/count-noun',
      strength: 3,
    }
  },
}
