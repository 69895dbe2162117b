import { EXIT, UsageError } from '../errors.js'
import { extractFiles } from '../index.js'
import { csvHeader, csvRows } from '../format/csv.js'
import { formatJson, formatJsonLine } from '../format/json.js'
import { formatArticleTable, formatErrorLine } from '../format/table.js'
import { DEFAULT_MAX_SIZE } from '../read/input.js'
import { openSink, warn } from './io.js'

/** The formats of the extract command. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export interface ExtractCommandOptions {
  format?: string
  json?: boolean
  output?: string
  year?: string
  maxSize?: string
}

/** Returns a year given with --year, or throws UsageError. */
export function parseYearOption(v: string | undefined): number | null {
  if (v === undefined) return null
  if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2100) throw new UsageError(`--year wants a four-digit year, not "${v}"`)
  return Number(v)
}

/** Returns a byte count given with --max-size ("20MB", "500k", "1048576"), or throws UsageError. */
export function parseSize(v: string | undefined): number {
  if (v === undefined) return DEFAULT_MAX_SIZE
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(v.trim())
  if (!m) throw new UsageError(`--max-size wants a size such as 20MB or 500KB, not "${v}"`)
  const unit = (m[2] ?? 'b').toLowerCase()[0]!
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1
  return Math.floor(Number(m[1]) * factor)
}

/** Runs the extractor over the inputs and writes the chosen format; returns the exit code (1 if any input failed). */
export async function runExtract(inputs: string[], opts: ExtractCommandOptions): Promise<number> {
  const format = (opts.json ? 'json' : (opts.format ?? 'table')) as Format
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${opts.format}"`)
  if (!inputs.length) throw new UsageError('no input: give one or more files, directories, or - for standard input')
  const year = parseYearOption(opts.year)
  const maxSize = parseSize(opts.maxSize)
  const sink = openSink(opts.output)
  const tableOpts = { color: sink.color, width: sink.width }
  if (format === 'csv') sink.write(csvHeader())
  let first = true
  const report = await extractFiles(inputs, {
    year,
    maxSize,
    onArticle: (a) => {
      if (format === 'jsonl') sink.write(formatJsonLine(a))
      else if (format === 'csv') sink.write(csvRows(a))
      else if (format === 'table') {
        sink.write(`${first ? '' : '\n'}${formatArticleTable(a, tableOpts)}`)
        first = false
      }
    },
    onError: (e) => {
      warn(`traffick-extract: ${e.path}: ${e.message}`)
      if (format === 'jsonl') sink.write(formatJsonLine({ error: e }))
    },
  })
  if (format === 'json') sink.write(formatJson(report))
  if (format === 'table' && report.errors.length) for (const e of report.errors) sink.write(formatErrorLine(e, tableOpts))
  await sink.close()
  return report.errors.length ? EXIT.input : EXIT.ok
}
