/** Returns the index of the last item whose key is <= pos in items sorted by key, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], pos: number, key: (x: T) => number): number {
  let lo = 0
  let hi = items.length - 1
  let ans = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) <= pos) {
      ans = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return ans
}

/** Half-open stretches of text ([start, end)) sorted and merged, asked whether they cover a position. */
export class Stretches {
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  constructor(spans: Iterable<readonly [number, number]>) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0])
    for (const [s, e] of sorted) {
      const last = this.ends.length - 1
      if (last >= 0 && s <= this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, e)
      else {
        this.starts.push(s)
        this.ends.push(e)
      }
    }
  }

  /** Returns whether any stretch overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    // merged and sorted: the last stretch to start before `end` is the only one that can reach past `start`
    const i = lastAtOrBefore(this.starts, end - 1, (x) => x)
    return i >= 0 && this.ends[i]! > start
  }

  /** Returns whether pos lies in one of the stretches. */
  covers(pos: number): boolean {
    const i = lastAtOrBefore(this.starts, pos, (x) => x)
    return i >= 0 && pos < this.ends[i]!
  }
}
