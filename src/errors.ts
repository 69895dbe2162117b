import type { InputErrorRecord } from './schema.js'

/** Exit codes of the CLI: 0 all good, 1 some input failed, 2 usage error, 3 a bug. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const

/** Base of every error the tool throws on purpose; knows its exit code. */
export abstract class ToolError extends Error {
  abstract readonly exitCode: number
}

/** A file that cannot be read or decoded: reported, and the other files go on. */
export class InputError extends ToolError {
  readonly exitCode = EXIT.input
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
    this.name = 'InputError'
  }
}

/** Bad flags or arguments: nothing is processed. */
export class UsageError extends ToolError {
  readonly exitCode = EXIT.usage
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Returns the exit code for anything thrown: tool errors know theirs, the rest are bugs. */
export function exitCodeFor(error: unknown): number {
  return error instanceof ToolError ? error.exitCode : EXIT.internal
}

/** Returns the error record of an input that failed: an InputError's own message, anything else as a bug to report. */
export function inputErrorRecord(path: string, e: unknown): InputErrorRecord {
  if (e instanceof InputError) return { path: e.path, message: e.message }
  return { path, message: `internal error: ${e instanceof Error ? e.message : String(e)} (a bug; please report it with this file)` }
}
