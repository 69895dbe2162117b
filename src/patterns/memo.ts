// Memos for the scans several passes run over the same article, sentence or text. What they return is shared:
// callers must not change it.

/** Returns fn remembered per object: computed once for each article or span, forgotten with it. */
export function memoByObject<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const seen = new WeakMap<K, V>()
  return (key) => {
    let v = seen.get(key)
    if (v === undefined) {
      v = fn(key)
      seen.set(key, v)
    }
    return v
  }
}

/** Returns fn remembered per string, for the last `limit` strings or so (the sentences of the article at hand). */
export function memoByText<V>(fn: (text: string) => V, limit = 2048): (text: string) => V {
  const seen = new Map<string, V>()
  return (text) => {
    let v = seen.get(text)
    if (v === undefined) {
      // why: bounded, so a run over thousands of articles does not keep every sentence it has read
      if (seen.size >= limit) seen.clear()
      v = fn(text)
      seen.set(text, v)
    }
    return v
  }
}
