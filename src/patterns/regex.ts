/** Returns a regex alternation of the words, longest first, with regex characters escaped and spaces flexible. */
export function matchAny(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
}

/** Returns the lower-cased words of a string (letters, digits, apostrophes and inner hyphens). */
export function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[a-z0-9\u00C0-\u024F]+(?:['’-][a-z0-9\u00C0-\u024F]+)*/g) ?? []
}
