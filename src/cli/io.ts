import { createWriteStream, type WriteStream } from 'node:fs'
import { UsageError } from '../errors.js'

/** Where a command writes its output: standard output, or the file given with -o. */
export interface Sink {
  write(s: string): void
  close(): Promise<void>
  /** true when the output goes to a terminal that can show colour */
  color: boolean
  width: number
}

/** Returns the sink for -o FILE (or stdout): colour only on a terminal with NO_COLOR unset. */
export function openSink(file: string | undefined): Sink {
  if (file && file !== '-') {
    let stream: WriteStream
    try {
      stream = createWriteStream(file)
    } catch (e) {
      throw new UsageError(`cannot write ${file}: ${(e as Error).message}`)
    }
    let failed: Error | null = null
    stream.on('error', (e) => {
      failed = e
    })
    return {
      write: (s) => {
        stream.write(s)
      },
      close: () =>
        new Promise((resolve, reject) => {
          stream.end(() => (failed ? reject(new UsageError(`cannot write ${file}: ${(failed as Error).message}`)) : resolve()))
        }),
      color: false,
      width: 120,
    }
  }
  const tty = process.stdout.isTTY === true
  return {
    write: (s) => {
      process.stdout.write(s)
    },
    close: () => new Promise((resolve) => (process.stdout.writableNeedDrain ? process.stdout.once('drain', () => resolve()) : resolve())),
    color: tty && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb',
    width: process.stdout.columns ?? 120,
  }
}

/** Writes one line to standard error (the only place commands report bad inputs). */
export function warn(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`)
}
