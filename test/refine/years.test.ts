import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/index.js'

function years(text: string, year: number | null): [number, number | null, string | null][] {
  const a = extractArticle(text, { year })
  return (['cases', 'suspects', 'victims'] as const)
    .flatMap((k) => a[k])
    .sort((x, y) => x.mention.start - y.mention.start)
    .map((f) => [f.value, f.year, f.period ? `${f.period.start}..${f.period.end}` : null])
}

describe('the year and period of each figure', () => {
  it.each<[string, string, number | null, [number, number | null, string | null][]]>([
    ['an explicit year', 'Police rescued 80 victims in 2015.', null, [[80, 2015, null]]],
    ['"last year" against the reference year', 'Last year, 120 suspects were arrested.', 2019, [[120, 2018, null]]],
    ['a month range of this year', 'From January to June this year, 45 cases were opened.', 2022, [[45, 2022, '2022-01..2022-06']]],
    ['the same period last year keeps the months', 'Police foiled 60 cases between January and March of 2021, down from 75 in the same period last year.', null,
      [[60, 2021, '2021-01..2021-03'], [75, 2020, '2020-01..2020-03']]],
    ['"the previous year" counts back from the sentence\'s own year', 'In 2014, the unit recorded 33 cases, up from 21 cases the previous year.', null, [[33, 2014, null], [21, 2013, null]]],
    ['"a year earlier" after a fiscal year stays unknown', 'Police arrested 300 suspects in 2020-21, compared with 280 a year earlier.', 2022, [[300, null, null], [280, null, null]]],
    ['a multi-year span has no year', 'Some 2,400 victims were identified between 2010 and 2015.', 2020, [[2400, null, null]]],
    ['a cumulative figure since a year has no year', 'The charity has supported 5,000 survivors since it was founded in 2001.', 2020, [[5000, null, null]]],
    ['a present state has no year', 'An estimated 40,000 people live in conditions of forced labour in the country.', 2020, [[40000, null, null]]],
    ['a past event of the news takes the reference year', 'Police rescued 19 women from a massage parlour, officials said on Monday.', 2017, [[19, 2017, null]]],
    ['a cumulative perfect does not', 'The ministry has repatriated 600 victims from abroad.', 2017, [[600, null, null]]],
    ['a perfect in a news lead does', 'Police in the capital say they have rescued 14 children this week.', 2017, [[14, 2017, null]]],
    ['"during the year" is the year under discussion', 'Police rescued 500 victims last year.\n\nProsecutors charged 60 traffickers during the year.', 2016, [[500, 2015, null], [60, 2015, null]]],
    ['a sentence without time keeps its paragraph\'s year', 'In 2012, police rescued 70 victims. Some 30 had been trafficked abroad.', null, [[70, 2012, null], [30, 2012, null]]],
    ['a month later than the dateline\'s month is last year\'s', 'LAGOS, Feb 7 (Wire) \u2013 Police said on Monday that 40 suspects had been charged by the end of December.', 2023, [[40, 2022, null]]],
    ['a month before the dateline\'s month is this year\'s', 'LAGOS, Nov 7 (Wire) \u2013 Police said on Monday that 40 suspects had been charged by the end of March.', 2023, [[40, 2023, null]]],
    ['items listed against years in order', 'Police rescued 120 and 150 victims in 2016 and 2017 respectively.', null, [[120, 2016, null], [150, 2017, null]]],
    ['with no reference year, relative years stay unknown', 'Last year, 120 suspects were arrested.', null, [[120, null, null]]],
  ])('%s', (_name, text, year, expected) => {
    expect(years(text, year)).toEqual(expected)
  })
})
