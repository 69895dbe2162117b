import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema, type ArticleReport } from '../../src/schema.js'
import { utf16, windows1252 } from '../read/variants.js'

const BIN = join(__dirname, '..', '..', 'bin', 'traffick-extract.js')
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'articles', '000_aacf34397518f9b8.txt')

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function records(a: ArticleReport): Omit<ArticleReport, 'source'> {
  const { source: _source, ...rest } = a
  return rest
}

// A folder of saved pages in whatever state they are: good files in several encodings, and every kind of bad input
let dir = ''
let empty = ''
const GOOD = ['01_clean.txt', '03_cp1252.txt', '05_utf16le.txt', '07_page.html', '09_utf16be_crlf.txt']
let BAD: [string, string][] = []

beforeAll(() => {
  const text = readFileSync(FIXTURE, 'utf8')
  dir = mkdtempSync(join(tmpdir(), 'te-bad-'))
  empty = mkdtempSync(join(tmpdir(), 'te-empty-'))
  writeFileSync(join(dir, '01_clean.txt'), text)
  writeFileSync(join(dir, '02_empty.txt'), '')
  writeFileSync(join(dir, '03_cp1252.txt'), windows1252(text)!)
  writeFileSync(join(dir, '04_binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x00, 0x00, 0x10]))
  writeFileSync(join(dir, '05_utf16le.txt'), utf16(text, true))
  writeFileSync(join(dir, '06_blank.txt'), ' \r\n\t\n')
  writeFileSync(join(dir, '07_page.html'), `<!DOCTYPE html><html><head><title>x</title></head><body><p>${text.split('\n').join('</p><p>')}</p></body></html>`)
  writeFileSync(join(dir, '08_huge.txt'), '')
  truncateSync(join(dir, '08_huge.txt'), 21 * 1024 * 1024)
  writeFileSync(join(dir, '09_utf16be_crlf.txt'), utf16(text.replace(/\n/g, '\r\n'), false))
  mkdirSync(join(dir, '10_folder.txt'))
  execFileSync('mkfifo', [join(dir, '11_fifo.txt')])
  writeFileSync(join(dir, '12_scan.txt'), Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj'))
  BAD = [
    [join(dir, '02_empty.txt'), 'file is empty'],
    [join(dir, '04_binary.txt'), 'binary data (NUL bytes), not text'],
    [join(dir, '06_blank.txt'), 'file has no text (only white space)'],
    [join(dir, '08_huge.txt'), 'file is 21 MB, over the 20 MB limit (raise it with --max-size)'],
    [join(dir, '10_folder.txt'), 'is a directory, not a file'],
    [join(dir, '11_fifo.txt'), 'not a regular file (a FIFO, socket or device); pipe it to standard input with - instead'],
    [join(dir, '12_scan.txt'), 'a PDF document, not text (convert it to .txt first)'],
    [join(dir, 'missing.txt'), 'no such file or directory'],
    [empty, 'directory holds no .txt or .html files'],
  ]
})

afterAll(() => {
  for (const d of [dir, empty]) if (d) rmSync(d, { recursive: true, force: true })
})

function args(): string[] {
  return [dir, join(dir, 'missing.txt'), empty]
}

describe('bad inputs in a folder of saved pages', () => {
  it('JSON: every bad input in `errors`, one stderr line each, exit 1, and every good file extracted alike', () => {
    const r = run(['--json', ...args()])
    expect(r.status).toBe(1)
    const report = ReportSchema.parse(JSON.parse(r.stdout))
    expect(report.errors).toEqual(BAD.map(([path, message]) => ({ path, message })))
    expect(r.stderr.trim().split('\n')).toEqual(BAD.map(([path, message]) => `traffick-extract: ${path}: ${message}`))
    expect(report.articles.map((a) => a.source.path)).toEqual(GOOD.map((n) => join(dir, n)))
    const [clean, ...others] = report.articles
    expect(clean!.cases.map((f) => f.value)).toContain(109)
    expect(others.map((a) => a.source.encoding)).toEqual(['windows-1252', 'utf-16le', 'utf-8', 'utf-16be'])
    // the same article in Windows-1252 and UTF-16 (with CRLF) gives exactly the same records
    for (const a of [others[0]!, others[1]!, others[3]!]) expect(records(a)).toEqual(records(clean!))
    // the HTML page gives the same figures; its offsets refer to its own decoded text
    expect(others[2]!.cases.map((f) => [f.value, f.evidence.text])).toEqual(clean!.cases.map((f) => [f.value, f.evidence.text]))
  })

  it('JSONL: an error line {"error":{path,message}} in its place, as the run goes', () => {
    const r = run(['--format', 'jsonl', ...args()])
    expect(r.status).toBe(1)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: { path: string; message: string }; source?: { path: string } })
    const order = lines.map((l) => (l.error ? `error ${l.error.path}` : `article ${l.source!.path}`))
    const byName = (n: string): string => (n.startsWith(empty) || n.endsWith('missing.txt') ? 'z' : n)
    const expected = [...GOOD.map((n) => `article ${join(dir, n)}`), ...BAD.map(([p]) => `error ${p}`)].sort((a, b) => byName(a.split(' ')[1]!).localeCompare(byName(b.split(' ')[1]!)))
    expect(order).toEqual(expected)
    expect(lines.filter((l) => l.error).map((l) => l.error)).toEqual(BAD.map(([path, message]) => ({ path, message })))
  })

  it('table: the good articles, then an error line for each bad input', () => {
    const r = run(args())
    expect(r.status).toBe(1)
    for (const n of GOOD) expect(r.stdout).toContain(join(dir, n))
    for (const [path, message] of BAD) expect(r.stdout).toContain(`error ${path}: ${message}`)
    expect(r.stdout).toContain('109')
  })

  it('CSV: rows for every good file; errors on stderr only, so the CSV stays one table', () => {
    const r = run(['--format', 'csv', ...args()])
    expect(r.status).toBe(1)
    const rows = r.stdout.trim().split('\n')
    expect(rows[0]).toMatch(/^file,kind,value,/)
    for (const n of GOOD) expect(rows.some((l) => l.startsWith(`${join(dir, n)},cases,109,`))).toBe(true)
    expect(r.stderr.trim().split('\n')).toHaveLength(BAD.length)
  })
})

describe('limits and usage', () => {
  it('--max-size changes the limit, for files and standard input', () => {
    const file = run(['--json', '--max-size', '1KB', FIXTURE])
    expect(file.status).toBe(1)
    expect(ReportSchema.parse(JSON.parse(file.stdout)).errors[0]!.message).toMatch(/^file is 2\.\d KB, over the 1 KB limit \(raise it with --max-size\)$/)
    const stdin = run(['--json', '--max-size', '10', '-'], 'Police rescued 45 victims of trafficking in 2019.')
    expect(stdin.status).toBe(1)
    expect(stdin.stderr).toBe('traffick-extract: -: standard input is larger than the 10 bytes limit (raise it with --max-size)\n')
    expect(run(['--json', '--max-size', '30MB', join(dir, '08_huge.txt')]).stderr).not.toContain('over the')
  })

  it.each([['0'], ['0.1'], ['lots'], ['-5MB']])('--max-size %s is a usage error (exit 2, nothing processed)', (v) => {
    const r = run(['--json', '--max-size', v, FIXTURE])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/--max-size/)
  })

  it('empty standard input is an input error, not a crash', () => {
    const r = run(['--json', '-'], '')
    expect(r.status).toBe(1)
    expect(ReportSchema.parse(JSON.parse(r.stdout)).errors).toEqual([{ path: '-', message: 'standard input is empty' }])
  })
})
