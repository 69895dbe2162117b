/** The text every offset refers to, and how it was decoded. */
export interface Decoded {
  text: string
  encoding: string
}

/** Why bytes could not be decoded as text; the caller turns it into an InputError. */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecodeError'
  }
}

// why: zero-width and bidi marks split words invisibly; they carry nothing a reader sees
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g
// why: no-break and narrow spaces must behave like spaces in every pattern
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g

/** Returns the text with line endings, invisible characters and odd spaces made plain. */
export function normalizeText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACE, ' ')
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

function utf16(bytes: Uint8Array, le: boolean): string {
  return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2))
}

/** Returns the decoded, normalized text of a file's bytes; throws DecodeError for binary data. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: normalizeText(utf16(bytes, true)), encoding: 'utf-16le' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: normalizeText(utf16(bytes, false)), encoding: 'utf-16be' }
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  if (looksBinary(body)) throw new DecodeError('binary data (NUL or control bytes), not text')
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    return { text: normalizeText(text), encoding: bom ? 'utf-8-bom' : 'utf-8' }
  } catch {
    // why: bytes that are not valid UTF-8 in a news text are almost always Windows-1252 (curly quotes 0x93/0x94)
    const text = new TextDecoder('windows-1252').decode(body)
    return { text: normalizeText(text), encoding: 'windows-1252' }
  }
}
