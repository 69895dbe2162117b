import { resolveInputs } from './read/input.js'
import { extractInput } from './extractInput.js'
import { SCHEMA_VERSION } from './contract.js'
import type { ArticleReport, InputErrorRecord, Report } from './schema.js'
import type { ExtractOptions } from './extractArticle.js'

export * from './schema.js'
export { InputError, UsageError, EXIT } from './errors.js'
export { decodeInput, type Decoded } from './read/decode.js'
export { extractArticle, type ExtractOptions } from './extractArticle.js'

/** Options of extractFiles: the size limit, and a callback for each article or error as it finishes. */
export interface ExtractFilesOptions extends ExtractOptions {
  maxSize?: number
  onArticle?: (report: ArticleReport) => void
  /** `cause` is the InputError, or (a bug) whatever else was thrown */
  onError?: (error: InputErrorRecord, cause: unknown) => void
}

/** Returns the report over files and directories (as the CLI reads them); a bad file becomes an entry in `errors`, and the rest go on. */
export async function extractFiles(paths: string[], options: ExtractFilesOptions = {}): Promise<Report> {
  const report: Report = { schemaVersion: SCHEMA_VERSION, articles: [], errors: [] }
  for (const ref of await resolveInputs(paths)) {
    // why: a file that trips a bug must not cost the other files their results; the CLI exits 3 for it
    const r = await extractInput(ref, { maxSize: options.maxSize, year: options.year ?? null })
    if (r.report) {
      report.articles.push(r.report)
      options.onArticle?.(r.report)
    } else {
      report.errors.push(r.error)
      options.onError?.(r.error, r.cause)
    }
  }
  return report
}
