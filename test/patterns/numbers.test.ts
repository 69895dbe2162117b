import { describe, expect, it } from 'vitest'
import { findNumbers, formatCount, parseCount } from '../../src/patterns/numbers.js'

describe('parseCount', () => {
  it.each([
    ['1,000', 1000],
    ['3,416', 3416],
    ['11.7 million', 11_700_000],
    ['1.2 million', 1_200_000],
    ['20.9 million', 20_900_000],
    ['Twenty', 20],
    ['seven', 7],
    ['twenty-five', 25],
    ['Thirty-one', 31],
    ['forty two', 42],
    ['two hundred and fifty', 250],
    ['three thousand', 3000],
    ['a hundred', 100],
    ['2.5bn', 2_500_000_000],
    ['45', 45],
  ])('reads %s as %d', (raw, value) => {
    expect(parseCount(raw)).toBe(value)
  })

  it.each(['dozens', 'many', 'a few', ''])('reads %j as no number', (raw) => {
    expect(parseCount(raw)).toBeNull()
  })
})

describe('findNumbers', () => {
  it.each([
    ['Police rescued some 1,000 people.', 'some 1,000', 1000, true],
    ['an estimated 11.7 million victims', 'an estimated 11.7 million', 11_700_000, true],
    ['at least 97 were minors', 'at least 97', 97, true],
    ['A total of 63 workers', 'A total of 63', 63, false],
    ['more than 1,900 women', 'more than 1,900', 1900, true],
    ['nearly 300 potential victims', 'nearly 300', 300, true],
    ['up to 400 maids', 'up to 400', 400, true],
    ['Twenty-three of the children', 'Twenty-three', 23, false],
    ['a record 382 cases', 'a record 382', 382, false],
    ['just 50 people', 'just 50', 50, false],
  ])('finds %j → %j', (s, text, value, approximate) => {
    const [n] = findNumbers(s)
    expect(n).toBeDefined()
    expect(n!.text).toBe(text)
    expect(n!.value).toBe(value)
    expect(n!.approximate).toBe(approximate)
    expect(s.slice(n!.start, n!.end)).toBe(text)
  })

  it.each([
    ['PK777 online casino'],
    ['Covid-19 cases'],
    ['call 1-800-555-0142'],
    ['the 37th floor'],
    ['hundreds of victims'],
  ])('finds no standalone count in %j', (s) => {
    const counts = findNumbers(s).filter((n) => !s.slice(n.end).startsWith('-'))
    expect(counts.map((n) => n.text)).toEqual(s === 'call 1-800-555-0142' ? [] : [])
  })

  it('marks a decimal without a scale as a decimal', () => {
    expect(findNumbers('an increase of 72.82 percent')[0]!.decimal).toBe(true)
    expect(findNumbers('11.7 million victims')[0]!.decimal).toBe(false)
  })
})

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [3416, '3,416'],
    [11_700_000, '11,700,000'],
    [-1247, '-1,247'],
    [1234.5678, '1,234.568'],
    [0.5, '0.5'],
  ])('%d → %s, as en-US writes it', (n, text) => {
    expect(formatCount(n)).toBe(text)
    expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
  })
})
