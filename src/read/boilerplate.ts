import type { BoilerplateKind, Span } from '../types.js'

/** What the boilerplate pass decided: a kind per paragraph (null = body) and the title paragraph. */
export interface Layout {
  kinds: (BoilerplateKind | null)[]
  title: number | null
}

// e.g. "MOST VIEWED", "Related stories", "Also read:", "RELATED", "More from this section"
const BLOCK_MARKER =
  /^(?:most\s+(?:viewed|read|popular|shared|commented)|related(?:\s+(?:stories|articles|news|content|coverage|reading|posts))?|also\s+read|read\s+(?:also|more|next)|more\s+(?:stories|news|from\s+[\w\s]+)|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|top\s+stories|latest\s+(?:news|stories)|see\s+also|further\s+reading|popular\s+(?:now|stories))\s*:?\s*$/i
// e.g. "Read also: Remittances rise 14%…" — one teaser line inside the body; the article goes on
const INLINE_TEASER = /^(?:[»>•]\s*)?(?:read\s+(?:also|more|next)|also\s+read|related(?:\s+(?:story|article))?|see\s+also|watch|listen)\s*:\s*\S/i
// e.g. "-ENDS-", "Issued by:" — everything after is the press office's footer
const END_OF_RELEASE = /^(?:-+\s*ends?\s*-+|#{3,}|\*{3,}|issued\s+by\s*:?)$/i
// e.g. "(c) 2024 Asia Pacific Newswire. All rights reserved.", "Share this story: Facebook | X"
const FOOTER =
  /^(?:\(c\)|©|copyright\b|all rights reserved|\(reporting by\b|\(editing by\b|\(additional reporting\b|\*?\s*the views expressed\b|share\s+(?:this|your|on)\b|sign\s+up\b|subscribe\b|follow\s+us\b|click\s+here\b|advertisement$|get\s+the\s+.{0,60}\b(?:newsletter|digest|brief|bulletin)\b|this\s+(?:story|article|report)\s+was\s+(?:produced|supported|funded|made\s+possible|updated|amended|corrected)\b|comments?\s*\(\d+\)|\d+\s+comments?$|tags?\s*:|filed\s+under\b|topics?\s*:)/i
// e.g. "Photo: Europol", "(Photo: AFP)", "Photograph: Ayu Lestari", "Dana Pruitt / Capital Ledger"
const CAPTION =
  /(?:\b(?:photo|photograph|picture|image|file\s+photo|credit|courtesy|illustration)\s*(?:by)?\s*:\s*\S[^.]*$|\((?:photo|photograph|picture|image|file)\b[^)]*\)\s*$|\.\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*\/\s*[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,4}\s*$)/i
// e.g. "… after a Mekong region meeting yesterday morning. Vireak Mai" — a photographer's name after the last period
const CREDIT_TAIL = /[a-z]\.\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}$/
const LOGO = /^(?:logo\b|.*\blogo\s+of\b)/i
// e.g. "By Trevor Haskins | Courts reporter", "By Lachlan Pryce, Political Reporter"
const BYLINE = /^(?:[Bb]y|[Ww]ritten\s+by|[Ww]ords\s+by|[Ss]tory\s+by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}(?:\s*[,|].{0,60})?$/
// e.g. "Ref: CID/ATU/PR/117/2024", "Date: 14 May 2024", "Tel: 03-2266 8054", "PRESS STATEMENT – FOR IMMEDIATE RELEASE"
const METADATA = /^(?:ref(?:erence)?\s*(?:no\.?)?\s*:|date\s*:|tel\s*:|fax\s*:|email\s*:|e-mail\s*:|contact\s*:|press\s+(?:statement|release)\b|for\s+immediate\s+release\b|media\s+release\b|embargoed\b|updated\s*:|published\s*:|posted\s*:)/i
const BULLET = /^(?:[•»▪◦·*●■►\u2013\u2014-]|\d{1,2}[.)])\s+\S/
const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w))
}

function isMasthead(s: string): boolean {
  const ws = words(s)
  if (/[|•]/.test(s)) return true
  const letters = s.replace(/[^A-Za-z]/g, '')
  return ws.length <= 6 && letters.length > 0 && letters === letters.toUpperCase()
}

function isHeadlineLike(s: string): boolean {
  const ws = words(s)
  return ws.length >= 3 && ws.length <= 40 && /^[A-Z“"‘'«]/.test(s) && !ENDS_SENTENCE.test(s.replace(/[?!]$/, '.').slice(0, -1))
}

// why: compare paragraphs by their words only, so punctuation and curly/straight quotes do not matter
function normWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const OPEN_Q = /^["“«‘']/
const CLOSE_Q = /["”»’']\W{0,2}$/

/** Returns which paragraphs are boilerplate (and of what kind) and which one is the headline. */
export function detectLayout(paras: Span[]): Layout {
  const n = paras.length
  const kinds: (BoilerplateKind | null)[] = new Array(n).fill(null)
  const texts = paras.map((p) => p.text)

  // 1. blocks at the end: a bare marker ("MOST VIEWED") or the end of a press release, to the end of the file
  for (let i = 0; i < n; i++) {
    const t = texts[i]!
    if (BLOCK_MARKER.test(t) || END_OF_RELEASE.test(t)) {
      for (let j = i; j < n; j++) kinds[j] = END_OF_RELEASE.test(t) ? 'footer' : 'related'
      break
    }
  }
  // a trailing run of teaser bullets (headline lines, each maybe followed by a blurb) without a marker
  {
    let i = n - 1
    let bullets = 0
    let start = n
    while (i >= 0 && kinds[i] === null) {
      const t = texts[i]!
      // "2. Forced labour: 30" is a line of figures, not a teaser headline
      if (BULLET.test(t) && !ENDS_SENTENCE.test(t) && !/:\s*[\d,.]+\s*$/.test(t)) {
        bullets++
        start = i
        i--
      } else if (i > 0 && BULLET.test(texts[i - 1]!) && !ENDS_SENTENCE.test(texts[i - 1]!)) {
        // a blurb under a teaser headline
        i--
      } else break
    }
    if (bullets >= 2) for (let j = start; j < n; j++) kinds[j] = kinds[j] ?? 'related'
  }

  // 2. single lines anywhere: footers, inline teasers, captions, logos, bylines
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== null) continue
    const t = texts[i]!
    if (FOOTER.test(t)) kinds[i] = /^share|^\d+ comments/i.test(t) ? 'share' : 'footer'
    else if (INLINE_TEASER.test(t)) kinds[i] = 'related'
    else if (LOGO.test(t)) kinds[i] = 'logo'
    else if ((CAPTION.test(t) || CREDIT_TAIL.test(t)) && words(t).length <= 80) kinds[i] = 'caption'
    else if (BYLINE.test(t)) kinds[i] = 'byline'
    else if (METADATA.test(t)) kinds[i] = 'dateline-header'
  }

  // a caption whose longer version follows ("… on trafficking" then "… on trafficking yesterday. Vireak Mai")
  for (let i = 0; i + 1 < n; i++) {
    if (kinds[i] !== null || kinds[i + 1] !== 'caption') continue
    const a = normWords(texts[i]!)
    if (a.length > 20 && normWords(texts[i + 1]!).startsWith(a)) kinds[i] = 'caption'
  }

  // 3. the header: everything before the first paragraph that reads as prose
  let bodyStart = -1
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== null) continue
    const t = texts[i]!
    if (ENDS_SENTENCE.test(t) && words(t).length >= 5 && !isMasthead(t)) {
      bodyStart = i
      break
    }
  }
  let title: number | null = null
  if (bodyStart > 0) {
    // the headline is the longest headline-like line of the header; mastheads and bylines are shorter
    for (let i = 0; i < bodyStart; i++) {
      if (kinds[i] !== null || isMasthead(texts[i]!) || !isHeadlineLike(texts[i]!)) continue
      if (title === null || words(texts[i]!).length > words(texts[title]!).length) title = i
    }
    for (let i = 0; i < bodyStart; i++) {
      if (kinds[i] !== null) continue
      const t = texts[i]!
      if (i === title) kinds[i] = 'headline'
      else if (isMasthead(t)) kinds[i] = 'dateline-header'
      else if (words(t).length > 12) kinds[i] = 'caption'
      else kinds[i] = 'junk'
    }
  }

  // 4. repeats: a paragraph equal to the title or to an earlier paragraph (repeated headline, caption)
  const seen = new Map<string, number>()
  const norms = texts.map(normWords)
  for (let i = 0; i < n; i++) {
    const key = norms[i]!
    if (!key) continue
    const first = seen.get(key)
    if (first !== undefined && kinds[i] === null) kinds[i] = kinds[first] ?? 'headline'
    else if (first === undefined) seen.set(key, i)
  }
  // 5. pull quotes: a paragraph that is only a quotation, repeated word for word elsewhere in the body
  const quotes = texts.flatMap((t, i) => (kinds[i] === null && OPEN_Q.test(t) && CLOSE_Q.test(t) && words(norms[i]!).length >= 5 ? [i] : []))
  if (quotes.length) {
    const bodyNorm = norms.map((t, i) => (kinds[i] === null ? ` ${t} ` : ''))
    // why: a few quotes against a few dozen paragraphs are compared directly; the index pays off only on long pages
    const holding = quotes.length * texts.length <= DIRECT_COMPARISONS ? () => bodyNorm.map((_, j) => j) : phraseIndex(bodyNorm)
    for (const i of quotes) {
      const inner = norms[i]!
      if (holding(inner).some((j) => j !== i && bodyNorm[j]!.includes(` ${inner} `))) kinds[i] = 'pull-quote'
    }
  }
  return { kinds, title }
}

const RUN = 5
const DIRECT_COMPARISONS = 4000

/**
 * Returns a lookup of the paragraphs (normalized words) that may hold a phrase of at least RUN words: those that
 * share its rarest run of RUN words. Every paragraph that holds the phrase is among them.
 */
// why: comparing each quote with every paragraph is O(paragraphs²); a page of quoted lines took minutes
function phraseIndex(norms: string[]): (phrase: string) => number[] {
  const postings = new Map<string, number[]>()
  norms.forEach((norm, j) => {
    const ws = norm.trim().split(' ')
    for (let k = 0; k + RUN <= ws.length; k++) {
      const key = ws.slice(k, k + RUN).join(' ')
      const list = postings.get(key)
      if (!list) postings.set(key, [j])
      else if (list[list.length - 1] !== j) list.push(j)
    }
  })
  return (phrase) => {
    const ws = phrase.split(' ')
    let rarest: number[] = []
    for (let k = 0; k + RUN <= ws.length; k++) {
      const list = postings.get(ws.slice(k, k + RUN).join(' ')) ?? []
      if (k === 0 || list.length < rarest.length) rarest = list
    }
    return rarest
  }
}
