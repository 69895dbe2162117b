import { EXIT, UsageError } from '../errors.js'
import { csvHeader } from '../format/csv.js'
import { formatJsonLine } from '../format/json.js'
import { jsonReportStream } from '../format/jsonStream.js'
import { DEFAULT_MAX_SIZE, resolveInputs } from '../read/input.js'
import type { InputErrorRecord } from '../schema.js'
import { defaultJobs, runInputs } from '../workers/pool.js'
import { FORMATS, type Format } from '../workers/protocol.js'
import { openSink } from './io.js'
import { openProgress, wantsProgress } from './progress.js'

export { FORMATS, type Format }

export interface ExtractCommandOptions {
  format?: string
  json?: boolean
  output?: string
  year?: string
  maxSize?: string
  jobs?: string
  quiet?: boolean
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
  const bytes = Math.floor(Number(m[1]) * factor)
  if (bytes < 1) throw new UsageError(`--max-size must be at least 1 byte, not "${v}"`)
  return bytes
}

/** Returns the number of worker threads given with --jobs (default: one per core), or throws UsageError. */
export function parseJobs(v: string | undefined): number {
  if (v === undefined) return defaultJobs()
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > 256) throw new UsageError(`--jobs wants a number of worker threads from 1 to 256, not "${v}"`)
  return Number(v)
}

/** Runs the extractor over the inputs and writes the chosen format; returns the exit code (1 if any input failed). */
export async function runExtract(inputs: string[], opts: ExtractCommandOptions): Promise<number> {
  const format = (opts.json ? 'json' : (opts.format ?? 'table')) as Format
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${opts.format}"`)
  if (!inputs.length) throw new UsageError('no input: give one or more files, directories, or - for standard input')
  const year = parseYearOption(opts.year)
  const maxSize = parseSize(opts.maxSize)
  const jobs = parseJobs(opts.jobs)
  const sink = openSink(opts.output)
  const refs = await resolveInputs(inputs)
  const toTerminal = (opts.output === undefined || opts.output === '-') && process.stdout.isTTY === true
  const progress = await openProgress(
    refs.length,
    wantsProgress({ quiet: opts.quiet === true, files: refs.length, stderrTTY: process.stderr.isTTY === true, outputOnTerminal: toTerminal }),
  )
  // each article is written as soon as it and every input before it are done; nothing grows with the number of files but the error list
  const json = format === 'json' ? jsonReportStream() : null
  if (json) sink.write(json.start())
  if (format === 'csv') sink.write(csvHeader())
  const errors: InputErrorRecord[] = []
  // a file that tripped a bug: still reported and the others still output, but the run exits 3
  let internal = false
  let first = true
  try {
    await runInputs(refs, { jobs, format, maxSize, year, color: sink.color, width: sink.width }, (r) => {
      progress.tick()
      if (r.error) {
        errors.push(r.error)
        if (r.internal) internal = true
        progress.warn(`traffick-extract: ${r.error.path}: ${r.error.message}`)
        if (format === 'jsonl') sink.write(formatJsonLine({ error: r.error }))
      } else if (json) sink.write(json.article(r.text))
      else if (format === 'table') {
        sink.write(`${first ? '' : '\n'}${r.text}`)
        first = false
      } else sink.write(r.text)
    })
  } finally {
    progress.stop()
  }
  if (json) sink.write(json.end(errors))
  if (format === 'table' && errors.length) {
    const [{ formatErrorLine }, { tableOptions }] = await Promise.all([import('../format/table.js'), import('../format/paint.js')])
    const options = await tableOptions(sink.color, sink.width)
    for (const e of errors) sink.write(formatErrorLine(e, options))
  }
  await sink.close()
  return internal ? EXIT.internal : errors.length ? EXIT.input : EXIT.ok
}
