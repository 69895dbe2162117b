import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const LOADER = join(ROOT, 'dist', 'cli', 'loadBundle.cjs')
const BUNDLE = join(ROOT, 'dist', 'bundle')
const ARTICLE = join(ROOT, 'fixtures', 'articles', '000_aacf34397518f9b8.txt')

const copies: string[] = []
afterAll(() => {
  for (const c of copies) rmSync(c, { recursive: true, force: true })
})

/**
 * Runs the built CLI through the loader in a fresh process; returns its output, whether V8 rejected the cache, and
 * which of the modules the run does not always need it loaded (zod.cjs beside the bundle; Node's crypto and v8).
 */
function runLoaded(opts: { dir?: string; flags?: boolean; argv: string[] }): { stdout: string; rejected: boolean; loaded: string[] } {
  const script = `
    const l = require(${JSON.stringify(LOADER)})
    ${opts.flags === false ? '' : 'l.setV8Flags()'}
    const b = l.loadBundle(${opts.dir ? JSON.stringify(opts.dir) : ''})
    b.runCli(${JSON.stringify(opts.argv)}).then(() => {
      const loaded = [
        ...Object.keys(require.cache).filter((k) => k.endsWith('zod.cjs')).map(() => 'zod.cjs'),
        ...['crypto', 'v8'].filter((m) => process.moduleLoadList.includes('NativeModule ' + m)),
      ]
      process.stderr.write('loaded=' + loaded.join(',') + ' rejected=' + l.codeCacheRejected())
    })`
  // why: a file, not node -e, which loads node:crypto itself
  const file = join(mkdtempSync(join(tmpdir(), 'te-bundle-')), 'run.cjs')
  copies.push(dirname(file))
  writeFileSync(file, script)
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`)
  const report = /loaded=(\S*) rejected=(true|false)$/.exec(r.stderr)
  if (!report) throw new Error(`no report: ${r.stderr}`)
  return { stdout: r.stdout, rejected: report[2] === 'true', loaded: report[1] ? report[1].split(',') : [] }
}

/** Returns a copy of the built bundle's directory, with its code cache replaced by `cache` (or removed when null). */
function bundleCopy(cache: Buffer | null): string {
  // beside dist/bundle, so that the bundle finds the package's package.json as it does from its own place
  const dir = mkdtempSync(join(ROOT, 'dist', 'bundle-test-'))
  copies.push(dir)
  cpSync(BUNDLE, dir, { recursive: true })
  if (cache === null) rmSync(join(dir, 'cli.cache'))
  else writeFileSync(join(dir, 'cli.cache'), cache)
  return dir
}

describe('the CLI bundle and its code cache', () => {
  const expected = runLoaded({ argv: ['--format', 'jsonl', ARTICLE] }).stdout

  it('runs the CLI with the build code cache, which V8 accepts under the CLI flags', () => {
    const r = runLoaded({ argv: ['--format', 'jsonl', ARTICLE] })
    expect(r.rejected).toBe(false)
    expect(r.stdout).toBe(expected)
    expect(JSON.parse(expected).source.path).toBe(ARTICLE)
  })

  it('is rejected under other flags, and the bundle still runs from source with the same output', () => {
    const r = runLoaded({ flags: false, argv: ['--format', 'jsonl', ARTICLE] })
    expect(r.rejected).toBe(true)
    expect(r.stdout).toBe(expected)
  })

  it.each([
    ['a missing cache', null],
    ['a damaged cache', Buffer.from('not a code cache'.repeat(100))],
    ['a truncated cache', readFileSync(join(BUNDLE, 'cli.cache')).subarray(0, 4096)],
  ])('falls back to compiling from source with %s', (_label, cache) => {
    const r = runLoaded({ dir: bundleCopy(cache), argv: ['--format', 'jsonl', ARTICLE] })
    expect(r.rejected).toBe(true)
    expect(r.stdout).toBe(expected)
  })

  it('is ASCII only, and prints what the unbundled modules print on every fixture', () => {
    // why: the build writes the bundle's non-ASCII characters (in regexes: quote marks, dashes, bullets) as \u escapes
    expect(readFileSync(join(BUNDLE, 'cli.cjs'), 'latin1')).not.toMatch(/[^\x00-\x7f]/)
    const dirs = ['articles', 'dev/articles', 'own/articles'].map((d) => join(ROOT, 'fixtures', d))
    const argv = ['--format', 'jsonl', '--jobs', '1', ...dirs]
    const bundled = runLoaded({ argv }).stdout
    const main = join(ROOT, 'dist', 'cli', 'main.js')
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `(await import(${JSON.stringify(main)})).runCli(${JSON.stringify(argv)})`], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(bundled.trim().split('\n').length).toBeGreaterThan(20)
    expect(bundled).toBe(r.stdout)
  })

  it('loads zod (bundled apart) only for a command that validates, and never Node\'s crypto', () => {
    // why: zod is most of the bundle's text; node:crypto's ~15 modules cost ~7 ms of each start-up (src/read/sha256.ts)
    expect(runLoaded({ argv: ['--format', 'jsonl', ARTICLE] }).loaded).toEqual(['v8'])
    expect(runLoaded({ argv: [ARTICLE] }).loaded).toEqual(['v8'])
    const schema = runLoaded({ argv: ['schema'] })
    expect(schema.loaded).toEqual(['zod.cjs', 'v8'])
    expect(JSON.parse(schema.stdout).$schema).toMatch(/json-schema/)
    // without the CLI's flags set, node:v8 is not loaded at all: loading the bundle does not need it
    expect(runLoaded({ flags: false, argv: ['--format', 'jsonl', ARTICLE] }).loaded).toEqual([])
  })

  it('starts worker threads from the bundle (--jobs 2), output in input order as with one thread', () => {
    const dir = join(ROOT, 'fixtures', 'dev', 'articles')
    const one = runLoaded({ argv: ['--format', 'jsonl', '--jobs', '1', dir] }).stdout
    const two = runLoaded({ argv: ['--format', 'jsonl', '--jobs', '2', dir] }).stdout
    expect(two).toBe(one)
    expect(one.trim().split('\n').length).toBeGreaterThan(5)
  })
})
