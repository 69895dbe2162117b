import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileGazetteer, findCountries } from '../../src/patterns/countries.js'
import { matchAny } from '../../src/patterns/regex.js'

type Hit = [text: string, iso2: string, start: number, end: number]

function hits(s: string): Hit[] {
  return findCountries(s).map((h) => [h.text, h.country.iso2, h.start, h.end])
}

describe('findCountries', () => {
  it.each<[string, Hit[]]>([
    ['Police rescued 12 women from Malaysia.', [['Malaysia', 'MY', 29, 37]]],
    ['Six Vietnamese and two Britons were held.', [['Vietnamese', 'VN', 4, 14], ['Britons', 'GB', 23, 30]]],
    ['Sierra Leonean officials met in Freetown.', [['Sierra Leonean', 'SL', 0, 14]]],
    ['They were flown home to Sierra Leone on Friday.', [['Sierra Leone', 'SL', 24, 36]]],
    ["Workers from Côte d'Ivoire and Guinea-Bissau were found.", [["Côte d'Ivoire", 'CI', 13, 26], ['Guinea-Bissau', 'GW', 31, 44]]],
    ["Nigeria's police said 40 were freed.", [['Nigeria', 'NG', 0, 7]]],
    ['Nigeria’s police said 40 were freed.', [['Nigeria', 'NG', 0, 7]]],
    ['A U.S.-led operation freed 30 in the U.K. and the USA.', [['U.S.', 'US', 2, 6], ['U.K.', 'GB', 37, 41], ['USA', 'US', 50, 53]]],
    // hard-wrapped text: a form's space matches any run of white space
    ['Women were sent to Sri\nLanka and Saudi  Arabia.', [['Sri\nLanka', 'LK', 19, 28], ['Saudi  Arabia', 'SA', 33, 46]]],
    ['Victims came from Niger, not Nigeria.', [['Niger', 'NE', 18, 23], ['Nigeria', 'NG', 29, 36]]],
  ])('%s', (s, expected) => {
    expect(hits(s)).toEqual(expected)
    for (const [text, , start, end] of expected) expect(s.slice(start, end)).toBe(text)
  })

  it.each([
    'Police rescued 12 women from the camp.',
    'The non-Malaysian staff were questioned.', // a form does not continue a hyphenated word
    "O'Malaysia is not a country.", // nor one after an apostrophe
    'Malaysiana and Vietnamesey are not forms.', // nor one that runs on into a word
    "Nigeria'x is not the possessive.",
    'malaysia, in lower case, is not read as a name.',
    'Nigeria_2 and 3Malaysia are identifiers.',
  ])('finds nothing in %s', (s) => {
    expect(hits(s)).toEqual([])
  })
})

// The gazetteer regex the scan replaced, as a check of it: every form, longest first, as a whole word.
const tables = compileGazetteer(createRequire(import.meta.url)('world-countries'))
const ORACLE = new RegExp(`(?<![\\w\u00C0-\u024F'’-])(?:${matchAny(tables.forms.map(([f]) => f))})(?![\\w\u00C0-\u024F]|['’]\\w(?<!['’]s))`, 'g')

function oracle(s: string): [string, number, number][] {
  return [...s.matchAll(ORACLE)].map((m) => [m[0], m.index, m.index + m[0].length])
}

function spans(s: string): [string, number, number][] {
  return findCountries(s).map((h) => [h.text, h.start, h.end])
}

describe('findCountries reads what a regex of every form would', () => {
  it('on every line of the bundled articles', () => {
    let lines = 0
    for (const dir of ['articles', 'dev/articles', 'own/articles']) {
      const base = new URL(`../../fixtures/${dir}/`, import.meta.url)
      for (const f of readdirSync(base).filter((n) => n.endsWith('.txt'))) {
        for (const line of readFileSync(new URL(f, base), 'utf8').split('\n')) {
          expect(spans(line)).toEqual(oracle(line))
          lines++
        }
      }
    }
    expect(lines).toBeGreaterThan(500)
  })

  it('on random text made of forms, their pieces and the characters around them', () => {
    const forms = tables.forms.map(([f]) => f)
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((f) => f.slice(0, Math.max(1, f.length - 2))),
      fc.constantFrom(' ', '  ', '\n', '-', "'", '’', "'s", '’s', 's', 'x', '_', '1', 'é', 'ạ', '.', ',', '(', ')', 'the '),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('')
        expect(spans(s)).toEqual(oracle(s))
      }),
      { numRuns: 3000 },
    )
  })
})
