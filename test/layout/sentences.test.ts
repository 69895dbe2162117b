import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/read/sentences.js'

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => s.text)
}

describe('splitSentences', () => {
  it.each([
    ['Police rescued 12 women. Three suspects were held.', ['Police rescued 12 women.', 'Three suspects were held.']],
    ['The figure rose in 2016. Of that number, 40 were girls.', ['The figure rose in 2016.', 'Of that number, 40 were girls.']],
    ['“We will act,” she said. “Nobody is above the law.”', ['“We will act,” she said.', '“Nobody is above the law.”']],
    ['Mr. Whitlock asked again. Ms. Raman replied.', ['Mr. Whitlock asked again.', 'Ms. Raman replied.']],
    ['The photo was taken on Sept. 26, 2022, in the port.', ['The photo was taken on Sept. 26, 2022, in the port.']],
    ['Assistant U.S. Attorney Rebecca Stone spoke.', ['Assistant U.S. Attorney Rebecca Stone spoke.']],
    ['A caregiver, J.M. Dela Cruz, testified. The court adjourned.', ['A caregiver, J.M. Dela Cruz, testified.', 'The court adjourned.']],
    ['Brokers cheat them . . . and they are far from home.', ['Brokers cheat them . . . and they are far from home.']],
    ['Is this the end? No, said the minister.', ['Is this the end?', 'No, said the minister.']],
    ['He left at 9.00pm on Friday. She stayed.', ['He left at 9.00pm on Friday.', 'She stayed.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('returns offsets into the whole text, trimmed', () => {
    const text = 'Header\n  First one. Second one.  \n'
    const start = text.indexOf('First')
    const spans = splitSentences(text, start - 2, text.length)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.'])
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
