import { describe, expect, it } from 'vitest'
import { extractArticle, type Figure } from '../../src/index.js'

type Row = [kind: string, value: number, year: number | null, partOf?: number | null]

function figures(text: string, year: number | null = null): { kind: string; f: Figure }[] {
  const a = extractArticle(text, { year })
  return (['cases', 'suspects', 'victims'] as const).flatMap((kind) => a[kind].map((f) => ({ kind, f })))
}

function rows(text: string, year: number | null = null): Row[] {
  return figures(text, year)
    .map(({ kind, f }) => [kind, f.value, f.year, f.partOf] as Row)
    .sort((a, b) => a[1] - b[1])
}

describe('linking numbers that do not say what they count', () => {
  it.each<[string, string, number | null, Row[]]>([
    ['a comparison takes the kind of the figure it compares with',
      'Border police intercepted 640 people believed to be trafficking victims in 2021, up from 512 in 2020.', null,
      [['victims', 512, 2020, null], ['victims', 640, 2021, null]]],
    ['"fell from … to …" compares the old value with the new one after it',
      'The number of suspects convicted fell from 84 in 2018 to 61 in 2019.', null,
      [['suspects', 61, 2019, null], ['suspects', 84, 2018, null]]],
    ['parallel lists pair in order',
      'In 2016 there were 41 prosecutions and 17 convictions, against 55 and 23 in 2015.', null,
      [['suspects', 17, 2016, null], ['suspects', 23, 2015, null], ['suspects', 41, 2016, null], ['suspects', 55, 2015, null]]],
    ['"Of the N X," restates a total and its parts follow',
      'Investigators opened 212 cases in 2020. Of the 212 cases, 140 involved sexual exploitation and 72 involved forced labour.', null,
      [['cases', 72, 2020, 212], ['cases', 140, 2020, 212], ['cases', 212, 2020, null]]],
    ['"Of that number" points at the last total',
      'Police rescued 90 victims in 2019. Of that number, 51 were under 18 and 39 were adults.', null,
      [['victims', 39, 2019, 90], ['victims', 51, 2019, 90], ['victims', 90, 2019, null]]],
    ['"including" breaks down the total of its own sentence',
      'Last year 64 suspects were detained, including nine women and 12 foreigners.', 2020,
      [['suspects', 9, 2019, 64], ['suspects', 12, 2019, 64], ['suspects', 64, 2019, null]]],
    ['"of whom" and "of them" point at the number before',
      'The shelter took in 120 survivors, 70 of them children, of whom 45 were girls.', null,
      [['victims', 45, null, 70], ['victims', 70, null, 120], ['victims', 120, null, null]]],
    ['"N out of M" makes the first a part of the second',
      'Prosecutors said 18 out of 25 victims identified this year were minors.', 2021,
      [['victims', 18, 2021, 25], ['victims', 25, 2021, null]]],
    ['"The number increased to N" continues the metric under discussion',
      'In 2017, 300 suspects were arrested. The number increased to 340 in 2018.', null,
      [['suspects', 300, 2017, null], ['suspects', 340, 2018, null]]],
    ['bare people counts that add up to a recent total are its parts',
      'Police freed 27 workers from the farm. The workers — 20 men and seven women — had not been paid for months.', 2020,
      [['victims', 7, 2020, 27], ['victims', 20, 2020, 27], ['victims', 27, 2020, null]]],
    ['the items of a breakdown list under a colon are parts of the total they add up to',
      'Officials rescued 100 victims in 2019.\n\nBy form of exploitation, the victims were broken down as follows:\n1. Sexual exploitation: 60\n2. Forced labour: 30\n3. Other: 10', null,
      [['victims', 10, 2019, 100], ['victims', 30, 2019, 100], ['victims', 60, 2019, 100], ['victims', 100, 2019, null]]],
    ['"investigations into N of them" counts cases',
      'The unit received 500 complaints in 2018 and opened investigations into 120 of them.', null,
      [['cases', 120, 2018, null]]],
    ['"N of the M defendants" makes the first a part of the second',
      'The court convicted four of the seven defendants in 2015.', null,
      [['suspects', 4, 2015, 7], ['suspects', 7, 2015, null]]],
  ])('%s', (_name, text, year, expected) => {
    expect(rows(text, year)).toEqual(expected)
  })

  it.each([
    ['a list under a colon that is not about people', 'The budget was split as follows:\n1. Shelters: 40\n2. Training: 25'],
    ['bare people counts with no total and no verb', 'The village has 300 women and 280 men.'],
    ['a comparison with nothing to compare', 'That is up from 40.'],
    ['a part of no total', 'Of them, 12 were minors.'],
  ])('drops %s', (_name, text) => {
    expect(rows(text, 2020)).toEqual([])
  })

  it('keeps the action of the total on its parts and comparisons', () => {
    const f = figures('Officers rescued 200 people in 2018, compared with 150 in 2017. Of the 200, 80 were children.')
    expect(f.map(({ f }) => f.action)).toEqual(['rescued', 'rescued', 'rescued'])
  })
})
