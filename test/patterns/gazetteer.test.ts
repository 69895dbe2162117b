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

  it('files every form once, under its leading run of word characters, longest first', () => {
    const filed = compiled.byRun.flatMap(([run, forms]) => forms.map((f) => [run, f] as const))
    expect(filed.map(([, f]) => f).sort()).toEqual(compiled.forms.map(([f]) => f).sort())
    for (const [run, f] of filed) expect(f.match(/^[\w\u00C0-\u024F]+/)?.[0]).toBe(run)
    for (const [, forms] of compiled.byRun) for (let i = 1; i < forms.length; i++) expect(forms[i - 1]!.length).toBeGreaterThanOrEqual(forms[i]!.length)
    const byRun = new Map(compiled.byRun)
    expect(byRun.get('Sierra')).toEqual(['Sierra Leoneans', 'Sierra Leonean', 'Sierra Leone'])
    expect(byRun.get('Côte')).toContain("Côte d'Ivoire")
    expect(byRun.get('U')).toEqual(expect.arrayContaining(['U.S.A.', 'U.S.', 'U.K.']))
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
