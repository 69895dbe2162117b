import type { ArticleReport, InputErrorRecord, Report } from '../schema.js'

/** Returns the whole report as one JSON document. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** Returns one JSONL line for an article, or for an input that failed ({"error": {path, message}}). */
export function formatJsonLine(item: ArticleReport | { error: InputErrorRecord }): string {
  return `${JSON.stringify(item)}\n`
}
