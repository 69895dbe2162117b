import { describe, expect, it } from 'vitest'
import { decodeBytes, DecodeError, decodeInput, normalizeText } from '../../src/read/decode.js'
import { decodeWindows1252 } from '../../src/read/windows1252.js'
import { utf16, windows1252 } from './variants.js'

const SENTENCE = '“We rescued 45 victims – all women,” police said.'

describe('decodeBytes: encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(SENTENCE), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(SENTENCE, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(SENTENCE, false), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(SENTENCE, true, false), 'utf-16le (no BOM)'],
    ['UTF-16 BE without BOM', utf16(SENTENCE, false, false), 'utf-16be (no BOM)'],
    ['Windows-1252', windows1252(SENTENCE)!, 'windows-1252'],
  ])('%s decodes to the same text', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text: SENTENCE, encoding })
  })

  it('reads UTF-32 with a BOM (FF FE 00 00 is not UTF-16 followed by a NUL)', () => {
    const le = Buffer.alloc(4 * (SENTENCE.length + 1))
    ;[0xfeff, ...[...SENTENCE].map((c) => c.codePointAt(0)!)].forEach((cp, i) => le.writeUInt32LE(cp, 4 * i))
    expect(decodeBytes(le)).toEqual({ text: SENTENCE, encoding: 'utf-32le' })
    const be = Buffer.alloc(le.length)
    for (let i = 0; i < le.length; i += 4) be.writeUInt32BE(le.readUInt32LE(i), i)
    expect(decodeBytes(be)).toEqual({ text: SENTENCE, encoding: 'utf-32be' })
  })

  it.each([
    [0x93, '\u201C'],
    [0x94, '\u201D'],
    [0x91, '\u2018'],
    [0x92, '\u2019'],
    [0x96, '\u2013'],
    [0x97, '\u2014'],
    [0x85, '\u2026'],
    [0x80, '\u20AC'],
    [0xe9, 'é'],
    [0xa3, '£'],
  ])('Windows-1252 byte %i is %s (not a Latin-1 control code)', (byte, char) => {
    const d = decodeBytes(Buffer.from([0x41, byte, 0x42]))
    expect(d).toEqual({ text: `A${char}B`, encoding: 'windows-1252' })
  })

  it('reads Latin-1 text (accents only) as Windows-1252, which agrees with it outside 0x80–0x9F', () => {
    const latin1 = Buffer.from('Côte d’Ivoire'.replace('’', "'"), 'latin1')
    expect(decodeBytes(latin1).text).toBe("Côte d'Ivoire")
  })

  it('drops the five bytes Windows-1252 leaves undefined (0x81, 0x8D…) as control noise', () => {
    expect(decodeBytes(Buffer.from([0x93, 0x41, 0x81, 0x42, 0x94])).text).toBe('“A B”')
  })

  it('reads a UTF-8 file with a few stray Windows-1252 bytes character by character', () => {
    const bytes = Buffer.concat([Buffer.from('“Café” – São Paulo, 45 rescued '), Buffer.from([0x93, 0x4f, 0x4b, 0x94])])
    expect(decodeBytes(bytes)).toEqual({ text: '“Café” – São Paulo, 45 rescued “OK”', encoding: 'utf-8+windows-1252' })
  })

  it('uses the charset an HTML page declares when its bytes are not UTF-8', () => {
    const head = Buffer.from('<html><head><meta charset="iso-8859-2"></head><body><p>Gda')
    const bytes = Buffer.concat([head, Buffer.from([0xf1, 0x73, 0x6b]), Buffer.from('</p></body></html>')])
    expect(decodeBytes(bytes).encoding).toBe('iso-8859-2')
    expect(decodeBytes(bytes).text).toContain('Gdańsk')
    const latin = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'), Buffer.from([0x93, 0x68, 0x69, 0x94])])
    expect(decodeBytes(latin)).toEqual({ text: expect.stringContaining('“hi”'), encoding: 'windows-1252' })
  })

  it('trusts the bytes over a stale meta tag: a UTF-8 page with a stray byte that still says ISO-8859-1', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>“Café” – São Paulo, Côte d’Ivoire '), Buffer.from([0x93])])
    expect(decodeBytes(page)).toEqual({ text: '<meta charset="iso-8859-1"><p>“Café” – São Paulo, Côte d’Ivoire “', encoding: 'utf-8+windows-1252' })
  })
})

describe('decodeBytes: binary data is refused with a reason', () => {
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
  it.each([
    ['NUL bytes', Buffer.from('Police rescued\u0000\u0000 45 victims'), /NUL bytes/],
    ['control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control bytes/],
    ['random bytes', random, /binary|not text/],
    ['random bytes without NUL', Buffer.from(random.filter((b) => b !== 0)), /binary|not text/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ['a .docx (ZIP)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /ZIP archive or Office document/],
    ['an RTF document', Buffer.from('{\\rtf1\\ansi Police rescued 45 victims}'), /RTF document/],
    ['a gzip archive', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), /gzip/],
    ['text with a binary tail', Buffer.concat([Buffer.from('Police rescued 45 victims. '.repeat(2000)), Buffer.alloc(9000)]), /NUL bytes/],
  ])('%s', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes)).toThrow(DecodeError)
    expect(() => decodeBytes(bytes)).toThrow(message)
  })

  it('does not call ordinary accented or typographic text binary', () => {
    const text = 'Les autorités ont libéré 45 victimes à Abidjan – « 12 suspects » ont été arrêtés. '.repeat(50)
    expect(decodeBytes(Buffer.from(text)).encoding).toBe('utf-8')
    expect(decodeBytes(windows1252(text)!).text === text).toBe(true)
  })
})

describe('normalizeText', () => {
  it.each([
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['old Mac CR', 'a\rb\rc', 'a\nb\nc'],
    ['CR CR LF', 'a\r\r\nb', 'a\n\nb'],
    ['NEL and line/paragraph separators', 'a\u0085b\u2028c\u2029d', 'a\nb\nc\nd'],
    ['form feed (page break)', 'a\fb', 'a\nb'],
    ['no-break and narrow spaces', '45\u00A0victims\u202Fand\u2009more\u3000x', '45 victims and more x'],
    ['zero-width characters', 'res\u200Bcued 4\u200D5 vic\u2060tims\uFEFF', 'rescued 45 victims'],
    ['soft hyphen', 'traf\u00ADficking', 'trafficking'],
    ['bidi marks', '\u202Bvictims\u202C \u200F45\u200E', 'victims 45'],
    ['tabs stay', 'a\tb', 'a\tb'],
    ['stray control characters become spaces', 'a\u0001b\u001Fc\u007Fd\u0090e', 'a b c d e'],
    ['decomposed accents are composed (NFC)', 'Co\u0302te d\u2019Ivoire', 'Côte d’Ivoire'],
    ['a lone surrogate becomes U+FFFD', 'a\uD800b', 'a\uFFFDb'],
  ])('%s', (_name, raw, text) => {
    expect(normalizeText(raw)).toBe(text)
  })

  it('is idempotent', () => {
    const raw = 'a\r\n\u00A0b\u200B\u0085c\u0301\uD800\u0001'
    expect(normalizeText(normalizeText(raw))).toBe(normalizeText(raw))
  })
})

describe('decodeInput', () => {
  it('never throws for a string, and reports whether it stripped HTML', () => {
    expect(decodeInput('')).toEqual({ text: '', encoding: 'text', html: false })
    expect(decodeInput('\u0000\uD800')).toEqual({ text: ' \uFFFD', encoding: 'text', html: false })
    expect(decodeInput('<!DOCTYPE html><p>Police rescued 45 victims.</p>')).toEqual({ text: 'Police rescued 45 victims.', encoding: 'text', html: true })
  })

  it('throws DecodeError for binary bytes', () => {
    expect(() => decodeInput(Buffer.from([0, 1, 2, 3]))).toThrow(DecodeError)
  })

  it('decodes Windows-1252 the way the code page says (Node 20 TextDecoder does not)', () => {
    expect(decodeWindows1252(Buffer.from([0x93, 0x94, 0x96]))).toBe('“”–')
  })
})
