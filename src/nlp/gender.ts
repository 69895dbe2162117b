import { createRequire } from 'node:module'
import type { Gender } from '../types.js'

// The one module that loads compromise, and only where the build's copy of its first names is missing (tests run from
// src/). The names tell the sex of a first name when "he said"/"she said" has two candidate speakers the text does not
// tell apart; they are loaded on first use only, since most articles never get here.

type Lexicon = Map<string, Gender>

let lexicon: Lexicon | null = null

/** The first names as the build writes them (scripts/firstNames.mjs): compromise's FemaleName and MaleName entries. */
interface FirstNames {
  female: string[]
  male: string[]
}

function load(): Lexicon {
  if (lexicon) return lexicon
  // why: createRequire gives a synchronous, lazy load; the pipeline is synchronous
  const require = createRequire(import.meta.url)
  const out: Lexicon = new Map()
  try {
    const names = require('./firstNames.json') as FirstNames
    for (const n of names.female) out.set(n, 'female')
    for (const n of names.male) out.set(n, 'male')
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw e
    // why: compromise costs ~200-300 ms to load in each thread; the build's copy of its names avoids that
    const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | undefined> } } }
    for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
      if (tag === 'FemaleName') out.set(word, 'female')
      else if (tag === 'MaleName') out.set(word, 'male')
    }
  }
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
