import { FIGURE_KINDS } from '../contract.js'
import type { ArticleReport, Qualifiers } from '../schema.js'

/** The CSV columns, one row per figure. */
export const CSV_COLUMNS = ['file', 'kind', 'value', 'approximate', 'action', 'year', 'period', 'qualifiers', 'part_of', 'rule', 'mention', 'mention_start', 'mention_end', 'evidence_start', 'evidence_end', 'evidence'] as const

/** Returns a CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Returns qualifiers as "key=value; key=value", in a stable order. */
export function qualifiersText(q: Qualifiers): string {
  return Object.entries(q)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ')
}

/** Returns the CSV header line. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`
}

/** Returns the CSV rows (no header) of one article's figures. */
export function csvRows(a: ArticleReport): string {
  let out = ''
  for (const kind of FIGURE_KINDS) {
    for (const f of a[kind]) {
      const period = f.period ? `${f.period.start}..${f.period.end}` : ''
      const row = [a.source.path, kind, f.value, f.approximate, f.action, f.year, period, qualifiersText(f.qualifiers), f.partOf, f.rule, f.mention.text, f.mention.start, f.mention.end, f.evidence.start, f.evidence.end, f.evidence.text]
      out += `${row.map(csvField).join(',')}\n`
    }
  }
  return out
}
