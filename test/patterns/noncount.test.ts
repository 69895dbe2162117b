import { describe, expect, it } from 'vitest'
import { findNumbers } from '../../src/patterns/numbers.js'
import { nonCountReason, readNumbers } from '../../src/patterns/noncount.js'

/** The reason the first number matching `num` in `s` is not a count. */
function reasonFor(s: string, num: string): string | null {
  const n = findNumbers(s).find((x) => x.text.endsWith(num))
  // a number glued to letters ("RM34,560") is not even read as a number
  if (!n) return 'not-a-number'
  return nonCountReason(s, n)
}

describe('numbers that are not counts of people or cases', () => {
  it.each([
    ['Trafficking fell by about 15.5% this year.', '15.5', 'decimal'],
    ['Referrals rose 30 per cent on the year.', '30', 'percent'],
    ['an industry worth about US$12.5 billion a year', '12.5 billion', 'money'],
    ['cash amounting to RM34,560', '34,560', 'not-a-number'],
    ['fees of Rs 500 each', '500', 'money'],
    ['a ransom of €4,000', '4,000', 'money'],
    ['bought for 50,000 CFA francs', '50,000', 'money'],
    ['paid an agent $1,200 for the trip', '1,200', 'money'],
    ['the 32-page report', '32', 'compound-adjective'],
    ['a 25-year-old Thai man', '25', 'compound-adjective'],
    ['the girl, who was 15 years old, was freed', '15', 'age'],
    ['minors aged 14 to 17', '14', 'age'],
    ['minors aged 14 to 17', '17', 'age'],
    ['at the age of 13 she was sold', '13', 'age'],
    ['Lin Yu Shin, 53, was arrested', '53', 'age'],
    ['Zawadi (16) told the court', '16', 'age'],
    ['138 were under 15 years old', '15', 'age'],
    ['and 167 were over 18.', '18', 'age'],
    ['the report published in 2016 said', '2016', 'year'],
    ['officials announced on Nov 13 that', '13', 'date'],
    ['between 9.00pm on 12 May 2024 and dawn', '12', 'date'],
    ['a curfew from 8 pm', '8', 'time-of-day'],
    ['placed on Tier 2 of the list', '2', 'designator'],
    ['under Section 12 of the Act', '12', 'designator'],
    ['call the free number 116 to report', '116', 'designator'],
    ['its hotline, 1345, received calls', '1345', 'designator'],
    ['text HELP to 55501', '55501', 'designator'],
    ['on 03-2266 7800 or by email', '7800', 'phone-or-code'],
    ['1. The unit carried out an operation.', '1', 'list-marker'],
    ['not paid for between four and seven months', 'four', 'range-of-units'],
    ['there are three or four who never call', 'three', 'vague'],
    ['there are three or four who never call', 'four', 'vague'],
    ['one of the rescued women said', 'one', 'one-of'],
    ['one in five care homes', 'five', 'ratio'],
    ['one conviction for every 30 reports', 'one', 'one-of'],
    ['up two times on last year', 'two', 'multiplier'],
  ])('%j: %s is %s', (s, num, reason) => {
    expect(reasonFor(s, num)).toBe(reason)
  })

  it.each([
    ['Police rescued 345 trafficking victims.', '345'],
    ['Of that number, 138 were under 15 years.', '138'],
    ['Last year, 158 suspects were held.', '158'],
    ['rescued 46 women, 17 of them minors', '17'],
    ['2,011 said they had been exploited', '2,011'],
    ['In Spain, 41 people were arrested.', '41'],
    ['Romanian (186), Ukrainian (143)', '186'],
  ])('%j: %s may be a count', (s, num) => {
    expect(reasonFor(s, num)).toBeNull()
  })
})

describe('readNumbers', () => {
  it.each([
    ['Police rescued 345 victims aged 12 to 17 and seized US$2,000 on 5 May 2018.', ['345', '12', '17', '2,000', '5', '2018'], ['345']],
    ['In Spain, 41 people were arrested and 15.5% of them were women.', ['41', '15.5'], ['41']],
    ['Nobody was arrested.', [], []],
  ])('%j: every number, and those that may be counts', (s, all, countable) => {
    const r = readNumbers(s)
    expect(r.all.map((n) => n.text)).toEqual(all)
    expect([...r.countable].map((n) => n.text)).toEqual(countable)
    for (const n of r.countable) expect(nonCountReason(s, n)).toBeNull()
  })

  it('is worked out once per sentence text: both extractors get the same numbers', () => {
    const s = 'Police arrested 12 suspects from Vietnam.'
    expect(readNumbers(s)).toBe(readNumbers(`${s} `.trimEnd()))
  })
})
