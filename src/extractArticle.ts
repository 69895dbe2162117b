import { decodeInput, DecodeError, type Decoded } from './read/decode.js'
import { buildArticle } from './read/article.js'
import { runPipeline } from './pipeline.js'
import { sha256 } from './read/sha256.js'
import { toArticleReport } from './report.js'
import { InputError } from './errors.js'
import type { ArticleReport } from './schema.js'

/** Options of the library calls; `year` is what "this year" means when the text does not say. */
export interface ExtractOptions {
  path?: string
  year?: number | null
}

/**
 * Returns the records of one article, from its text or its raw bytes (a file's: decoded, and refused with an
 * InputError when binary or without text). Offsets refer to the decoded text that `decodeInput` returns.
 */
export function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): ArticleReport {
  const path = options.path ?? '<text>'
  let d: Decoded
  try {
    d = decodeInput(input, { path })
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message)
    throw e
  }
  // why: bytes are a file, and a file with nothing to read is a bad input; a string is the caller's text and never throws
  if (typeof input !== 'string' && !/\S/.test(d.text)) throw new InputError(path, d.html ? 'HTML page has no visible text' : 'file has no text (only white space)')
  const article = buildArticle(path, d.text)
  const draft = runPipeline(article, { year: options.year ?? null })
  return toArticleReport(draft, { path, sha256: sha256(input), ...(typeof input === 'string' ? {} : { encoding: d.encoding }) })
}
