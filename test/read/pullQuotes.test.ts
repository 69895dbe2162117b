import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLayout } from '../../src/read/boilerplate.js'
import type { Span } from '../../src/types.js'

// The rule as first written (each quote paragraph against every paragraph), kept here as the reference
const normWords = (s: string): string =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()
const words = (s: string): string[] => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w))

function referencePullQuotes(texts: string[], before: (string | null)[]): boolean[] {
  const bodyNorm = texts.map((t, i) => (before[i] === null ? ` ${normWords(t)} ` : ''))
  return texts.map((t, i) => {
    if (before[i] !== null || !/^["“«‘']/.test(t) || !/["”»’']\W{0,2}$/.test(t)) return false
    const inner = normWords(t)
    return words(inner).length >= 5 && bodyNorm.some((b, j) => j !== i && b.includes(` ${inner} `))
  })
}

function spans(texts: string[]): Span[] {
  let at = 0
  return texts.map((text) => {
    const s = { start: at, end: at + text.length, text }
    at += text.length + 1
    return s
  })
}

const WORD = fc.constantFrom('we', 'will', 'not', 'stop', 'until', 'every', 'victim', 'is', 'free', 'police', 'said', 'rescued', '45', 'women', 'the', 'a')
const sentence = fc.array(WORD, { minLength: 3, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`)

describe('pull quotes', () => {
  it('are the quoted paragraphs repeated word for word elsewhere in the body, as the first rule found them', () => {
    const page = fc
      .tuple(fc.array(sentence, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(5)), { maxLength: 6 }))
      .map(([body, picks]) => {
        // quote paragraphs cut from the body's own words (pull quotes), or not quite (not pull quotes)
        const quotes = picks.map(([p, from, len]) => {
          const ws = body[p % body.length]!.replace(/\.$/, '').split(' ')
          const start = from % ws.length
          return `“${ws.slice(start, start + 5 + len).join(' ')}${len === 5 ? ' indeed' : ''}”`
        })
        return [...body, ...quotes].sort((a, b) => (a.length * 31 + b.charCodeAt(1)) % 3 - 1)
      })
    fc.assert(
      fc.property(page, (texts) => {
        const { kinds } = detectLayout(spans(texts))
        const before = kinds.map((k) => (k === 'pull-quote' ? null : k))
        expect(kinds.map((k) => k === 'pull-quote')).toEqual(referencePullQuotes(texts, before))
      }),
      { numRuns: 500 },
    )
  })

  it('finds one in a small page', () => {
    const texts = ['Police rescued 45 women from the compound on Tuesday, officials said.', '“We will not stop until every victim is free,” the chief said at the scene.', '“We will not stop until every victim is free”']
    expect(detectLayout(spans(texts)).kinds[2]).toBe('pull-quote')
  })
})
