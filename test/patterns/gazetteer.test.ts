import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { compileGazetteer, lookupCountry, type Gazetteer } from '../../src/patterns/countries.js'

// The build writes dist/patterns/gazetteer.json (scripts/gazetteer.mjs), the country tables compiled from the
// world-countries package, which the built CLI reads instead of compiling them: they must be exactly what the module
// compiles from the package.
const builtPath = new URL('../../dist/patterns/gazetteer.json', import.meta.url)
const compiled = compileGazetteer(createRequire(import.meta.url)('world-countries'))

describe('the compiled gazetteer', () => {
  it('has every country of the package, its names and demonyms, and the news forms', () => {
    const forms = new Map(compiled.forms.map(([f, iso2, kind]) => [f, [iso2, kind]]))
    expect(compiled.countries.length).toBeGreaterThan(240)
    expect(forms.get('Malaysia')).toEqual(['MY', 'name'])
    expect(forms.get('Vietnamese')).toEqual(['VN', 'demonym'])
    expect(forms.get('Britons')).toEqual(['GB', 'demonym-plural'])
    expect(forms.get('Viet Nam')).toEqual(['VN', 'name'])
    expect(new Map(compiled.cities).get('phnom penh')).toBe('KH')
    expect(new Map(compiled.countries).get('CI')).toBe("Côte d'Ivoire")
  })

  it('lists each last run of letters once, and every form ends with one of them', () => {
    expect(new Set(compiled.lastRuns).size).toBe(compiled.lastRuns.length)
    const runs = new Set(compiled.lastRuns)
    for (const [f] of compiled.forms) expect(runs.has(f.match(/[\p{L}\p{M}]+/gu)?.pop() ?? f)).toBe(true)
    expect(runs.has('Ivoire')).toBe(true)
  })

  it('is what the module looks countries up in', () => {
    expect(lookupCountry('the Philippines')?.iso2).toBe('PH')
    expect(lookupCountry('Sierra Leonean')?.iso2).toBe('SL')
  })
})

describe.runIf(existsSync(builtPath))('the built gazetteer', () => {
  it('holds exactly the tables compiled from the package', () => {
    const built = JSON.parse(readFileSync(builtPath, 'utf8')) as Gazetteer
    expect(built).toEqual(compiled)
  })
})
