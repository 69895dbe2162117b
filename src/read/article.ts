import type { Article, Paragraph, Sentence, Span } from '../types.js'
import { detectLayout } from './boilerplate.js'
import { splitSentences } from './sentences.js'

const ENDS_SENTENCE = /[.!?…:;,"'”’»)\]]$/

/**
 * Returns the paragraph spans of text: one per line, except that a line starting in lower case
 * continues a previous line that did not end a sentence (hard-wrapped text).
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = []
  let prevBlank = true
  let lineStart = 0
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl === -1 ? text.length : nl
    let s = lineStart
    let e = lineEnd
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e === s) prevBlank = true
    else {
      const last = out[out.length - 1]
      if (last && !prevBlank && !ENDS_SENTENCE.test(last.text) && /^[a-z]/.test(text[s]!)) {
        last.end = e
        last.text = text.slice(last.start, e)
      } else out.push({ start: s, end: e, text: text.slice(s, e) })
      prevBlank = false
    }
    if (nl === -1) break
    lineStart = nl + 1
  }
  return out
}

/** Returns the Article of a decoded text: paragraphs flagged as body or boilerplate, body sentences, title. */
export function buildArticle(path: string, text: string): Article {
  const spans = splitParagraphs(text)
  const layout = detectLayout(spans)
  const paragraphs: Paragraph[] = spans.map((p, index) => ({ ...p, index, boilerplate: layout.kinds[index] ?? null }))
  const sentences: Sentence[] = []
  for (const p of paragraphs) {
    if (p.boilerplate !== null) continue
    for (const s of splitSentences(text, p.start, p.end)) sentences.push({ ...s, paragraph: p.index, index: sentences.length })
  }
  const t = layout.title === null ? null : paragraphs[layout.title]
  return { path, text, title: t ? { start: t.start, end: t.end, text: t.text } : null, paragraphs, sentences }
}
