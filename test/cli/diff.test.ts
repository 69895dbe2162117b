import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'traffick-extract.js')
const SEEDS = join(ROOT, 'fixtures', 'articles')

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Row {
  label: string
  from: { value: number; periodKey: string }
  to: { value: number; periodKey: string }
  percent: number | null
  comparable: boolean
}

describe('traffick-extract diff and series on the seed articles', () => {
  it('shows 2016 → 2017 for cases, suspects and victims', () => {
    const r = run(['diff', '--json', '--from', '2016', '--to', '2017', SEEDS])
    expect(r.status).toBe(0)
    const rows = (JSON.parse(r.stdout) as { rows: Row[] }).rows
    const pick = (label: string): [number, number, number | null] => {
      const row = rows.find((x) => x.label === label)!
      return [row.from.value, row.to.value, row.percent]
    }
    expect(pick('cases · cracked down')).toEqual([92, 159, 72.8])
    expect(pick('suspects · arrested')).toEqual([113, 203, 79.6])
    expect(pick('victims · rescued')).toEqual([298, 345, 15.8])
  })

  it('compares January–October 2017 with January–October 2018 by default', () => {
    const r = run(['diff', '--json', SEEDS])
    const out = JSON.parse(r.stdout) as { from: number; to: number; rows: Row[] }
    expect([out.from, out.to]).toEqual([2017, 2018])
    const foiled = out.rows.find((x) => x.label === 'cases · foiled')!
    expect([foiled.from.value, foiled.to.value, foiled.from.periodKey, foiled.comparable, foiled.percent]).toEqual([129, 109, '01..10', true, -15.5])
  })

  it('prints a table with the change and flags sources that disagree', () => {
    const r = run(['diff', SEEDS])
    expect(r.stdout).toContain('Jan–Oct 2017 → Jan–Oct 2018')
    expect(r.stdout).toContain('−15.5%')
    expect(r.stdout).toContain('Sources disagree')
  })

  it('writes CSV', () => {
    const lines = run(['diff', '--csv', SEEDS]).stdout.trim().split('\n')
    expect(lines[0]).toBe('metric,from_year,from_period,from_value,to_year,to_period,to_value,change,percent,comparable,note,from_source,to_source')
    expect(lines.some((l) => l.startsWith('cases · foiled,2017,01..10,129,2018,01..10,109,-20,-15.5,true'))).toBe(true)
  })

  it('lists every metric and year as a series', () => {
    const r = run(['series', '--json', SEEDS])
    const out = JSON.parse(r.stdout) as { years: number[]; series: { metric: string; period: string; values: Record<string, { value: number }[]> }[] }
    expect(out.years).toEqual(expect.arrayContaining([2016, 2017, 2018]))
    const cases = out.series.find((s) => s.metric === 'cases · cracked down')!
    expect(cases.values['2016']![0]!.value).toBe(92)
    expect(cases.values['2017']![0]!.value).toBe(159)
  })

  it('compares two saved reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'te-diff-'))
    const a = join(dir, 'a.json')
    const b = join(dir, 'b.json')
    writeFileSync(a, run(['--json', join(SEEDS, '000_aacf34397518f9b8.txt')]).stdout)
    writeFileSync(b, run(['--json', join(SEEDS, '000_aacf34397518f9b8.txt'), join(SEEDS, '001_44fe66d8323e54bc.txt')]).stdout)
    const same = run(['diff', a, a])
    expect(same.status).toBe(0)
    expect(same.stdout).toContain('0 added, 0 removed, 0 changed')
    const changes = JSON.parse(run(['diff', '--json', a, b]).stdout) as { changes: { status: string; path: string }[] }
    expect(changes.changes.length).toBeGreaterThan(0)
    expect(changes.changes.every((c) => c.status === 'added' && c.path.endsWith('001_44fe66d8323e54bc.txt'))).toBe(true)
  })

  it('reports the checks of an article: both stated percentages and the 757/752 discrepancy', () => {
    const out = JSON.parse(run(['--json', join(SEEDS, '000_aacf34397518f9b8.txt'), join(SEEDS, '001_44fe66d8323e54bc.txt')]).stdout) as {
      articles: { checks: { kind: string; ok: boolean; stated?: number; computed?: number }[] }[]
    }
    const checks = out.articles.flatMap((a) => a.checks)
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'percent-change', ok: true, stated: -15.5, computed: -15.5 }))
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'percent-change', ok: true, stated: 72.82, computed: 72.83 }))
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'breakdown-country', ok: false, stated: 757, computed: 752 }))
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'breakdown-age', ok: true, stated: 345, computed: 345 }))
  })

  it('is a usage error to ask for both --json and --csv', () => {
    expect(run(['diff', '--json', '--csv', SEEDS]).status).toBe(2)
  })
})
