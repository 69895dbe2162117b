import type { Conflict, DiffRow, SeriesRow } from '../diff/compare.js'
import type { RecordChange } from '../diff/reports.js'
import type { Observation } from '../diff/metrics.js'
import { csvField } from './csv.js'
import { snippet, tableFor, type TableOptions } from './table.js'
import { formatCount } from '../patterns/numbers.js'

const n = (x: number): string => formatCount(x)
const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${n(Math.abs(x))}`
const pct = (x: number | null): string => (x === null ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}%`)
const source = (o: Observation): string =>
  `${o.source.path.split('/').pop()}: ${snippet({ start: o.source.sentenceStart, text: o.source.sentence }, { start: o.source.start, end: o.source.end }, 64, (s) => s)}`

/** Returns the year-to-year comparison as a table, with conflicts under it. */
export function formatDiffTable(from: number, to: number, rows: DiffRow[], conflicts: Conflict[], options: TableOptions): string {
  const { table, c } = tableFor(['metric', String(from), String(to), 'change', '%', 'sources'], options)
  for (const r of rows) {
    const mark = (s: string): string => (r.comparable ? s : c.yellow(s))
    table.push([
      `${r.label}${r.to.periodKey === 'year' ? '' : c.dim(`\n${r.from.periodLabel} → ${r.to.periodLabel}`)}`,
      mark(`${r.from.approximate ? '~' : ''}${n(r.from.value)}`),
      mark(`${r.to.approximate ? '~' : ''}${n(r.to.value)}`),
      mark(signed(r.change)),
      mark(pct(r.percent)),
      `${source(r.from)}\n${source(r.to)}${r.note ? `\n${c.yellow(r.note)}` : ''}`,
    ])
  }
  const lines = [c.bold(`Figures ${from} → ${to}`), rows.length ? table.toString() : c.dim(`no metric has figures in both ${from} and ${to}`)]
  if (conflicts.length) lines.push(formatConflicts(conflicts, options))
  return `${lines.join('\n')}\n`
}

/** Returns the conflicts as a warning list. */
export function formatConflicts(conflicts: Conflict[], options: TableOptions): string {
  const { table, c } = tableFor(['conflict', 'period', 'values and sources'], options)
  for (const k of conflicts) table.push([c.yellow(k.label), k.periodLabel, k.observations.map((o) => `${n(o.value)} — ${source(o)}`).join('\n')])
  return `${c.yellow(c.bold('Sources disagree'))}\n${table.toString()}`
}

/** Returns the year-to-year comparison as CSV, one row per metric. */
export function formatDiffCsv(from: number, to: number, rows: DiffRow[]): string {
  const head = ['metric', 'from_year', 'from_period', 'from_value', 'to_year', 'to_period', 'to_value', 'change', 'percent', 'comparable', 'note', 'from_source', 'to_source']
  const body = rows.map((r) =>
    [r.label, from, r.from.periodKey, r.from.value, to, r.to.periodKey, r.to.value, r.change, r.percent, r.comparable, r.note, `${r.from.source.path}@${r.from.source.start}`, `${r.to.source.path}@${r.to.source.start}`]
      .map(csvField)
      .join(','),
  )
  return `${[head.join(','), ...body].join('\n')}\n`
}

/** Returns every metric over the years as a table (one column per year). */
export function formatSeriesTable(years: number[], rows: SeriesRow[], conflicts: Conflict[], options: TableOptions): string {
  const { table, c } = tableFor(['metric', 'period', ...years.map(String)], options)
  for (const r of rows) {
    table.push([
      r.label,
      r.periodLabel,
      ...years.map((y) => {
        const cell = r.cells.get(y)
        if (!cell) return ''
        const values = [...new Set(cell.map((o) => o.value))]
        return values.length > 1 ? c.yellow(values.map(n).join(' / ')) : n(values[0]!)
      }),
    ])
  }
  const lines = [rows.length ? table.toString() : c.dim('no figure has a year')]
  if (conflicts.length) lines.push(formatConflicts(conflicts, options))
  return `${lines.join('\n')}\n`
}

/** Returns the series as CSV: one row per metric, period and year, with its source. */
export function formatSeriesCsv(rows: SeriesRow[]): string {
  const head = ['metric', 'period', 'year', 'value', 'approximate', 'source', 'start', 'end', 'evidence']
  const body: string[] = []
  for (const r of rows) {
    for (const [year, cell] of [...r.cells.entries()].sort((a, b) => a[0] - b[0])) {
      for (const o of cell) body.push([r.label, r.periodKey, year, o.value, o.approximate, o.source.path, o.source.start, o.source.end, o.source.sentence].map(csvField).join(','))
    }
  }
  return `${[head.join(','), ...body].join('\n')}\n`
}

/** Returns the changes between two saved reports as a table. */
export function formatChangesTable(changes: RecordChange[], options: TableOptions): string {
  const { table, c } = tableFor(['', 'file', 'kind', 'before', 'after'], options)
  const mark = { added: c.green('+'), removed: c.red('−'), changed: c.yellow('~') }
  for (const x of changes) table.push([mark[x.status], x.path.split('/').pop() ?? x.path, x.kind, x.before ?? '', x.after ?? ''])
  const counts = (['added', 'removed', 'changed'] as const).map((s) => `${changes.filter((x) => x.status === s).length} ${s}`).join(', ')
  return `${changes.length ? table.toString() : c.dim('no differences')}\n${counts}\n`
}

/** Returns the changes between two saved reports as CSV. */
export function formatChangesCsv(changes: RecordChange[]): string {
  const head = ['status', 'file', 'kind', 'before', 'after', 'evidence']
  return `${[head.join(','), ...changes.map((x) => [x.status, x.path, x.kind, x.before, x.after, x.evidence].map(csvField).join(','))].join('\n')}\n`
}
