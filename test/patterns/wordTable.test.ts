import { describe, expect, it } from 'vitest'
import { PEOPLE_NOUNS } from '../../src/patterns/nouns.js'
import { SUSPECT_ACTION_NOUNS, VICTIM_VERBS } from '../../src/patterns/verbs.js'
import { wordTable } from '../../src/patterns/wordTable.js'

describe('wordTable', () => {
  const table = wordTable({ victims: 1, arrests: 2 })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])('finds nothing for "%s"', (word) => {
    expect(word in table).toBe(false)
    expect(table[word]).toBeUndefined()
    expect(word in PEOPLE_NOUNS).toBe(false)
    expect(SUSPECT_ACTION_NOUNS[word]).toBeUndefined()
    expect(VICTIM_VERBS[word]).toBeUndefined()
  })

  it.each([
    ['victims', 1],
    ['arrests', 2],
  ])('finds "%s"', (word, value) => {
    expect(table[word]).toBe(value)
    expect(Object.keys(table)).toContain(word)
  })
})
