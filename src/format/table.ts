import Table from 'cli-table3'
import { FIGURE_KINDS } from '../contract.js'
import type { ArticleReport, Figure, InputErrorRecord } from '../schema.js'
import { qualifiersText } from './csv.js'
import { formatCount } from '../patterns/numbers.js'
import { PLAIN, type Paint } from './paint.js'

/** Options of the table view: colour is decided by the caller (TTY and NO_COLOR). */
export interface TableOptions {
  color: boolean
  /** terminal width, to size the evidence column */
  width?: number
  /** the styles to colour with (`tableOptions` in paint.ts loads chalk's); plain text when absent */
  paint?: Paint
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ')
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`
}

/** Returns the part of a sentence around a mention, at most `width` characters, with the mention marked. */
export function snippet(sentence: { start: number; text: string }, mention: { start: number; end: number }, width: number, mark: (s: string) => string): string {
  const text = sentence.text.replace(/\s+/g, ' ')
  const a = Math.max(0, mention.start - sentence.start)
  const b = Math.min(text.length, mention.end - sentence.start)
  if (text.length <= width) return text.slice(0, a) + mark(text.slice(a, b)) + text.slice(b)
  const room = Math.max(0, width - (b - a))
  let from = Math.max(0, a - Math.floor(room / 2))
  const to = Math.min(text.length, from + width)
  from = Math.max(0, to - width)
  return `${from > 0 ? '…' : ''}${text.slice(from, a)}${mark(text.slice(a, b))}${text.slice(b, to)}${to < text.length ? '…' : ''}`
}

function makeTable(c: Paint, head: string[], color: boolean): Table.Table {
  return new Table({ head: head.map((h) => c.bold(h)), style: { head: [], border: color ? ['grey'] : [] }, wordWrap: true })
}

function when(f: Figure): string {
  if (f.period) return `${f.period.start}..${f.period.end}`
  return f.year === null ? '—' : String(f.year)
}

/** A table factory that the diff and series views share with the article view. */
export function tableFor(head: string[], options: TableOptions): { table: Table.Table; c: Paint } {
  const c = options.paint ?? PLAIN
  return { table: makeTable(c, head, options.color), c }
}

/** Returns the human-readable tables of one article: figures, countries, quotes and checks. */
export function formatArticleTable(a: ArticleReport, options: TableOptions): string {
  const c = options.paint ?? PLAIN
  const ev = Math.max(30, Math.min(70, (options.width ?? 120) - 70))
  const lines: string[] = []
  lines.push(c.bold(c.underline(a.source.path)))
  if (a.source.title) lines.push(`${c.dim('title')}  ${a.source.title}`)
  lines.push(`${c.dim('reference year')}  ${a.referenceYear ?? c.yellow('unknown (relative years left empty; use --year)')}`)
  for (const kind of FIGURE_KINDS) {
    const figs = a[kind]
    if (!figs.length) continue
    const t = makeTable(c, [kind, 'year', 'action', 'qualifiers', 'evidence'], options.color)
    for (const f of figs) {
      const value = `${f.approximate ? '~' : ''}${formatCount(f.value)}${f.partOf !== null ? c.dim(` of ${formatCount(f.partOf)}`) : ''}`
      t.push([value, when(f), f.action ?? '', qualifiersText(f.qualifiers), snippet(f.evidence, f.mention, ev, (s) => c.bold(s))])
    }
    lines.push(t.toString())
  }
  if (a.countries.length) {
    const t = makeTable(c, ['country', 'iso2', 'count', 'subject', 'relation'], options.color)
    for (const k of a.countries) t.push([k.country, k.iso2, k.count === null ? '—' : String(k.count), k.subject, k.relation])
    lines.push(t.toString())
  }
  if (a.quotes.length) {
    const t = makeTable(c, ['speaker', 'quote'], options.color)
    for (const q of a.quotes) t.push([`${q.speaker ?? c.yellow('unattributed')}${q.speakerRole ? c.dim(`\n${clip(q.speakerRole, 40)}`) : ''}`, clip(q.text, ev + 20)])
    lines.push(t.toString())
  }
  if (a.checks.length) {
    const t = makeTable(c, ['check', 'ok', 'message'], options.color)
    for (const k of a.checks) t.push([k.kind, k.ok ? c.green('ok') : c.yellow('warning'), k.message])
    lines.push(t.toString())
  }
  if (!FIGURE_KINDS.some((k) => a[k].length) && !a.countries.length && !a.quotes.length) lines.push(c.dim('no figures, countries or quotes found'))
  return `${lines.join('\n')}\n`
}

/** Returns the line shown for an input that failed. */
export function formatErrorLine(e: InputErrorRecord, options: TableOptions): string {
  const c = options.paint ?? PLAIN
  return `${c.red('error')} ${e.path}: ${e.message}\n`
}
