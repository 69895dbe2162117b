/** Returns a word-keyed table with no Object.prototype behind it, so that "constructor" in a text is not found in it. */
// why: a plain object literal answers `"constructor" in table` with true and `table.constructor` with a function;
// the words looked up here come from articles
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}
