import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../src/read/article.js'
import { MAX_SENTENCE, splitSentences } from '../../src/read/sentences.js'

function spansOf(text: string): { start: number; end: number; text: string }[] {
  return splitSentences(text, 0, text.length)
}

describe('run-on "sentences" are cut so the extractors stay linear', () => {
  it('leaves real sentences alone', () => {
    const text = `Police rescued 45 victims, ${'and officers searched the compound, '.repeat(15)}the spokesman said. Twelve suspects were held.`
    expect(text.length).toBeLessThan(MAX_SENTENCE)
    expect(spansOf(text).map((s) => s.text.slice(0, 12))).toEqual(['Police rescu', 'Twelve suspe'])
  })

  it.each([
    ['a list with commas', '1, 2, 3, 45 victims rescued in Manila, '.repeat(300)],
    ['words without punctuation', 'police rescued victims and arrested suspects '.repeat(300)],
    ['one huge token', '1234567890'.repeat(1000)],
    ['quote marks and digits', '"1 "2, 3" '.repeat(1500)],
    ['astral characters', '😀'.repeat(3000)],
  ])('%s: pieces of at most MAX_SENTENCE characters with exact offsets, covering the text', (_name, text) => {
    const spans = spansOf(text)
    expect(spans.length).toBeGreaterThan(1)
    let covered = 0
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(text.slice(s.start, s.end)).toBe(s.text)
      // nothing but white space between two pieces, and no surrogate pair cut in half
      expect(text.slice(covered, s.start).trim()).toBe('')
      expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
      covered = s.end
    }
    expect(text.slice(covered).trim()).toBe('')
  })

  it('cuts after a clause mark when there is one', () => {
    const text = `${'word '.repeat(150)}x; ${'more '.repeat(150)}`
    expect(spansOf(text)[0]!.text.endsWith('x;')).toBe(true)
  })

  it('keeps the cut pieces inside their paragraph', () => {
    const text = `Headline here\n\n${'Police found 45 victims, '.repeat(100)}\n\nNext paragraph ends.`
    const a = buildArticle('x', text)
    for (const s of a.sentences) {
      const p = a.paragraphs[s.paragraph]!
      expect(s.start >= p.start && s.end <= p.end).toBe(true)
    }
  })
})
