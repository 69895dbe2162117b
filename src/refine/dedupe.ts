import type { Draft, FigureCandidate, Refiner } from '../types.js'

/** Drops repeats of a figure (the same kind, value and year said twice is one record); links move to the one kept. */
export const dedupeFigures: Refiner = {
  id: 'dedupe-figures',
  refine(draft: Draft) {
    const kept = new Map<string, FigureCandidate>()
    const replaced = new Map<FigureCandidate, FigureCandidate>()
    for (const c of draft.figures) {
      if (c.dropped) continue
      const key = `${c.kind}|${c.value}|${c.year}`
      const first = kept.get(key)
      if (first) {
        c.dropped = 'repeats a figure given earlier'
        replaced.set(c, first)
      } else kept.set(key, c)
    }
    for (const c of draft.figures) {
      const to = c.link?.to
      const now = to ? replaced.get(to) : undefined
      if (c.link && now && now !== c) c.link = { ...c.link, to: now }
    }
  },
}
