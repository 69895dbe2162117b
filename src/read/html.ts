import { WINDOWS_1252_C1 } from './windows1252.js'
import { wordTable } from '../patterns/wordTable.js'

// HTML pages saved as .txt or .html: their visible text, with paragraphs as lines. A small linear scanner, not a
// parser: it reads tags, comments and entities the way browsers do for the pages users save, and never backtracks.

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'

/** Named character references: the Latin-1 set (U+00A0–U+00FF in order), the markup five, and the typography news pages use. */
const NAMED: Record<string, string> = wordTable({
  ...Object.fromEntries(LATIN1_NAMES.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C', rdquo: '\u201D',
  bdquo: '\u201E', dagger: '\u2020', Dagger: '\u2021', bull: '\u2022', hellip: '\u2026', permil: '\u2030', prime: '\u2032',
  Prime: '\u2033', lsaquo: '\u2039', rsaquo: '\u203A', oline: '\u203E', frasl: '\u2044', euro: '\u20AC', trade: '\u2122',
  OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161', Yuml: '\u0178', Zcaron: '\u017D', zcaron: '\u017E',
  fnof: '\u0192', circ: '\u02C6', tilde: '\u02DC', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200C',
  zwj: '\u200D', lrm: '\u200E', rlm: '\u200F', hyphen: '\u2010', dash: '\u2010', minus: '\u2212', larr: '\u2190',
  rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', star: '\u2606', check: '\u2713', NewLine: '\n', Tab: '\t',
  NonBreakingSpace: '\u00A0',
})
// why: browsers also read the Latin-1 and markup names without their semicolon ("&amp", "&nbsp")
const LEGACY = new Set([...LATIN1_NAMES.split(' '), 'amp', 'lt', 'gt', 'quot'])
const LEGACY_PREFIXES = ['nbsp', 'quot', 'copy', 'amp', 'reg', 'lt', 'gt']

// e.g. "&#8220;", "&#x201C;", "&rsquo;", "&nbsp", "&amp;"
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,8})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g

function codePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD'
  // why: &#147; means what byte 0x93 means in Windows-1252 (“), as in every browser
  if (cp >= 0x80 && cp <= 0x9f) return WINDOWS_1252_C1[cp - 0x80]!
  return String.fromCodePoint(cp)
}

/** Returns a text with its character references decoded (named, decimal and hex); unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (dec !== undefined) return codePoint(Number(dec))
    if (hex !== undefined) return codePoint(parseInt(hex, 16))
    const n = name ?? ''
    if (semi && NAMED[n] !== undefined) return NAMED[n]!
    if (!semi && LEGACY.has(n)) return NAMED[n]!
    // "&ampfoo" reads as "&" + "foo", as browsers read it
    const prefix = LEGACY_PREFIXES.find((p) => n.startsWith(p))
    return prefix ? NAMED[prefix]! + whole.slice(1 + prefix.length) : whole
  })
}

// tags that end a paragraph, or a line
const PARAGRAPH = new Set(
  'p div h1 h2 h3 h4 h5 h6 section article header footer main aside blockquote figure figcaption table ul ol dl hr address form fieldset details summary pre center hgroup menu dialog legend body html'.split(
    ' ',
  ),
)
const LINE = new Set(['li', 'dt', 'dd', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'option'])
const CELL = new Set(['td', 'th'])
// elements whose content is never article text: scripts, styles, the head, menus, embedded media and forms
const DROP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button', 'nav'])
// elements whose content is not markup at all: skipped up to their end tag
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes'])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen'])
// why: these may sit in <head>; any other tag (or visible text) means the page forgot to close it
const IN_HEAD = new Set(['meta', 'link', 'title', 'style', 'script', 'base', 'noscript', 'template'])

// why: a quoted attribute longer than this is a stray quote, not a value; bounds the scan so it stays linear
const MAX_QUOTED = 2048

/** Collects visible text: spaces collapsed, and the strongest break asked for between two runs of text. */
class TextOut {
  private parts: string[] = []
  private pendingBreak = 0
  private pendingCell = false
  private pendingSpace = false
  private atLineStart = true

  text(raw: string, pre: boolean): void {
    if (pre) {
      if (raw === '') return
      this.flush()
      this.parts.push(raw)
      this.atLineStart = raw.endsWith('\n')
      this.pendingSpace = false
      return
    }
    // why: only HTML white space collapses; a no-break space (&nbsp;) is text and stays
    const s = raw.replace(/[ \t\n\r\f]+/g, ' ')
    const lead = s.startsWith(' ')
    const core = s.slice(lead ? 1 : 0, s.length > 1 && s.endsWith(' ') ? -1 : undefined)
    if (core === '' || core === ' ') {
      if (s) this.pendingSpace = true
      return
    }
    if (lead) this.pendingSpace = true
    this.flush()
    this.parts.push(core)
    this.atLineStart = false
    this.pendingSpace = s.endsWith(' ')
  }

  /** 1 = line break, 2 = paragraph break; a <br> adds one line to what is pending. */
  lineBreak(add: boolean): void {
    this.pendingBreak = add ? Math.min(2, this.pendingBreak + 1) : Math.max(this.pendingBreak, 1)
  }

  paragraphBreak(): void {
    this.pendingBreak = 2
  }

  cell(): void {
    if (!this.atLineStart) this.pendingCell = true
  }

  private flush(): void {
    if (this.pendingBreak && this.parts.length) {
      this.parts.push('\n'.repeat(this.pendingBreak))
      this.atLineStart = true
    } else if (this.pendingCell && !this.atLineStart) this.parts.push('\t')
    else if (this.pendingSpace && !this.atLineStart) this.parts.push(' ')
    this.pendingBreak = 0
    this.pendingCell = false
    this.pendingSpace = false
  }

  toString(): string {
    return this.parts.join('')
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** Returns the index of the '>' that closes the tag whose attributes start at `from`, or -1; quotes after '=' hide '>'. */
function tagEnd(html: string, from: number): number {
  let prev = ''
  for (let j = from; j < html.length; j++) {
    const ch = html[j]!
    if (ch === '>') return j
    if ((ch === '"' || ch === "'") && prev === '=') {
      const q = html.indexOf(ch, j + 1)
      if (q === -1 || q - j > MAX_QUOTED) return html.indexOf('>', j)
      j = q
      prev = ch
      continue
    }
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') prev = ch
  }
  return -1
}

const END_TAGS = new Map<string, RegExp>()
function endTagRe(name: string): RegExp {
  let re = END_TAGS.get(name)
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi')
    END_TAGS.set(name, re)
  }
  return re
}

/**
 * Returns the visible text of an HTML page: tags stripped, entities decoded, script/style/noscript/head (and
 * menus, forms, embedded media) dropped, block tags as paragraph breaks, <br> as a line break, table cells
 * separated by tabs, white space collapsed except in <pre>.
 */
export function htmlToText(html: string): string {
  const out = new TextOut()
  const drop: string[] = []
  let pre = 0
  let textStart = 0
  let i = 0
  const n = html.length

  const emit = (end: number): void => {
    if (end <= textStart) return
    const raw = html.slice(textStart, end)
    // text straight inside an unclosed <head> means the body has begun
    if (drop.length === 1 && drop[0] === 'head' && /\S/.test(raw)) drop.pop()
    if (!drop.length) out.text(decodeEntities(raw), pre > 0)
  }
  const skipTo = (at: number): void => {
    i = at
    textStart = at
  }

  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) break
    const c = html.charCodeAt(lt + 1)
    if (html.startsWith('<!--', lt)) {
      emit(lt)
      const end = html.indexOf('-->', lt + 4)
      skipTo(end === -1 ? n : end + 3)
      continue
    }
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // doctype, CDATA, processing instruction: none is visible
      emit(lt)
      const cdata = html.startsWith('<![CDATA[', lt) ? html.indexOf(']]>', lt) : -1
      const end = cdata !== -1 ? cdata + 2 : html.indexOf('>', lt)
      skipTo(end === -1 ? n : end + 1)
      continue
    }
    const closing = c === 47 /* / */
    const nameStart = closing ? lt + 2 : lt + 1
    if (!isLetter(html.charCodeAt(nameStart))) {
      // "a < b", "</ >": a literal '<'
      i = lt + 1
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < n && /[A-Za-z0-9:-]/.test(html[nameEnd]!)) nameEnd++
    const end = closing ? html.indexOf('>', nameEnd) : tagEnd(html, nameEnd)
    if (end === -1) break // no tag closes after this point: the rest is text
    emit(lt)
    skipTo(end + 1)
    const name = html.slice(nameStart, nameEnd).toLowerCase()

    if (closing) {
      const at = drop.lastIndexOf(name)
      if (at !== -1) {
        drop.length = at
        continue
      }
      if (drop.length) continue
      if (name === 'pre') pre = Math.max(0, pre - 1)
      if (name === 'br') out.lineBreak(true)
      else if (PARAGRAPH.has(name)) out.paragraphBreak()
      else if (LINE.has(name)) out.lineBreak(false)
      continue
    }

    const selfClosing = html[end - 1] === '/'
    if (drop[drop.length - 1] === 'head' && !IN_HEAD.has(name)) drop.pop()
    if (name === 'body') {
      const h = drop.indexOf('head')
      if (h !== -1) drop.length = h
    }
    if (RAW.has(name) && !selfClosing) {
      const re = endTagRe(name)
      re.lastIndex = i
      const m = re.exec(html)
      const close = m ? html.indexOf('>', m.index) : -1
      skipTo(close === -1 ? n : close + 1)
      continue
    }
    if (DROP.has(name) && !VOID.has(name) && !selfClosing) {
      drop.push(name)
      continue
    }
    if (drop.length) continue
    if (name === 'br') out.lineBreak(true)
    else if (name === 'pre') {
      out.paragraphBreak()
      pre++
    } else if (PARAGRAPH.has(name)) out.paragraphBreak()
    else if (LINE.has(name)) out.lineBreak(false)
    else if (CELL.has(name)) out.cell()
  }
  emit(n)
  return out.toString()
}

// e.g. "<p>", "</div>", "<a href='…'>", "<br/>": tags that ordinary pages are made of
const KNOWN_TAG =
  /<\/?(p|div|span|a|br|hr|img|table|tbody|thead|tr|td|th|ul|ol|li|dl|dt|dd|h[1-6]|section|article|header|footer|nav|main|aside|script|style|meta|link|title|body|head|html|em|strong|b|i|u|small|sup|sub|blockquote|figure|figcaption|form|input|button|iframe|noscript|pre|code|time)(?=[\s/>])[^<>]{0,2000}>/gi
const STRUCTURE = /^(?:p|div|br|hr|table|tr|td|th|ul|ol|li|h[1-6]|section|article|header|footer|nav|main|aside|body|head|html|blockquote|figure|form|pre|script|style|meta|title)$/i

function startsAsHtml(text: string): boolean {
  let s = text.slice(0, 8192).trimStart()
  if (s.startsWith('<?xml')) s = s.slice(s.indexOf('>') + 1).trimStart()
  while (s.startsWith('<!--')) {
    const e = s.indexOf('-->')
    if (e === -1) return false
    s = s.slice(e + 3).trimStart()
  }
  return /^<(?:!doctype\s+html|html|head|body)(?=[\s>])/i.test(s)
}

/**
 * Returns true when a text is an HTML page: it starts with a doctype, <html>, <head> or <body>, or it holds many
 * tags of page structure (at least 3 of 5); in a file named .html/.htm any tag will do.
 */
export function looksLikeHtml(text: string, path?: string): boolean {
  if (!text.includes('<')) return false
  if (startsAsHtml(text)) return true
  const htmlName = path !== undefined && /\.x?html?$/i.test(path)
  const sample = text.length > 262144 ? text.slice(0, 262144) : text
  let total = 0
  let structure = 0
  KNOWN_TAG.lastIndex = 0
  for (let m = KNOWN_TAG.exec(sample); m; m = KNOWN_TAG.exec(sample)) {
    total++
    if (STRUCTURE.test(m[1]!)) structure++
    if (htmlName || (total >= 5 && structure >= 3)) return true
  }
  return false
}
