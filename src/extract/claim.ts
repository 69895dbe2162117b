import type { FigureKind, Qualifiers } from '../schema.js'
import type { Governor, MentionContext } from './mention.js'

/** A classifier's reading of a number: what it counts, by which rule, and how sure the rule is. */
export interface Claim {
  kind: FigureKind
  action: string | null
  qualifiers: Qualifiers
  rule: string
  /** 3: the noun says it ("189 victims"); 2: a verb says it ("rescued 46 women"); 1: a verb with no noun ("11 had been convicted") */
  strength: number
}

/** One figure kind's rules over a number in context; returns null when none applies. */
export interface Classifier {
  kind: FigureKind
  classify(m: MentionContext): Claim | null
}

/** Returns the governing verbs of one kind, nearest first: the active verb on the left, then the passive on the right. */
export function governorsOf(m: MentionContext, kind: Governor['kind']): Governor[] {
  return [...m.leftVerbs, ...m.rightVerbs].filter((g) => g.kind === kind)
}

/** Returns true when a verb of another kind governs the number (so a people noun is theirs, not ours). */
export function governedByOther(m: MentionContext, kind: Governor['kind']): boolean {
  const mine = governorsOf(m, kind)
  const others = [...m.leftVerbs, ...m.rightVerbs].filter((g) => g.kind !== kind && g.kind !== 'cases')
  if (!others.length) return false
  if (!mine.length) return true
  // the left (active) verb governs its object more closely than a passive verb after the noun
  return others.some((o) => o.side === 'left') && !mine.some((g) => g.side === 'left')
}

// e.g. "sex trafficking", "forced labour", "forced marriage", "organ trade"
const EXPLOITATION: [RegExp, string][] = [
  [/\b(?:sex(?:ual)?\s+(?:trafficking|exploitation|abuse|slavery|work)|prostitution|brothels?|commercial\s+sex|sex\s+trade|sexually)\b/i, 'sexual'],
  [/\bforced\s+marriages?\b|\bbride\s+trade\b/i, 'forced marriage'],
  [/\b(?:forced\s+(?:labou?r|work)|labou?r\s+(?:trafficking|exploitation)|debt\s+bondage|bonded\s+labou?r|servitude|slavery-like)\b/i, 'labour'],
  [/\borgan(?:\s+(?:trade|removal|trafficking|harvesting))?\b/i, 'organ removal'],
  [/\bforced\s+(?:begging|criminality)|criminal\s+exploitation|county\s+lines\b/i, 'criminal'],
  [/\bonline\s+scams?\b|\bscam\s+(?:centres?|centers?|compounds?|operations?)\b/i, 'forced criminality (scams)'],
  [/\bchild(?:\s+|\/)(?:infant\s+)?trafficking|baby\s+trafficking|surrogacy\b/i, 'child trafficking'],
]

/** Returns the form of exploitation a phrase names ("sex trafficking crimes" → sexual), or undefined. */
export function exploitationOf(s: string): string | undefined {
  for (const [re, name] of EXPLOITATION) if (re.test(s)) return name
  return undefined
}
