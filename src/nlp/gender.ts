import { createRequire } from 'node:module'
import type { Gender } from '../types.js'

// The one module that loads compromise. It costs ~300 ms to load, so it is loaded on first use only, and used only
// to tell the sex of a first name when "he said"/"she said" has two candidate speakers the text does not tell apart.

type Lexicon = Record<string, string | undefined>

let lexicon: Lexicon | null = null

function load(): Lexicon {
  if (lexicon) return lexicon
  // why: createRequire gives a synchronous, lazy load; the pipeline is synchronous and most articles never get here
  const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Lexicon } } }
  lexicon = nlp.model().one.lexicon
  return lexicon
}

/** Returns the sex compromise's lexicon gives a first name ("Helen" → female), or null when it does not know the name. */
export function firstNameGender(first: string): Gender | null {
  const tag = load()[first.toLowerCase()]
  if (tag === 'FemaleName') return 'female'
  if (tag === 'MaleName') return 'male'
  return null
}

/** Returns whether compromise has been loaded in this process (for tests and the benchmark). */
export function compromiseLoaded(): boolean {
  return lexicon !== null
}
