/** What bytes 0x80–0x9F mean in Windows-1252 (the five undefined ones stay C1 control codes, as in the WHATWG table). */
export const WINDOWS_1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

const UTF16 = new TextDecoder('utf-16le')

/**
 * Returns Windows-1252 bytes as text. Written out because Node 20's TextDecoder('windows-1252') decodes as
 * Latin-1: it turns the curly quotes 0x93/0x94 and the dashes 0x96/0x97 into invisible control codes.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    units[i] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1.charCodeAt(b - 0x80) : b
  }
  return UTF16.decode(units)
}
