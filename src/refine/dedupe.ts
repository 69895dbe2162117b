import type { Draft, Refiner } from '../types.js'

/** Drops repeats of a figure: the same kind, value and year said twice in one article is one record. */
export const dedupeFigures: Refiner = {
  id: 'dedupe-figures',
  refine(draft: Draft) {
    const seen = new Map<string, true>()
    for (const c of draft.figures) {
      if (c.dropped) continue
      const key = `${c.kind}|${c.value}|${c.year}`
      if (seen.has(key)) c.dropped = 'repeats a figure given earlier'
      else seen.set(key, true)
    }
  },
}
