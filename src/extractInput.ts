import { extractArticle } from './extractArticle.js'
import { InputError, inputErrorRecord } from './errors.js'
import { DEFAULT_MAX_SIZE, readInput, type InputRef } from './read/input.js'
import type { ArticleReport, InputErrorRecord } from './schema.js'

/** What became of one input: its report, or its error record with what was thrown (an InputError, or a bug). */
export type InputOutcome = { report: ArticleReport; error?: undefined } | { report?: undefined; error: InputErrorRecord; cause: unknown }

/**
 * Returns the outcome of one input as `resolveInputs` listed it: read (bounded by maxSize) and extracted, or the
 * error; never throws, so that a file that trips a bug costs the other files nothing.
 */
export async function extractInput(ref: InputRef | InputError, options: { maxSize?: number; year?: number | null } = {}): Promise<InputOutcome> {
  try {
    if (ref instanceof InputError) throw ref
    const bytes = await readInput(ref, options.maxSize ?? DEFAULT_MAX_SIZE)
    return { report: extractArticle(bytes, { path: ref.path, year: options.year ?? null }) }
  } catch (e) {
    return { error: inputErrorRecord(ref.path, e), cause: e }
  }
}
