import { describe, expect, it } from 'vitest'
import { findTimes, resolvePeriod, resolveYear } from '../../src/patterns/time.js'

function times(text: string) {
  return findTimes({ start: 0, end: text.length, text })
}

describe('findTimes', () => {
  it.each([
    ['the cases recorded in 2016', '2016', 'year', 2016, null],
    ['between January and October of 2018', 'between January and October of 2018', 'year', 2018, [1, 10]],
    ['From January to April this year, the unit', 'From January to April this year', 'relative', null, [1, 4]],
    ['rose to 4,758 between April and June', 'between April and June', 'relative', null, [4, 6]],
    ['in the first 10 months of this year', 'in the first 10 months of this year', 'relative', null, [1, 10]],
    ['In the first quarter of this year', 'In the first quarter of this year', 'relative', null, [1, 3]],
    ['in the first half of 2024', 'in the first half of 2024', 'year', 2024, [1, 6]],
    ['its first-half bulletin for 2022', 'first-half bulletin for 2022', 'year', 2022, [1, 6]],
    ['So far in 2024, it has opened', 'So far in 2024', 'year', 2024, null],
    ['so far this year', 'so far this year', 'relative', null, null],
    ['arrested all three in October 2021', 'October 2021', 'year', 2021, [10, 10]],
    ['Last year, 158 suspects', 'Last year', 'relative', null, null],
    ['In the whole of last year, 15,982', 'In the whole of last year', 'relative', null, null],
    ['compared with 455 a year earlier', 'a year earlier', 'anchor', null, null],
    ['71 prosecutions the previous year', 'the previous year', 'anchor', null, null],
    ['two years ago', 'two years ago', 'relative', null, null],
    ['in fiscal year 2080/81', 'fiscal year 2080/81', 'multi', null, null],
    ['382 cases in 2022-23', '2022-23', 'multi', null, null],
    ['between 2019 and 2023', 'between 2019 and 2023', 'multi', null, null],
    ['from 2019 to March 2021', 'from 2019 to March 2021', 'multi', null, null],
    ['since 2021', 'since 2021', 'multi', null, null],
    ['since July last year', 'since July last year', 'multi', null, null],
    ['in the 12 months to March', 'in the 12 months to March', 'multi', null, null],
    ['over the past few years', 'over the past few years', 'multi', null, null],
    ['in this reporting period', 'this reporting period', 'multi', null, null],
    ['during the year', 'during the year', 'context', null, null],
    ['Just yesterday, six were freed', 'yesterday', 'recent', null, null],
    ['charged on Nov 9 and', 'Nov 9', 'recent', null, [11, 11]],
    ['at the end of March', 'at the end of March', 'recent', null, [3, 3]],
  ])('%j → %j (%s)', (text, label, kind, year, months) => {
    const t = times(text).find((x) => x.text === label)
    expect(t, JSON.stringify(times(text).map((x) => x.text))).toBeDefined()
    expect(t!.kind).toBe(kind)
    expect(t!.year).toBe(year)
    expect(t!.months).toEqual(months)
    expect(text.slice(t!.start, t!.end)).toBe(label)
  })

  it('marks the same period of a year as a like-for-like comparison', () => {
    const [t] = times('down from 129 in the same period last year')
    expect(t!.samePeriod).toBe(true)
    expect(t!.kind).toBe('relative')
    expect(t!.rel).toBe(-1)
    const [u] = times('compared with 84 in the same quarter of 2023')
    expect(u!).toMatchObject({ samePeriod: true, kind: 'year', year: 2023 })
  })

  it('marks the time of a statement as attribution', () => {
    const t = times('the council said on Sunday')
    expect(t[0]!.attribution).toBe(true)
    expect(times('Just yesterday, six Cambodians were repatriated')[0]!.attribution).toBe(false)
  })

  it.each(['he may return', 'a march through the city', 'under the Act 2007 provisions', 'COVID-19 rules'])('finds no time in %j', (text) => {
    expect(times(text).filter((t) => t.kind !== 'multi')).toEqual([])
  })
})

describe('resolveYear and resolvePeriod', () => {
  const [last] = times('last year')
  const [prev] = times('the previous year')
  const [range] = times('between January and October of 2018')
  it('resolves relative years against the reference year and anchors against the main time', () => {
    expect(resolveYear(last!, 2018, null)).toBe(2017)
    expect(resolveYear(last!, null, null)).toBeNull()
    expect(resolveYear(prev!, 2018, 2023)).toBe(2022)
  })
  it('gives a month period only when it is less than a whole year', () => {
    expect(resolvePeriod(range!, 2018)).toEqual({ start: '2018-01', end: '2018-10', label: 'between January and October of 2018' })
    expect(resolvePeriod(last!, 2017)).toBeNull()
  })
})
