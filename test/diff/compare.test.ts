import { describe, expect, it } from 'vitest'
import { defaultYears, diffYears, findConflicts, percentChange, series } from '../../src/diff/compare.js'
import { metricOf, observations, periodOf } from '../../src/diff/metrics.js'
import { diffReports } from '../../src/diff/reports.js'
import { extractArticle, SCHEMA_VERSION, type Report } from '../../src/index.js'

const A = extractArticle(
  'Police foiled 88 cases between January and June of 2021, down from 100 in the same period last year. ' +
    'In 2020, officers rescued 400 victims, up from 320 in 2019.',
  { path: 'a.txt' },
)
const B = extractArticle('Police rescued 410 victims in 2020 and arrested 75 suspects in 2020, compared with 60 in 2019.', { path: 'b.txt' })

describe('metrics and periods', () => {
  it.each([
    [{ action: 'rescued', qualifiers: { age: 'under 15', group: 'children' }, partOf: 189 }, 'victims|rescued|age=under 15', 'victims · rescued · under 15'],
    [{ action: 'rescued', qualifiers: {}, partOf: null }, 'victims|rescued', 'victims · rescued'],
    [{ action: null, qualifiers: { sex: 'female' as const }, partOf: null }, 'victims||sex=female', 'victims · any action · female'],
    [{ action: 'rescued', qualifiers: {}, partOf: 1136 }, 'victims|rescued|part', 'victims · rescued · part'],
  ])('%o → %s', (f, key, label) => {
    expect(metricOf('victims', f)).toEqual({ key, label })
  })

  it('reads a month period or a whole year', () => {
    expect(periodOf({ year: 2018, period: { start: '2018-01', end: '2018-10' } })).toEqual({ key: '01..10', label: 'Jan–Oct 2018' })
    expect(periodOf({ year: 2018, period: null })).toEqual({ key: 'year', label: '2018' })
  })

  it('leaves out figures without a year', () => {
    const a = extractArticle('Police rescued 40 victims, officials said.')
    expect(observations([a])).toEqual([])
  })
})

describe('percentChange', () => {
  it.each([
    [129, 109, -15.5],
    [92, 159, 72.8],
    [100, 100, 0],
    [0, 5, null],
  ])('%d → %d is %s%%', (a, b, p) => {
    expect(percentChange(a, b)).toBe(p)
  })
})

describe('diffYears', () => {
  const obs = observations([A, B])

  it('pairs like periods and computes the change', () => {
    const rows = diffYears(obs, 2020, 2021)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ label: 'cases · foiled', change: -12, percent: -12, comparable: true })
    expect(rows[0]!.from.periodLabel).toBe('Jan–Jun 2020')
  })

  it('prefers the article that gives both years and notes a conflicting source', () => {
    const rows = diffYears(obs, 2019, 2020)
    const rescued = rows.find((r) => r.label === 'victims · rescued')!
    expect([rescued.from.value, rescued.to.value]).toEqual([320, 400])
    expect(rescued.note).toContain('410 in b.txt')
    const arrested = rows.find((r) => r.label === 'suspects · arrested')!
    expect([arrested.from.value, arrested.to.value, arrested.percent]).toEqual([60, 75, 25])
  })

  it('marks a whole year against part of a year as not comparable', () => {
    const c = extractArticle('Police rescued 500 victims in 2017. From January to October this year, police rescued 420 victims.', { year: 2018 })
    const rows = diffYears(observations([c]), 2017, 2018)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.comparable).toBe(false)
    expect(rows[0]!.note).toBe('not comparable: 2017 against Jan–Oct 2018')
  })

  it('picks the two latest years that share a metric', () => {
    expect(defaultYears(obs)).toEqual([2020, 2021])
    expect(defaultYears([])).toBeNull()
  })

  it('flags two sources that disagree on the same metric and period', () => {
    const conflicts = findConflicts(obs)
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]!.observations.map((o) => o.value).sort()).toEqual([400, 410])
  })

  it('builds a series of every metric and year', () => {
    const s = series(obs)
    expect(s.years).toEqual([2019, 2020, 2021])
    const rescued = s.rows.find((r) => r.label === 'victims · rescued')!
    expect([...rescued.cells.keys()].sort()).toEqual([2019, 2020])
  })
})

describe('diffReports', () => {
  const report = (articles: Report['articles']): Report => ({ schemaVersion: SCHEMA_VERSION, articles, errors: [] })

  it('lists figures added, removed and changed between two saved reports', () => {
    const before = extractArticle('Police rescued 40 victims in 2019 and arrested 12 suspects in 2019.', { path: 'x.txt' })
    const after = extractArticle('Police rescued 45 victims in 2019 and opened 7 cases in 2019.', { path: 'x.txt' })
    const changes = diffReports(report([before]), report([after]))
    expect(changes.map((c) => [c.status, c.kind, c.before, c.after])).toEqual([
      ['added', 'cases', null, '7 (2019) opened'],
      ['removed', 'suspects', '12 (2019) arrested', null],
      ['changed', 'victims', '40 (2019) rescued', '45 (2019) rescued'],
    ])
  })

  it('finds nothing between a report and itself', () => {
    expect(diffReports(report([A, B]), report([A, B]))).toEqual([])
  })
})
