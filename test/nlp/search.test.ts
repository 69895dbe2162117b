import { describe, expect, it } from 'vitest'
import { lastAtOrBefore, Stretches } from '../../src/nlp/search.js'

// quotes at [10, 20) and [15, 30) (merged to [10, 30)) and [50, 60)
const masks = new Stretches([
  [50, 60],
  [10, 20],
  [15, 30],
])

describe('Stretches', () => {
  it.each([
    [9, false],
    [10, true],
    [29, true],
    [30, false],
    [49, false],
    [50, true],
    [59, true],
    [60, false],
  ])('covers(%d) is %s', (pos, covered) => {
    expect(masks.covers(pos)).toBe(covered)
  })

  it.each([
    [0, 10, false],
    [0, 11, true],
    [29, 35, true],
    [30, 50, false],
    [30, 51, true],
    [12, 14, true],
    [60, 99, false],
    [0, 99, true],
  ])('overlaps(%d, %d) is %s', (start, end, overlapping) => {
    expect(masks.overlaps(start, end)).toBe(overlapping)
  })

  it('overlaps nothing when empty', () => {
    expect(new Stretches([]).overlaps(0, 100)).toBe(false)
  })
})

describe('lastAtOrBefore', () => {
  it.each([
    [5, -1],
    [10, 0],
    [19, 0],
    [20, 1],
    [99, 2],
  ])('finds the last start at or before %d: index %d', (pos, index) => {
    expect(lastAtOrBefore([10, 20, 30], pos, (x) => x)).toBe(index)
  })
})
