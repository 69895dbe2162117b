import { InputError, inputErrorRecord } from '../errors.js'
import { extractInput } from '../extractInput.js'
import { csvRows } from '../format/csv.js'
import { formatJsonLine } from '../format/json.js'
import { jsonArticleChunk } from '../format/jsonStream.js'
import type { InputRef } from '../read/input.js'
import type { ArticleReport } from '../schema.js'
import type { TaskOptions, TaskResult } from './protocol.js'
import type { TableOptions } from '../format/table.js'

// the table options of this thread, made once (loading chalk when there is colour)
let tablePaint: Promise<TableOptions> | undefined

/** Returns an article printed as the chosen format prints one (for json: its chunk of the `articles` array). */
export async function formatArticle(a: ArticleReport, options: TaskOptions): Promise<string> {
  switch (options.format) {
    case 'jsonl':
      return formatJsonLine(a)
    case 'json':
      return jsonArticleChunk(a)
    case 'csv':
      return csvRows(a)
    case 'table': {
      // why: chalk and cli-table3 are loaded only when a table is printed
      const [{ formatArticleTable }, { tableOptions }] = await Promise.all([import('../format/table.js'), import('../format/paint.js')])
      tablePaint ??= tableOptions(options.color, options.width)
      return formatArticleTable(a, await tablePaint)
    }
  }
}

/** Returns the result of input number `index`: read, extracted and printed, or its error; never throws. */
export async function runTask(index: number, ref: InputRef | InputError, options: TaskOptions): Promise<TaskResult> {
  const r = await extractInput(ref, options)
  if (!r.report) return { index, error: r.error, internal: !(r.cause instanceof InputError) }
  try {
    return { index, text: await formatArticle(r.report, options) }
  } catch (e) {
    return { index, error: inputErrorRecord(r.report.source.path, e), internal: true }
  }
}

