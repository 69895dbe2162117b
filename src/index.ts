import { decodeBytes, DecodeError, normalizeText } from './read/decode.js'
import { buildArticle } from './read/article.js'
import { readInput, resolveInputs, DEFAULT_MAX_SIZE } from './read/input.js'
import { runPipeline } from './pipeline.js'
import { sha256, toArticleReport } from './report.js'
import { InputError } from './errors.js'
import { SCHEMA_VERSION, type ArticleReport, type InputErrorRecord, type Report } from './schema.js'

export * from './schema.js'
export { InputError, UsageError, EXIT } from './errors.js'

/** Options of the library calls; `year` is what "this year" means when the text does not say. */
export interface ExtractOptions {
  path?: string
  year?: number | null
}

/** Returns the records of one article, from its text (already decoded) or its raw bytes. */
export function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): ArticleReport {
  const path = options.path ?? '<text>'
  let text: string
  let encoding: string | undefined
  if (typeof input === 'string') text = normalizeText(input)
  else {
    try {
      const d = decodeBytes(input)
      text = d.text
      encoding = d.encoding
    } catch (e) {
      if (e instanceof DecodeError) throw new InputError(path, e.message)
      throw e
    }
  }
  const article = buildArticle(path, text)
  const draft = runPipeline(article, { year: options.year ?? null })
  return toArticleReport(draft, { path, sha256: sha256(input), ...(encoding ? { encoding } : {}) })
}

/** Options of extractFiles: the size limit, and a callback for each article or error as it finishes. */
export interface ExtractFilesOptions extends ExtractOptions {
  maxSize?: number
  onArticle?: (report: ArticleReport) => void
  onError?: (error: InputErrorRecord) => void
}

/** Returns the report over files and directories (as the CLI reads them); a bad file becomes an entry in `errors`. */
export async function extractFiles(paths: string[], options: ExtractFilesOptions = {}): Promise<Report> {
  const report: Report = { schemaVersion: SCHEMA_VERSION, articles: [], errors: [] }
  for (const ref of await resolveInputs(paths)) {
    try {
      if (ref instanceof InputError) throw ref
      const bytes = await readInput(ref, options.maxSize ?? DEFAULT_MAX_SIZE)
      const a = extractArticle(bytes, { path: ref.path, year: options.year ?? null })
      report.articles.push(a)
      options.onArticle?.(a)
    } catch (e) {
      if (!(e instanceof InputError)) throw e
      const err = { path: e.path, message: e.message }
      report.errors.push(err)
      options.onError?.(err)
    }
  }
  return report
}
