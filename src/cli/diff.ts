import { readFile } from 'node:fs/promises'
import { EXIT, UsageError } from '../errors.js'
import { extractFiles } from '../index.js'
import { ReportSchema, type Report } from '../schema.js'
import { defaultYears, diffYears, findConflicts, series } from '../diff/compare.js'
import { observations } from '../diff/metrics.js'
import { diffReports } from '../diff/reports.js'
import {
  formatChangesCsv,
  formatChangesTable,
  formatDiffCsv,
  formatDiffTable,
  formatSeriesCsv,
  formatSeriesTable,
} from '../format/diff.js'
import { parseYearOption } from './extract.js'
import { openSink, warn } from './io.js'
import { tableOptions } from '../format/paint.js'

export interface DiffCommandOptions {
  from?: string
  to?: string
  json?: boolean
  csv?: boolean
  output?: string
  year?: string
}

async function loadReport(path: string): Promise<Report | null> {
  if (!/\.json$/i.test(path)) return null
  try {
    const parsed = ReportSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Extracts the inputs (or loads them when they are saved reports), reporting bad files; returns the report and exit code. */
async function reportOf(inputs: string[], year: number | null): Promise<{ report: Report; code: number }> {
  const report = await extractFiles(inputs, { year })
  for (const e of report.errors) warn(`traffick-extract: ${e.path}: ${e.message}`)
  return { report, code: report.errors.length ? EXIT.input : EXIT.ok }
}

/**
 * Compares figures between two years across the articles given; with two saved --json reports, lists the records
 * added, removed and changed between them. Returns the exit code.
 */
export async function runDiff(inputs: string[], opts: DiffCommandOptions): Promise<number> {
  if (!inputs.length) throw new UsageError('diff needs article files or directories, or two saved --json reports')
  if (opts.json && opts.csv) throw new UsageError('choose one of --json and --csv')
  const sink = openSink(opts.output)
  const tableOpts = await tableOptions(sink.color, sink.width)
  if (inputs.length === 2) {
    const [a, b] = await Promise.all(inputs.map(loadReport))
    if (a && b) {
      const changes = diffReports(a, b)
      sink.write(opts.json ? `${JSON.stringify({ changes }, null, 2)}\n` : opts.csv ? formatChangesCsv(changes) : formatChangesTable(changes, tableOpts))
      await sink.close()
      return EXIT.ok
    }
    if (a || b) throw new UsageError('to compare saved reports give two --json reports; to compare years give article files')
  }
  const { report, code } = await reportOf(inputs, parseYearOption(opts.year))
  const obs = observations(report.articles)
  const from = opts.from !== undefined ? parseYearOption(opts.from) : null
  const to = opts.to !== undefined ? parseYearOption(opts.to) : null
  const years = from !== null && to !== null ? ([from, to] as [number, number]) : defaultYearsWith(obs, from, to)
  const conflicts = findConflicts(obs)
  if (!years) {
    sink.write(opts.json ? `${JSON.stringify({ from: null, to: null, rows: [], conflicts }, null, 2)}\n` : 'no two years share a metric in these articles\n')
    await sink.close()
    return code
  }
  const [y1, y2] = years
  const rows = diffYears(obs, y1, y2)
  const relevant = conflicts.filter((k) => k.year === y1 || k.year === y2)
  if (opts.json) sink.write(`${JSON.stringify({ from: y1, to: y2, rows, conflicts: relevant }, null, 2)}\n`)
  else if (opts.csv) sink.write(formatDiffCsv(y1, y2, rows))
  else sink.write(formatDiffTable(y1, y2, rows, relevant, tableOpts))
  await sink.close()
  return code
}

function defaultYearsWith(obs: ReturnType<typeof observations>, from: number | null, to: number | null): [number, number] | null {
  if (from === null && to === null) return defaultYears(obs)
  const pinned = obs.filter((o) => o.year === (to ?? from))
  const others = obs.filter((o) => (to !== null ? o.year < to : o.year > from!) && pinned.some((p) => p.metric === o.metric))
  if (!others.length) return null
  const pick = to !== null ? Math.max(...others.map((o) => o.year)) : Math.min(...others.map((o) => o.year))
  return to !== null ? [pick, to] : [from!, pick]
}

/** Prints every metric × year found in the articles, the basis for a chart; returns the exit code. */
export async function runSeries(inputs: string[], opts: DiffCommandOptions): Promise<number> {
  if (!inputs.length) throw new UsageError('series needs article files or directories')
  if (opts.json && opts.csv) throw new UsageError('choose one of --json and --csv')
  const { report, code } = await reportOf(inputs, parseYearOption(opts.year))
  const obs = observations(report.articles)
  const { years, rows } = series(obs)
  const conflicts = findConflicts(obs)
  const sink = openSink(opts.output)
  if (opts.json) {
    const json = rows.map((r) => ({ metric: r.label, period: r.periodKey, values: Object.fromEntries([...r.cells.entries()].map(([y, os]) => [y, os.map((o) => ({ value: o.value, approximate: o.approximate, source: o.source }))])) }))
    sink.write(`${JSON.stringify({ years, series: json, conflicts }, null, 2)}\n`)
  } else if (opts.csv) sink.write(formatSeriesCsv(rows))
  else sink.write(formatSeriesTable(years, rows, conflicts, await tableOptions(sink.color, sink.width)))
  await sink.close()
  return code
}
