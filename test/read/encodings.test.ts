import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeInput, extractArticle, type ArticleReport } from '../../src/index.js'
import { variantsOf } from './variants.js'

const ROOT = join(__dirname, '..', '..', 'fixtures')
const ARTICLES = ['articles', join('dev', 'articles')].flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(ROOT, d, f)))

function records(a: ArticleReport): Omit<ArticleReport, 'source'> & { title: string | null } {
  const { source, ...rest } = a
  return { ...rest, title: source.title }
}

describe.each(ARTICLES.map((p) => [p.slice(ROOT.length + 1), p]))('%s read from other encodings', (_name, path) => {
  const text = readFileSync(path, 'utf8')
  const clean = extractArticle(Buffer.from(text), { path })

  it('has records to compare', () => {
    expect(clean.cases.length + clean.suspects.length + clean.victims.length).toBeGreaterThan(0)
  })

  it.each(variantsOf(text))('%s gives exactly the records of the clean UTF-8 text, offsets and evidence included', (_variant, bytes) => {
    const decoded = decodeInput(bytes, { path })
    expect(decoded.text).toBe(decodeInput(text).text)
    expect(records(extractArticle(bytes, { path }))).toEqual(records(clean))
  })

  it('Windows-1252 is possible for this article (every character is in the code page)', () => {
    expect(variantsOf(text).map(([v]) => v)).toContain('Windows-1252')
  })
})
