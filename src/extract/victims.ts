import { VICTIM_WORDS } from '../patterns/nouns.js'
import { VICTIM_ACTION_NOUNS, VICTIM_VERBS } from '../patterns/verbs.js'
import type { Claim, Classifier } from './claim.js'
import { exploitationOf, governedByOther, governorsOf } from './claim.js'
import type { MentionContext } from './mention.js'

// e.g. "the support program for trafficked people had 412 clients"
const SERVICE_FOR_VICTIMS = /\b(?:support|assistance|protection|shelter|care|recovery|reintegration)\s+(?:program(?:me)?|scheme|services?|centres?|centers?|network)\s+for\s+(?:trafficked\s+(?:people|persons|women|children)|(?:trafficking\s+)?victims|survivors)\b/i

const LATER_VERB = new RegExp(`\\b(?:were|was|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?<v>${Object.keys(VICTIM_VERBS).filter((w) => !/\s/.test(w)).join('|')})\\b`, 'i')

/** Counts of victims: "189 victims", "rescued 46 women", "598 people were identified as victims", "Some 412 had been trafficked". */
export const victims: Classifier = {
  kind: 'victims',
  classify(m: MentionContext): Claim | null {
    // "stopped 214 passengers" intercepts people; "the bus … was stopped" does not
    const verbs = governorsOf(m, 'victims').filter((g) => g.word !== 'stopped' || g.side === 'left')
    const action = verbs[0]?.action ?? null
    const head = m.head
    const exploitation = exploitationOf(m.right.slice(0, 100))
    const q = { ...(head?.qualifiers ?? {}), ...(exploitation ? { exploitation } : {}) }
    // "16,938 referrals of potential victims": the referrals count people
    if (head?.cls === 'case' && head.word === 'referrals' && /^\s*of\s+(?:potential\s+|possible\s+|suspected\s+)?(?:victims|people|children|women|survivors)\b/i.test(m.right)) {
      return { kind: 'victims', action: 'referred', qualifiers: q, rule: 'victims/referrals-of-victims', strength: 3.5 }
    }
    if (head?.cls === 'victim') {
      const nounAction = VICTIM_ACTION_NOUNS[head.word]
      return { kind: 'victims', action: nounAction ?? action, qualifiers: q, rule: nounAction ? 'victims/action-noun' : 'victims/count-noun', strength: 3 }
    }
    const people = head && (head.cls === 'people' || head.cls === 'demonym')
    // "10 other rescued workers", "25 trafficked women": the participle sits inside the noun phrase
    const participle = head?.modifiers.find((w) => VICTIM_VERBS[w] && /ed$|sold$|held$/.test(w))
    if (people && participle) {
      return { kind: 'victims', action: VICTIM_VERBS[participle] ?? null, qualifiers: q, rule: 'victims/participle', strength: 2 }
    }
    if (people && !head.ofPart && VICTIM_WORDS.test(m.right)) {
      // "63 workers believed to be victims of forced labour were rescued": the verb comes after the phrase
      const later = LATER_VERB.exec(m.right)?.groups?.v?.toLowerCase()
      return { kind: 'victims', action: action ?? (later && VICTIM_VERBS[later] ? VICTIM_VERBS[later] : 'identified'), qualifiers: q, rule: 'victims/people-phrase', strength: 2.5 }
    }
    if (people && verbs.length && !governedByOther(m, 'victims')) {
      return { kind: 'victims', action, qualifiers: q, rule: 'victims/people-verb', strength: 2 }
    }
    if (people && !head.ofPart && SERVICE_FOR_VICTIMS.test(m.text)) {
      return { kind: 'victims', action: 'supported', qualifiers: q, rule: 'victims/service-clients', strength: 1.5 }
    }
    if (!head && verbs.some((v) => v.side === 'right') && !governedByOther(m, 'victims')) {
      return { kind: 'victims', action, qualifiers: q, rule: 'victims/elliptical-verb', strength: 1 }
    }
    return null
  },
}
