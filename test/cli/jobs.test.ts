import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseJobs } from '../../src/cli/extract.js'
import { PROGRESS_MIN_FILES, wantsProgress } from '../../src/cli/progress.js'
import { formatJson } from '../../src/format/json.js'
import { jsonArticleChunk, jsonReportStream } from '../../src/format/jsonStream.js'
import { extractArticle, UsageError, type Report } from '../../src/index.js'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'traffick-extract.js')
const SEEDS = join(ROOT, 'fixtures', 'articles')
const DEV = join(ROOT, 'fixtures', 'dev', 'articles')
// 17 articles: enough that --jobs 2 spreads them over two worker threads
const ALL = [SEEDS, DEV]
const FILES = [...readdirSync(SEEDS).map((n) => join(SEEDS, n)), ...readdirSync(DEV).map((n) => join(DEV, n))].sort()

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function badFiles(): { binary: string; empty: string } {
  const dir = mkdtempSync(join(tmpdir(), 'traffick-jobs-'))
  const binary = join(dir, 'scan.txt')
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
  const empty = join(dir, 'empty.txt')
  writeFileSync(empty, '')
  return { binary, empty }
}

describe('--jobs spreads files over worker threads and prints what one thread prints', () => {
  it.each(['json', 'jsonl', 'csv', 'table'])('gives byte-identical %s output with --jobs 2 and --jobs 1 on the fixtures', (format) => {
    const one = run(['--format', format, '--jobs', '1', ...ALL])
    const two = run(['--format', format, '--jobs', '2', ...ALL])
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    expect(one.stdout.length).toBeGreaterThan(1000)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe('')
  })

  it('writes the --json document the library builds, article by article', () => {
    const r = run(['--json', '--jobs', '2', ...ALL])
    const report: Report = { schemaVersion: 1, articles: FILES.map((f) => extractArticle(readFileSync(f), { path: f })), errors: [] }
    expect(r.stdout).toBe(formatJson(report))
  })

  it('keeps the order the inputs were given in, not the order they finish in', () => {
    const shuffled = [...FILES].reverse()
    shuffled.push(shuffled.shift()!)
    const r = run(['--format', 'jsonl', '--jobs', '2', ...shuffled])
    expect(r.status).toBe(0)
    const paths = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)
    expect(paths).toEqual(shuffled)
  })

  it.each(['jsonl', 'json', 'csv', 'table'])('still reports each bad file with exit 1 and prints the rest (%s)', (format) => {
    const { binary, empty } = badFiles()
    const inputs = [FILES[0]!, binary, ...FILES.slice(1, 9), '/no/such/article.txt', ...FILES.slice(9), empty]
    const one = run(['--format', format, '--jobs', '1', ...inputs])
    const two = run(['--format', format, '--jobs', '2', ...inputs])
    for (const r of [one, two]) {
      expect(r.status).toBe(1)
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringContaining(`${binary}: a PNG image`),
        `traffick-extract: /no/such/article.txt: no such file or directory`,
        `traffick-extract: ${empty}: file is empty`,
      ])
    }
    expect(two.stdout).toBe(one.stdout)
    if (format === 'jsonl') {
      const lines = two.stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: { path: string }; source?: { path: string } })
      expect(lines.map((l) => l.error?.path ?? l.source?.path)).toEqual(inputs)
    }
  })

  it('refuses a --jobs that is not a positive count with exit 2', () => {
    for (const bad of ['0', 'x', '-2', '1.5']) expect(run(['--jobs', bad, FILES[0]!]).status).toBe(2)
    expect(() => parseJobs('0')).toThrow(UsageError)
    expect(parseJobs('3')).toBe(3)
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1)
  })
})

describe('the --json document written piece by piece', () => {
  const a = extractArticle('Police rescued 45 victims of trafficking in 2019 and arrested 12 suspects.', { path: 'a.txt' })
  const b = extractArticle('“We found them in the back room,” an officer said.', { path: 'b.txt' })
  const error = { path: 'c.txt', message: 'file is empty' }
  it.each([
    ['no articles, no errors', [], []],
    ['one article', [a], []],
    ['two articles and an error', [a, b], [error]],
    ['only errors', [], [error, error]],
  ])('is byte for byte what formatJson returns: %s', (_, articles, errors) => {
    const s = jsonReportStream()
    const streamed = s.start() + articles.map((x) => s.article(jsonArticleChunk(x))).join('') + s.end(errors)
    expect(streamed).toBe(formatJson({ schemaVersion: 1, articles, errors }))
  })
})

describe('the progress bar', () => {
  const many = [...FILES, ...FILES]

  it.each([
    [{ quiet: false, files: 40, stderrTTY: true, outputOnTerminal: false }, true],
    [{ quiet: true, files: 40, stderrTTY: true, outputOnTerminal: false }, false],
    [{ quiet: false, files: 40, stderrTTY: false, outputOnTerminal: false }, false],
    [{ quiet: false, files: PROGRESS_MIN_FILES, stderrTTY: true, outputOnTerminal: false }, false],
    [{ quiet: false, files: 40, stderrTTY: true, outputOnTerminal: true }, false],
  ])('shows only on a terminal, for many files, with the output elsewhere and no --quiet: %j', (when, shown) => {
    expect(wantsProgress(when)).toBe(shown)
  })

  it('prints nothing on standard error when it is not a terminal', () => {
    const r = run(['--format', 'jsonl', ...many])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
  })

  // `script` gives the command a terminal; where it is missing this test has nothing to run under
  it.skipIf(!existsSync('/usr/bin/script'))('draws on a terminal, and --quiet silences it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'traffick-progress-')), 'out.jsonl')
    const underTerminal = (extra: string[]): string => {
      const cmd = [process.execPath, BIN, '--format', 'jsonl', '-o', out, ...extra, ...many].map((a) => `'${a}'`).join(' ')
      const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
      expect(r.status).toBe(0)
      return r.stdout
    }
    expect(underTerminal([])).toContain(`/${many.length} files`)
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(many.length)
    expect(underTerminal(['--quiet'])).not.toContain('files')
  })
})
