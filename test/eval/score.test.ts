import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGold, score, type Gold } from '../../src/eval/score.js'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'traffick-extract.js')
// the reference scorer: the shared copy when this checkout sits beside the spec, else the one copied into fixtures/
const SHARED = join(ROOT, '..', 'shared', 'spec', 'score.mjs')
const REFERENCE = existsSync(SHARED) ? SHARED : join(ROOT, 'fixtures', 'score.mjs')

function node(args: string[]): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return r.stdout
}

describe('eval gives the same numbers as the reference scorer', () => {
  it.each([
    ['seed articles', 'fixtures/gold', 'fixtures/articles'],
    ['dev articles', 'fixtures/dev/gold', 'fixtures/dev/articles'],
  ])('on the %s', (_name, gold, articles) => {
    const ours = JSON.parse(node([BIN, 'eval', '--json', '--gold', join(ROOT, gold), '--articles', join(ROOT, articles)]))
    const dir = mkdtempSync(join(tmpdir(), 'te-eval-'))
    const out = join(dir, 'out.json')
    writeFileSync(out, node([BIN, '--json', join(ROOT, articles)]))
    const reference = JSON.parse(node([REFERENCE, '--json', '--gold', join(ROOT, gold), '--output', out]))
    expect(ours).toEqual(reference)
  })

  it('prints the same text as the reference scorer with --verbose', () => {
    const dir = mkdtempSync(join(tmpdir(), 'te-eval-'))
    const out = join(dir, 'out.json')
    writeFileSync(out, node([BIN, '--json', join(ROOT, 'fixtures', 'articles')]))
    const ours = node([BIN, 'eval', '--verbose', '--gold', join(ROOT, 'fixtures', 'gold')])
    const reference = node([REFERENCE, '--verbose', '--gold', join(ROOT, 'fixtures', 'gold'), '--output', out])
    expect(ours).toBe(reference)
  })
})

describe('score', () => {
  const gold: Gold = parseGold({
    article: 'a.txt',
    referenceYear: 2018,
    cases: [{ value: 109, year: 2018 }],
    victims: [{ value: 10, year: 2017 }],
    countries: [{ country: 'Viet Nam', count: 3 }],
    quotes: [{ speaker: 'Jane Doe', text: 'we will keep working on this every single day' }],
    optional: { values: [7], quotes: ['high rising'], countries: ['Laos'] },
  })

  it('counts matches, misses, extras, years, country aliases and quote speakers', () => {
    const { summary, rows } = score([gold], [
      {
        source: { path: '/x/a.txt' },
        referenceYear: 2018,
        cases: [{ value: 109, year: 2018 }, { value: 7, year: null }],
        suspects: [{ value: 5, year: null }],
        victims: [{ value: 10, year: 2018 }],
        countries: [{ country: 'Vietnam', count: 3 }, { country: 'Laos', count: null }],
        quotes: [{ text: 'We will keep working on this every single day', speaker: 'Doe' }],
      },
    ])
    expect(summary.figures).toMatchObject({ tp: 2, fp: 1, fn: 0 })
    expect(summary.yearAccuracy).toBe(0.5)
    expect(summary.countries).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(summary.quotes.attributed).toBe(1)
    expect(summary.referenceYearAccuracy).toBe(1)
    expect(rows[0]!.extras).toEqual(['suspects 5'])
  })

  it('counts an article with no output as missing', () => {
    const { summary } = score([gold], [])
    expect(summary.missingArticles).toBe(1)
    expect(summary.figures.fn).toBe(2)
  })

  it('rejects a gold file of the wrong shape', () => {
    expect(() => parseGold({ cases: 'many' })).toThrow()
  })
})
