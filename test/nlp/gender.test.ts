import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/index.js'
import { firstNamesLoaded } from '../../src/nlp/gender.js'

// the first names (compromise's, or the build's copy of them) must stay unloaded until two candidate speakers need a first name told apart.
// (This file runs in its own process, so the order of the two tests below is the order of the loads.)

describe('the first-name lexicon is loaded only when a pronoun needs it', () => {
  it('stays unloaded for attributions the text settles on its own', () => {
    const text = [
      'Border police freed a group of workers from a brick kiln on Sunday, officials said.',
      'Inspector Hamid Qureshi led the raid with a team of twelve officers.',
      '“Most of them had not been paid for over a year,” he said.',
      '“We are still counting the debts,” said Nadia Qureshi, a lawyer for the workers.',
    ].join('\n\n')
    const quotes = extractArticle(text).quotes
    expect(quotes.map((q) => q.speaker)).toEqual(['Hamid Qureshi', 'Nadia Qureshi'])
    expect(firstNamesLoaded()).toBe(false)
  })

  it('is loaded to tell two people apart by their first names', () => {
    const text = [
      'Border police freed a group of workers from a brick kiln on Sunday, officials said.',
      'Caseworker Maria Sandberg met the workers at the station. Her colleague Daniel Berg drove them to the shelter.',
      '“Some of them had never slept in a bed before,” she said.',
    ].join('\n\n')
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(['Maria Sandberg'])
    expect(firstNamesLoaded()).toBe(true)
  })
})
