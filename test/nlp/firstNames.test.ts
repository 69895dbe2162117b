import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// The build writes dist/nlp/firstNames.json (scripts/firstNames.mjs), which the built CLI reads instead of loading
// compromise: it must hold exactly the first names compromise's lexicon tags as female or male.
const builtPath = new URL('../../dist/nlp/firstNames.json', import.meta.url)

describe.runIf(existsSync(builtPath))('the built first names', () => {
  const lexicon = (createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon
  const built = JSON.parse(readFileSync(builtPath, 'utf8')) as { female: string[]; male: string[] }
  const tagged = (tag: string): string[] =>
    Object.entries(lexicon)
      .filter(([, t]) => t === tag)
      .map(([w]) => w)
      .sort()

  it('has every female first name of the lexicon, and nothing else', () => {
    expect(built.female).toEqual(tagged('FemaleName'))
  })

  it('has every male first name of the lexicon, and nothing else', () => {
    expect(built.male).toEqual(tagged('MaleName'))
  })

  it.each([
    ['helen', 'female'],
    ['maria', 'female'],
    ['daniel', 'male'],
    ['john', 'male'],
  ])('tags %s as %s', (name, sex) => {
    expect(sex === 'female' ? built.female : built.male).toContain(name)
  })
})
