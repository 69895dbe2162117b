import type { Observation } from './metrics.js'
import { formatCount } from '../patterns/numbers.js'

/** One metric compared between two years. */
export interface DiffRow {
  label: string
  metric: string
  from: Observation
  to: Observation
  change: number
  /** percent change from the older value, or null when the older value is 0 */
  percent: number | null
  /** like with like: the same months in both years (or both whole years) */
  comparable: boolean
  note: string | null
}

/** Two sources that give different values for the same metric and period. */
export interface Conflict {
  label: string
  metric: string
  year: number
  periodLabel: string
  observations: Observation[]
}

/** Returns the percent change from a to b, rounded to one decimal, or null when a is 0. */
export function percentChange(a: number, b: number): number | null {
  if (a === 0) return null
  return Math.round(((b - a) / a) * 1000) / 10
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const x of xs) {
    const k = key(x)
    const g = m.get(k)
    if (g) g.push(x)
    else m.set(k, [x])
  }
  return m
}

/** Returns every metric/period/year where sources disagree on the value. */
export function findConflicts(obs: Observation[]): Conflict[] {
  const out: Conflict[] = []
  for (const g of groupBy(obs, (o) => `${o.metric}#${o.year}#${o.periodKey}`).values()) {
    const values = new Set(g.map((o) => o.value))
    if (values.size < 2) continue
    const first = g[0]!
    out.push({ label: first.label, metric: first.metric, year: first.year, periodLabel: first.periodLabel, observations: g })
  }
  return out
}

/** Returns the two latest years that share at least one metric, older first, or null. */
export function defaultYears(obs: Observation[]): [number, number] | null {
  const byYear = groupBy(obs, (o) => String(o.year))
  const years = [...byYear.keys()].map(Number).sort((a, b) => b - a)
  for (const to of years) {
    const toMetrics = new Set(byYear.get(String(to))!.map((o) => o.metric))
    for (const from of years) {
      if (from >= to) continue
      if (byYear.get(String(from))!.some((o) => toMetrics.has(o.metric))) return [from, to]
    }
  }
  return null
}

/**
 * Lines up each metric between two years: like periods pair up (January–October with January–October); a metric
 * with different periods in the two years is shown once, marked not comparable.
 */
export function diffYears(obs: Observation[], from: number, to: number): DiffRow[] {
  const rows: DiffRow[] = []
  for (const [metric, g] of groupBy(obs, (o) => o.metric)) {
    const older = groupBy(g.filter((o) => o.year === from), (o) => o.periodKey)
    const newer = groupBy(g.filter((o) => o.year === to), (o) => o.periodKey)
    if (!older.size || !newer.size) continue
    const leftOld = new Set(older.keys())
    const leftNew = new Set(newer.keys())
    for (const [period, ns] of newer) {
      const os = older.get(period)
      if (!os) continue
      const [o, n] = bestPair(os, ns)
      rows.push(row(metric, o, n, true, conflictNote(os, o) ?? conflictNote(ns, n)))
      leftOld.delete(period)
      leftNew.delete(period)
    }
    // different periods only: shown once, marked as not a like-for-like comparison
    if (leftOld.size && leftNew.size && rows.every((r) => r.metric !== metric)) {
      const os = older.get([...leftOld][0]!)!
      const ns = newer.get([...leftNew][0]!)!
      const [o, n] = bestPair(os, ns)
      rows.push(row(metric, o, n, false, `not comparable: ${o.periodLabel} against ${n.periodLabel}`))
    }
  }
  return rows.sort((a, b) => a.label.localeCompare(b.label) || a.to.periodKey.localeCompare(b.to.periodKey))
}

// why: an article that gives both years ("up from 298 in 2016") is the fairest pairing; otherwise the first of each
function bestPair(os: Observation[], ns: Observation[]): [Observation, Observation] {
  for (const n of ns) {
    const o = os.find((x) => x.source.path === n.source.path)
    if (o) return [o, n]
  }
  return [os[0]!, ns[0]!]
}

function conflictNote(group: Observation[], chosen: Observation): string | null {
  const others = group.filter((o) => o.periodKey === chosen.periodKey && o.value !== chosen.value)
  return others.length ? `conflict: ${others.map((o) => `${formatCount(o.value)} in ${o.source.path}`).join(', ')}` : null
}

function row(metric: string, from: Observation, to: Observation, comparable: boolean, note: string | null): DiffRow {
  return { label: to.label, metric, from, to, change: to.value - from.value, percent: percentChange(from.value, to.value), comparable, note }
}

/** A metric's values over the years, for charts: one cell per year and period. */
export interface SeriesRow {
  label: string
  metric: string
  periodLabel: string
  periodKey: string
  cells: Map<number, Observation[]>
}

/** Returns every metric × period with its values per year, and the sorted years. */
export function series(obs: Observation[]): { years: number[]; rows: SeriesRow[] } {
  const years = [...new Set(obs.map((o) => o.year))].sort((a, b) => a - b)
  const rows: SeriesRow[] = []
  for (const g of groupBy(obs, (o) => `${o.metric}#${o.periodKey}`).values()) {
    const first = g[0]!
    const cells = new Map<number, Observation[]>()
    for (const o of g) cells.set(o.year, [...(cells.get(o.year) ?? []), o])
    rows.push({ label: first.label, metric: first.metric, periodKey: first.periodKey, periodLabel: first.periodKey === 'year' ? 'year' : first.periodLabel.replace(/\s+\d{4}$/, ''), cells })
  }
  rows.sort((a, b) => a.label.localeCompare(b.label) || a.periodKey.localeCompare(b.periodKey))
  return { years, rows }
}
