import { SCHEMA_VERSION } from '../contract.js'
import type { ArticleReport, InputErrorRecord } from '../schema.js'

// why: the --json document is written as each article finishes, so that memory does not grow with the number of
// files; the pieces put together are byte for byte what formatJson (JSON.stringify(report, null, 2)) returns.

/** Returns one article as it sits inside the `articles` array of the --json document (indented, no separator). */
export function jsonArticleChunk(a: ArticleReport): string {
  // JSON strings never hold a raw line break, so every "\n" is a line of the pretty-printed value
  return `    ${JSON.stringify(a, null, 2).replace(/\n/g, '\n    ')}`
}

/** The pieces of the --json document, in the order they are written. */
export interface JsonReportStream {
  /** the opening, up to the `articles` array's "[" */
  start(): string
  /** an article chunk (from jsonArticleChunk) with its separator */
  article(chunk: string): string
  /** the closing: the end of `articles`, then `errors` and the final "}" */
  end(errors: InputErrorRecord[]): string
}

/** Returns a writer of the --json document piece by piece. */
export function jsonReportStream(): JsonReportStream {
  let articles = 0
  return {
    start: () => `{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "articles": [`,
    article: (chunk) => `${articles++ === 0 ? '\n' : ',\n'}${chunk}`,
    end: (errors) => `${articles ? '\n  ]' : ']'},\n  "errors": ${JSON.stringify(errors, null, 2).replace(/\n/g, '\n  ')}\n}\n`,
  }
}
