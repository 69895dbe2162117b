import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLatinText, latinClassOf } from '../../src/patterns/latin.js'

const LETTER = /[\p{L}\p{M}\p{N}]/u
const plain = new RegExp(`^[${latinClassOf(LETTER)}]$`)

describe('latinClassOf', () => {
  it('matches exactly the Latin and punctuation characters the Unicode class matches', () => {
    for (let c = 0; c <= 0x024f; c++) expect([c, plain.test(String.fromCharCode(c))]).toEqual([c, LETTER.test(String.fromCharCode(c))])
    for (let c = 0x2000; c <= 0x206f; c++) expect([c, plain.test(String.fromCharCode(c))]).toEqual([c, LETTER.test(String.fromCharCode(c))])
  })

  it.each([
    ['é', true],
    ['ß', true],
    ['ł', true],
    ['²', true],
    ['×', false],
    ['÷', false],
    ['’', false],
    ['—', false],
  ])('reads %s as a letter or digit: %s', (ch, expected) => {
    expect(plain.test(ch)).toBe(expected)
  })
})

describe('isLatinText', () => {
  it.each([
    ['Police rescued 46 women in Kuala Lumpur.', true],
    ['“We found them,” said Ms Nguyễn’s lawyer — on Monday…', false],
    ['Côte d’Ivoire — “the raid”, she said…', true],
    ['Beamte in Zürich: Straße, Öl, ½', true],
    ['Trafficking in 中国 rose', false],
    ['Москва', false],
    ['a 😀 face', false],
  ])('%s → %s', (s, expected) => {
    expect(isLatinText(s)).toBe(expected)
  })

  it('makes a plain-range token regex read Latin text exactly as the Unicode one', () => {
    const word = latinClassOf(LETTER)
    const unicode = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}.’'])?|[,;:()[\]—–?!.]/gu
    const latin = new RegExp(`[${word}](?:[${word}'’.\\-]*[${word}.’'])?|[,;:()[\\]—–?!.]`, 'g')
    const chars = fc.oneof(fc.constantFrom(...'aZé9 ’\'.-,;:()[]—–?!×½ßł“”…\n'.split('')), fc.integer({ min: 0, max: 0x24f }).map((c) => String.fromCharCode(c)))
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (s) => {
        fc.pre(isLatinText(s))
        expect(s.match(latin)).toEqual(s.match(unicode))
      }),
      { numRuns: 2000 },
    )
  })
})
