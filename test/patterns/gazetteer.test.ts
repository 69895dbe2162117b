import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// The build writes dist/patterns/gazetteer.json (scripts/gazetteer.mjs), which the built CLI reads instead of the
// world-countries package: it must hold the package's data, field for field, for everything countries.ts reads.
const slimPath = new URL('../../dist/patterns/gazetteer.json', import.meta.url)

interface Record {
  name: { common: string }
  cca2: string
  capital?: string[]
  altSpellings: string[]
  demonyms?: { eng?: { f: string; m: string } }
}

describe.runIf(existsSync(slimPath))('the built gazetteer', () => {
  const full = createRequire(import.meta.url)('world-countries') as Record[]
  const slim = JSON.parse(readFileSync(slimPath, 'utf8')) as Record[]

  it('has every country of the package, in the same order', () => {
    expect(slim.map((c) => c.cca2)).toEqual(full.map((c) => c.cca2))
  })

  it.each(['MY', 'VN', 'GB', 'CI', 'US', 'KH', 'PH', 'NG'])('keeps the names, capitals, spellings and demonyms of %s', (iso2) => {
    const a = full.find((c) => c.cca2 === iso2)!
    const b = slim.find((c) => c.cca2 === iso2)!
    expect(b.name.common).toBe(a.name.common)
    expect(b.capital).toEqual(a.capital)
    expect(b.altSpellings).toEqual(a.altSpellings)
    expect(b.demonyms?.eng).toEqual(a.demonyms?.eng)
  })

  it('keeps every record field for field', () => {
    const project = (c: Record): Record => ({ name: { common: c.name.common }, cca2: c.cca2, capital: c.capital, altSpellings: c.altSpellings, ...(c.demonyms?.eng ? { demonyms: { eng: c.demonyms.eng } } : {}) })
    expect(slim).toEqual(full.map(project))
  })
})
