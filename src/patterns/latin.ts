// Fast paths for text in Latin script. A regex with Unicode property classes (\p{L}) runs about three times slower in V8
// than one with plain ranges; on text whose characters all lie in the Latin and punctuation blocks below, a plain-range
// regex built from the same property reads exactly what the Unicode one reads.

// Basic Latin to Latin Extended-B, and General Punctuation (curly quotes, dashes, ellipsis)
const BLOCKS: [number, number][] = [
  [0x0000, 0x024f],
  [0x2000, 0x206f],
]
const OUTSIDE = /[^\u0000-\u024F\u2000-\u206F]/

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`

/** Returns the characters of the Latin and punctuation blocks that `property` matches, as ranges for a [...] class. */
export function latinClassOf(property: RegExp): string {
  let out = ''
  for (const [from, to] of BLOCKS) {
    let start = -1
    for (let c = from; c <= to + 1; c++) {
      const hit = c <= to && property.test(String.fromCharCode(c))
      if (hit && start < 0) start = c
      if (!hit && start >= 0) {
        out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`
        start = -1
      }
    }
  }
  return out
}

/** Returns whether every character of s lies in the Latin and punctuation blocks, where the plain-range classes apply. */
export function isLatinText(s: string): boolean {
  return !OUTSIDE.test(s)
}
