import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { InputError } from '../../src/errors.js'
import { extractArticle, extractFiles } from '../../src/index.js'
import { DEFAULT_MAX_SIZE, formatSize, readInput, resolveInputs } from '../../src/read/input.js'

// why: count the files readInput opens, to show that an oversized file is refused from its size alone
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  return { ...real, open: vi.fn(real.open) }
})

const isRoot = process.getuid?.() === 0
const ARTICLE = 'Police rescued 45 victims of trafficking in 2019.'

const made: string[] = []
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'te-input-'))
  made.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

async function failure(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  )
  expect(e).toBeInstanceOf(InputError)
  return e as InputError
}

afterEach(() => {
  vi.mocked(fs.open).mockClear()
})

describe('resolveInputs', () => {
  it('reports a missing path and keeps the others', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), ARTICLE)
    const out = await resolveInputs([join(dir, 'missing.txt'), join(dir, 'a.txt')])
    expect(out[0]).toBeInstanceOf(InputError)
    expect((out[0] as InputError).message).toBe('no such file or directory')
    expect(out[1]).toEqual({ path: join(dir, 'a.txt') })
  })

  it('reports a directory without .txt or .html files', async () => {
    const empty = tmp()
    const other = tmp()
    writeFileSync(join(other, 'notes.pdf'), '%PDF')
    writeFileSync(join(other, 'data.json'), '{}')
    for (const dir of [empty, other]) {
      const [e] = await resolveInputs([dir])
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).message).toBe('directory holds no .txt or .html files')
    }
  })

  it('expands a directory to its article files, sorted, without hidden ones', async () => {
    const dir = tmp()
    for (const n of ['b.txt', 'a.html', 'c.HTM', '._a.txt', '.hidden.txt', 'skip.pdf']) writeFileSync(join(dir, n), ARTICLE)
    expect(await resolveInputs([dir])).toEqual(['a.html', 'b.txt', 'c.HTM'].map((n) => ({ path: join(dir, n) })))
  })
})

describe('readInput', () => {
  it('reads a file, and "is a directory" for a directory where a file is expected (EISDIR)', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), ARTICLE)
    mkdirSync(join(dir, 'folder.txt'))
    expect(Buffer.from(await readInput({ path: join(dir, 'a.txt') })).toString()).toBe(ARTICLE)
    const [, folder] = await resolveInputs([dir])
    expect(folder).toEqual({ path: join(dir, 'folder.txt') })
    expect((await failure(readInput(folder as { path: string }))).message).toBe('is a directory, not a file')
  })

  it('refuses a FIFO instead of blocking on it', async () => {
    const fifo = join(tmp(), 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    expect((await failure(readInput({ path: fifo }))).message).toMatch(/^not a regular file \(a FIFO, socket or device\); pipe it to standard input with - instead$/)
  })

  it('refuses an empty file', async () => {
    const file = join(tmp(), 'empty.txt')
    writeFileSync(file, '')
    expect((await failure(readInput({ path: file }))).message).toBe('file is empty')
  })

  // why: root reads a chmod 000 file anyway; the EISDIR and FIFO cases above cover unreadable inputs there
  it.skipIf(isRoot)('reports a file it may not read (chmod 000) — skipped as root, where chmod does not block reads', async () => {
    const file = join(tmp(), 'locked.txt')
    writeFileSync(file, ARTICLE)
    chmodSync(file, 0o000)
    expect((await failure(readInput({ path: file }))).message).toBe('permission denied')
  })

  it('refuses a file over the size limit from its size, without opening it', async () => {
    const file = join(tmp(), 'huge.txt')
    writeFileSync(file, '')
    truncateSync(file, 25 * 1024 * 1024) // sparse: 25 MB long, nothing written
    const e = await failure(readInput({ path: file }))
    expect(e.message).toBe('file is 25 MB, over the 20 MB limit (raise it with --max-size)')
    expect(fs.open).not.toHaveBeenCalled()
    const small = join(tmp(), 'small.txt')
    writeFileSync(small, ARTICLE)
    expect((await failure(readInput({ path: small }, 10))).message).toBe(`file is ${ARTICLE.length} bytes, over the 10 bytes limit (raise it with --max-size)`)
    expect((await readInput({ path: small }, ARTICLE.length)).length).toBe(ARTICLE.length)
    expect(fs.open).toHaveBeenCalledTimes(1) // only the file within the limit was opened
    expect(DEFAULT_MAX_SIZE).toBe(20 * 1024 * 1024)
  })

  it.each([
    [812, '812 bytes'],
    [1536, '1.5 KB'],
    [20 * 1024 * 1024, '20 MB'],
    [26_529_000, '25.3 MB'],
  ])('formatSize(%i) is %s', (n, s) => {
    expect(formatSize(n)).toBe(s)
  })
})

describe('a file with nothing to read', () => {
  it.each([
    ['white space only', ' \r\n\t\u00A0\u200B\n', 'file has no text (only white space)'],
    ['an HTML page without visible text', '<!DOCTYPE html><html><head><title>x</title></head><body><script>app()</script></body></html>', 'HTML page has no visible text'],
  ])('%s is an input error for a file, an empty report for a string', (_name, text, message) => {
    expect(() => extractArticle(Buffer.from(text), { path: 'f.txt' })).toThrow(new InputError('f.txt', message))
    expect(extractArticle(text).victims).toEqual([])
  })
})

describe('extractFiles: one bad file costs nothing else', () => {
  it('reports each bad input in order and still extracts every good one', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), ARTICLE)
    writeFileSync(join(dir, 'b_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    writeFileSync(join(dir, 'c_empty.txt'), '')
    writeFileSync(join(dir, 'd.txt'), `${ARTICLE}\n`)
    const seen: string[] = []
    const report = await extractFiles([dir, join(dir, 'nope.txt')], {
      onArticle: (a) => seen.push(`article ${a.source.path}`),
      onError: (e, cause) => seen.push(`error ${e.path} ${cause instanceof InputError}`),
    })
    expect(report.articles.map((a) => a.source.path)).toEqual([join(dir, 'a.txt'), join(dir, 'd.txt')])
    expect(report.articles.every((a) => a.victims[0]?.value === 45)).toBe(true)
    expect(report.errors).toEqual([
      { path: join(dir, 'b_binary.txt'), message: 'a PNG image, not text' },
      { path: join(dir, 'c_empty.txt'), message: 'file is empty' },
      { path: join(dir, 'nope.txt'), message: 'no such file or directory' },
    ])
    expect(seen).toEqual([
      `article ${join(dir, 'a.txt')}`,
      `error ${join(dir, 'b_binary.txt')} true`,
      `error ${join(dir, 'c_empty.txt')} true`,
      `article ${join(dir, 'd.txt')}`,
      `error ${join(dir, 'nope.txt')} true`,
    ])
  })
})
