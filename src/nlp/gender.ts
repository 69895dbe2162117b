import { builtData } from '../patterns/builtData.js'
import type { Gender } from '../types.js'

// The one module that loads compromise, and only where the build's copy of its first names is missing (tests run from
// src/). The names tell the sex of a first name when "he said"/"she said" has two candidate speakers the text does not
// tell apart; they are loaded on first use only, since most articles never get here.

type Lexicon = Map<string, Gender>

let lexicon: Lexicon | null = null

/** The first names as the build writes them (scripts/firstNames.mjs): compromise's FemaleName and MaleName entries. */
export interface FirstNames {
  female: string[]
  male: string[]
}

/** Returns the first names a compromise lexicon tags FemaleName or MaleName, sorted (what the build writes). */
export function firstNamesOf(tags: Record<string, string | undefined>): FirstNames {
  const female: string[] = []
  const male: string[] = []
  for (const [word, tag] of Object.entries(tags)) {
    if (tag === 'FemaleName') female.push(word)
    else if (tag === 'MaleName') male.push(word)
  }
  return { female: female.sort(), male: male.sort() }
}

function load(): Lexicon {
  if (lexicon) return lexicon
  // why: compromise costs ~200-300 ms to load in each thread; the build's copy of its names avoids that
  const names = builtData(import.meta.url, './firstNames.json', (require) =>
    firstNamesOf((require('compromise') as { model(): { one: { lexicon: Record<string, string | undefined> } } }).model().one.lexicon),
  )
  const out: Lexicon = new Map()
  for (const n of names.female) out.set(n, 'female')
  for (const n of names.male) out.set(n, 'male')
  lexicon = out
  return lexicon
}

/** Returns the sex compromise's lexicon gives a first name ("Helen" → female), or null when it does not know the name. */
export function firstNameGender(first: string): Gender | null {
  return load().get(first.toLowerCase()) ?? null
}

/** Returns whether the first names have been loaded in this process (for tests and the benchmark). */
export function firstNamesLoaded(): boolean {
  return lexicon !== null
}
