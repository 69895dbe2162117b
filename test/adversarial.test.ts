import { describe, expect, it } from 'vitest'
import { adversarialInputs } from '../bench/adversarial.mjs'
import { decodeInput, extractArticle, ArticleReportSchema, type ArticleReport } from '../src/index.js'

// Hostile inputs must finish and validate: no catastrophic regex, no runaway loop. No timings are asserted here
// (bench/adversarial.mjs measures them); a regression to quadratic time shows as the 60 s test timeout.
const MB = 1_000_000
// why: these are still O(n²) in refine/ (see bench/adversarial.mjs); fed at 100 KB
const SLOW_SIZE = 100_000

function checkSpans(a: ArticleReport, text: string): void {
  for (const f of [...a.cases, ...a.suspects, ...a.victims]) {
    expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text)
    expect(text.slice(f.mention.start, f.mention.end)).toBe(f.mention.text)
  }
}

describe('megabyte hostile inputs finish, and their output validates', () => {
  const inputs = [...adversarialInputs(MB).filter((x) => !x.slow), ...adversarialInputs(SLOW_SIZE).filter((x) => x.slow)]

  it.each(inputs.map((x) => [x.name, x.text.length, x.text] as const))('%s (%i characters)', (_name, _length, text) => {
    const a = extractArticle(text)
    ArticleReportSchema.parse(a)
    checkSpans(a, decodeInput(text).text)
  })

  it('covers the patterns the issue names', () => {
    const names = inputs.map((x) => x.name).join('\n')
    for (const n of ['digits, commas, quotes, spaces', '"1,1,1,1…"', 'straight quotes', '"said said said"', 'a line without punctuation']) expect(names).toContain(n)
  })

  it('a megabyte of bytes (not a string) is decoded and read as well', () => {
    const text = adversarialInputs(MB).find((x) => x.name.startsWith('digits, commas'))!.text
    ArticleReportSchema.parse(extractArticle(Buffer.from(text)))
  })
})
