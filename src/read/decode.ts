import { htmlToText, looksLikeHtml } from './html.js'
import { decodeWindows1252 } from './windows1252.js'

/** The text every offset refers to, how its bytes were decoded, and whether it was an HTML page (then stripped). */
export interface Decoded {
  text: string
  encoding: string
  html: boolean
}

/** Why bytes could not be decoded as text; the caller turns it into an InputError. */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecodeError'
  }
}

// why: one line break, whatever the platform or encoding wrote ("\r\n", old Mac "\r", NEL, U+2028/2029, form feed)
const LINE_BREAK = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g
// why: zero-width, soft-hyphen and bidi marks split words invisibly; they carry nothing a reader sees
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
// why: no-break, narrow and other typographic spaces must behave like spaces in every pattern
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// why: stray control characters (C0 except tab and newline, DEL, C1) are noise; a space keeps the words apart
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g
// why: a lone surrogate half is not a character and breaks UTF-8 output
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu

/**
 * Returns the text with line endings, composed accents (NFC), invisible characters, odd spaces and stray
 * control characters made plain. Idempotent: normalizing twice changes nothing.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(LINE_BREAK, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, ' ')
}

// e.g. "%PDF-1.7", "PK\x03\x04": files users save beside their articles that are not text
const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document, not text (convert it to .txt first)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document, not plain text (save it as .txt first)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or Office document (.docx/.xlsx), not text (save it as .txt first)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word/Excel document, not text (save it as .txt first)'],
  [[0x1f, 0x8b], 'a gzip archive, not text (unpack it first)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not text'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not text'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image, not text'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable, not text'],
]

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)
}

/** Returns the BOM's encoding and length, or null. UTF-32 is tested before UTF-16: FF FE 00 00 starts both. */
function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', length: 3 }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return { encoding: 'utf-32le', length: 4 }
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return { encoding: 'utf-32be', length: 4 }
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 }
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 }
  return null
}

// why: UTF-16 text without a BOM shows as ASCII characters each paired with a NUL, on the odd bytes (LE) or the even (BE)
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  const printable = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13
  let le = 0
  let be = 0
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!
    const b = bytes[i + 1]!
    if (a === 0) evenZero++
    if (b === 0) oddZero++
    if (b === 0 && printable(a)) le++
    if (a === 0 && printable(b)) be++
  }
  const pairs = n / 2
  if (le / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le'
  if (be / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be'
  return null
}

function utf32(bytes: Uint8Array, le: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let out = ''
  const chunk: number[] = []
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, le)
    chunk.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd)
    if (chunk.length === 4096) out += String.fromCodePoint(...chunk.splice(0))
  }
  return out + String.fromCodePoint(...chunk)
}

// the three places sampled for binary data: a text with a binary tail (or head) is not text
function samples(bytes: Uint8Array): Uint8Array[] {
  const w = 8192
  if (bytes.length <= 3 * w) return [bytes]
  const mid = Math.floor(bytes.length / 2)
  return [bytes.subarray(0, w), bytes.subarray(mid - w / 2, mid + w / 2), bytes.subarray(bytes.length - w)]
}

/** Returns why single-byte data is not text (NUL bytes, many control bytes), or null when it may be text. */
function binaryReason(bytes: Uint8Array): string | null {
  let n = 0
  let control = 0
  for (const s of samples(bytes)) {
    n += s.length
    for (let i = 0; i < s.length; i++) {
      const b = s[i]!
      if (b === 0) return 'binary data (NUL bytes), not text'
      if (b < 9 || (b > 13 && b < 32 && b !== 27) || b === 127) control++
    }
  }
  return n > 0 && control / n > 0.1 ? 'binary data (many control bytes), not text' : null
}

/** Returns why decoded text is not text (control or replacement characters in more than a tenth of it, if long enough to tell), or null. */
function garbledReason(text: string): string | null {
  const sample = text.length <= 24576 ? text : text.slice(0, 8192) + text.slice(text.length / 2 - 4096, text.length / 2 + 4096) + text.slice(-8192)
  const bad = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0
  return sample.length >= 64 && bad / sample.length > 0.1 ? 'binary data, not text (most characters are control or undecodable characters)' : null
}

/** Returns the length of the valid UTF-8 sequence at i (1 for ASCII), or 0 when the byte at i starts none. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i]!
  if (c < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k]
    return x !== undefined && x >= lo && x <= hi
  }
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0
  return 0
}

/**
 * Returns text from bytes that are mostly UTF-8 with stray Windows-1252 bytes (a file pasted together from two
 * sources): each valid UTF-8 sequence as UTF-8, each other byte as Windows-1252. Null when the bytes hold fewer
 * valid multi-byte sequences than stray bytes (then the whole file is Windows-1252).
 */
function mixedUtf8(bytes: Uint8Array): string | null {
  let multi = 0
  let stray = 0
  for (let i = 0; i < bytes.length; ) {
    const k = utf8Length(bytes, i)
    if (k === 0) {
      stray++
      i++
    } else {
      if (k > 1) multi++
      i += k
    }
  }
  if (multi <= stray) return null
  const utf8 = new TextDecoder('utf-8')
  let out = ''
  let runStart = 0
  for (let i = 0; i < bytes.length; ) {
    const k = utf8Length(bytes, i)
    if (k === 0) {
      out += utf8.decode(bytes.subarray(runStart, i)) + decodeWindows1252(bytes.subarray(i, i + 1))
      i++
      runStart = i
    } else i += k
  }
  return out + utf8.decode(bytes.subarray(runStart))
}

// e.g. <meta charset="iso-8859-2">, <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">
const META_CHARSET = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})/i

/** Returns a decoder for the charset an HTML page declares (other than UTF-8 and UTF-16), if Node knows it. */
function declaredCharset(bytes: Uint8Array): { decode: (b: Uint8Array) => string; encoding: string } | null {
  const label = META_CHARSET.exec(decodeWindows1252(bytes.subarray(0, 4096)))?.[1]
  // why: as browsers do, a page that declares UTF-16 in an 8-bit meta tag is not UTF-16
  if (!label || /^utf-?(?:8|16)/i.test(label)) return null
  let decoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    return null
  }
  // Latin-1 and ASCII labels mean Windows-1252, which Node's decoder gets wrong
  if (decoder.encoding === 'windows-1252') return { decode: decodeWindows1252, encoding: 'windows-1252' }
  return { decode: (b) => decoder.decode(b), encoding: decoder.encoding }
}

/** Returns the raw text of bytes and the encoding read; throws DecodeError for binary data. */
function decodeRaw(bytes: Uint8Array): { raw: string; encoding: string } {
  const bom = bomOf(bytes)
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be') {
    return { raw: utf32(bytes.subarray(4), bom.encoding === 'utf-32le'), encoding: bom.encoding }
  }
  if (!bom) for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) throw new DecodeError(what)
  const utf16 = bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be' ? bom.encoding : bom ? null : utf16WithoutBom(bytes)
  if (utf16) {
    return { raw: new TextDecoder(utf16).decode(bytes.subarray(bom ? 2 : 0)), encoding: bom ? utf16 : `${utf16} (no BOM)` }
  }
  const body = bom ? bytes.subarray(bom.length) : bytes
  const binary = binaryReason(body)
  if (binary) throw new DecodeError(binary)
  try {
    return { raw: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' }
  } catch {
    // not valid UTF-8: mostly UTF-8 with stray bytes, else a declared charset, else Windows-1252 (curly quotes 0x93/0x94)
  }
  // why: the bytes outrank a page's meta tag, which a re-saved page often keeps from its old encoding
  const mixed = mixedUtf8(body)
  if (mixed !== null) return { raw: mixed, encoding: 'utf-8+windows-1252' }
  const declared = declaredCharset(body)
  if (declared) return { raw: declared.decode(body), encoding: declared.encoding }
  let high = 0
  for (let i = 0; i < body.length; i++) if (body[i]! >= 0x80) high++
  // why: English or European text in Windows-1252 has a few accents and quotes; a third of high bytes is binary or another encoding
  if (body.length >= 64 && high / body.length > 0.3) throw new DecodeError('not text: neither UTF-8, UTF-16 nor Windows-1252 (binary data or an unsupported encoding)')
  // Latin-1 (ISO-8859-1) text decodes the same: its 0x80–0x9F are control codes that never occur in text
  return { raw: decodeWindows1252(body), encoding: 'windows-1252' }
}

/** Returns the decoded, normalized text of a file's bytes; throws DecodeError for binary data. */
export function decodeBytes(bytes: Uint8Array): Omit<Decoded, 'html'> {
  const { raw, encoding } = decodeRaw(bytes)
  const garbled = garbledReason(raw)
  if (garbled) throw new DecodeError(garbled)
  return { text: normalizeText(raw), encoding }
}

/**
 * Returns the text the extractor reads and every offset refers to: bytes decoded (BOM, UTF-16, Windows-1252…),
 * line endings and spaces normalized, and an HTML page (by its content, or any tags in a .html file) reduced to
 * its visible text. Throws DecodeError for binary bytes; never for a string.
 */
export function decodeInput(input: string | Uint8Array, options: { path?: string } = {}): Decoded {
  const d = typeof input === 'string' ? { text: normalizeText(input), encoding: 'text' } : decodeBytes(input)
  if (!looksLikeHtml(d.text, options.path)) return { text: d.text, encoding: d.encoding, html: false }
  return { text: normalizeText(htmlToText(d.text)), encoding: d.encoding, html: true }
}
