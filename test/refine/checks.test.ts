import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/index.js'

function checks(text: string, year: number | null = null) {
  return extractArticle(text, { year }).checks.map((c) => ({ kind: c.kind, ok: c.ok, stated: c.stated, computed: c.computed }))
}

describe('checks of the figures an article gives', () => {
  it.each([
    ['a stated fall that matches', 'Police foiled 90 cases in 2019, down from 120 in 2018, a fall of 25 per cent.', { kind: 'percent-change', ok: true, stated: -25, computed: -25 }],
    ['a stated rise consistent to rounding', 'Last year police rescued 159 victims. This is an increase of 72.82 percent on the 92 victims rescued in 2016.', { kind: 'percent-change', ok: true, stated: 72.82, computed: 72.83 }],
    ['a stated percentage that does not match', 'Arrests rose to 150 in 2020 from 100 in 2019, an increase of 40 per cent.', { kind: 'percent-change', ok: false, stated: 40, computed: 50 }],
    ['a percentage in the sentence before the figures', 'Trafficking cases declined by about 20% this year. Police recorded 80 cases, down from 100 in the same period last year.', { kind: 'percent-change', ok: true, stated: -20, computed: -20 }],
    ['age groups that add up', 'Police rescued 100 victims in 2018. Of that number, 30 were under 15, 20 were aged between 15 and 17, and 50 were over 18.', { kind: 'breakdown-age', ok: true, stated: 100, computed: 100 }],
    ['sexes that do not add up', 'Officers identified 90 potential victims. Of the potential victims, 50 were men and 30 women.', { kind: 'breakdown-sex', ok: false, stated: 90, computed: 80 }],
    ['a country list short of its total', 'The ministry repatriated 100 workers, including 60 from Malaysia, 30 from Thailand and five from China.', { kind: 'breakdown-country', ok: false, stated: 100, computed: 95 }],
    ['a country list that adds up', 'By nationality, the 50 victims comprise 20 Bangladeshis, 20 Nepalis and 10 Indonesians.', { kind: 'breakdown-country', ok: true, stated: 50, computed: 50 }],
  ])('%s', (_name, text, expected) => {
    expect(checks(text, 2018)).toContainEqual(expected)
  })

  it.each([
    ['a share, not a change', 'Women made up 65 per cent of the 300 victims identified in 2020.'],
    ['parts of different kinds', 'Last year 64 suspects were detained, including nine women and 12 foreigners.'],
    ['a partial age breakdown', 'Police rescued 120 victims, including 40 children.'],
    ['a list whose remainder is named next', 'Some 100 victims were brought home, including 60 from India and 20 from Oman. The rest were repatriated from Qatar.'],
  ])('finds nothing to check in %s', (_name, text) => {
    expect(checks(text, 2018).filter((c) => c.kind !== 'reference-year')).toEqual([])
  })

  it('relates each check to the spans it compares', () => {
    const a = extractArticle('Police foiled 90 cases in 2019, down from 120 in 2018, a fall of 25 per cent.')
    expect(a.checks[0]!.evidence.map((e) => e.text)).toEqual(['25 per cent', '120', '90'])
  })
})
