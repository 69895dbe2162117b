import { WINDOWS_1252_C1 } from '../../src/read/windows1252.js'

/** Returns the UTF-16 bytes of a text, little- or big-endian, with or without a BOM. */
export function utf16(text: string, le: boolean, bom = true): Buffer {
  const b = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le')
  if (!le) b.swap16()
  return b
}

/**
 * Returns the Windows-1252 bytes of a text, or null when it holds a character the code page lacks. Typographic
 * spaces the code page lacks (thin, narrow) are written as spaces, as an editor saving in Windows-1252 does.
 */
export function windows1252(raw: string): Buffer | null {
  const text = raw.replace(/[\u2000-\u200A\u202F\u205F]/g, ' ')
  const out = Buffer.alloc(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const high = WINDOWS_1252_C1.indexOf(text[i]!)
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c
    else if (high !== -1 && c > 0xff) out[i] = 0x80 + high
    else return null
  }
  return out
}

/** The byte variants of one article that must read exactly as its clean UTF-8 text does. */
export function variantsOf(text: string): [string, Buffer][] {
  const crlf = text.replace(/\n/g, '\r\n')
  const out: [string, Buffer][] = [
    ['CRLF', Buffer.from(crlf)],
    ['CR', Buffer.from(text.replace(/\n/g, '\r'))],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 BOM + CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)])],
    ['UTF-16 LE', utf16(text, true)],
    ['UTF-16 BE', utf16(text, false)],
    ['UTF-16 LE + CRLF', utf16(crlf, true)],
    ['UTF-16 LE without BOM', utf16(text, true, false)],
    ['UTF-16 BE without BOM', utf16(text, false, false)],
  ]
  const cp = windows1252(text)
  if (cp) out.push(['Windows-1252', cp])
  const cpCrlf = windows1252(crlf)
  if (cpCrlf) out.push(['Windows-1252 + CRLF', cpCrlf])
  return out
}
