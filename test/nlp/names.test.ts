import { describe, expect, it } from 'vitest'
import { nameRuns, readSpeakerPhrase, splitSegments, trailingPhrase } from '../../src/nlp/names.js'
import { tokenize } from '../../src/nlp/tokens.js'

// Names and phrases written for these tests; none comes from a fixture article.

function speaker(phrase: string): [string, string, string | null] | null {
  const cue = readSpeakerPhrase(phrase, splitSegments(tokenize(phrase)).filter((s) => s.length))
  return cue ? [cue.kind, cue.text, cue.role] : null
}

describe('the speaker a phrase names', () => {
  it.each<[string, [string, string, string | null] | null]>([
    ['Deputy Minister of Manpower Brigadier General Budi Santoso', ['person', 'Budi Santoso', 'Deputy Minister of Manpower Brigadier General']],
    ['Indonesia’s Deputy Minister of Manpower Budi Santoso', ['person', 'Budi Santoso', 'Deputy Minister of Manpower']],
    ['Special Agent in Charge Laura Pineda', ['person', 'Laura Pineda', 'Special Agent in Charge']],
    ['Mr Dlamini', ['person', 'Dlamini', 'Mr']],
    ['Ahmad bin Yusof, a lawyer for the workers', ['person', 'Ahmad bin Yusof', 'a lawyer for the workers']],
    ['Tran The Vinh, who runs the shelter', ['person', 'Tran The Vinh', null]],
    ['The head of the border unit, Inspector Joyce Mwangi', ['person', 'Joyce Mwangi', 'The head of the border unit']],
    ['Dr Lena Fischer', ['person', 'Lena Fischer', 'Dr']],
    ['Joaquim Da Silva-Pereira', ['person', 'Joaquim Da Silva-Pereira', null]],
    ['one foreign diplomat who asked not to be named', ['anon', 'foreign diplomat', null]],
    ['A labour inspector in Sylhet who declined to give his name', ['anon', 'labour inspector', null]],
    ['One of the rescued boys', ['anon', 'rescued boy', null]],
    ['a source close to the inquiry', ['anon', 'source', null]],
    ['the 48-page assessment', ['body', 'assessment', null]],
    ['its most recent annual report', ['body', 'report', null]],
    ['the maritime affairs ministry', ['body', 'maritime affairs ministry', null]],
    ['The Crown Prosecution Service', ['body', 'Crown Prosecution Service', null]],
    ['Interpol', ['name', 'Interpol', null]],
    ['she', ['pronoun', 'she', null]],
    ['the weather', null],
    ['police had begun sharing lists', null],
  ])('%s', (phrase, expected) => {
    expect(speaker(phrase)).toEqual(expected)
  })
})

describe('runs of name words', () => {
  it.each<[string, string[]]>([
    ['Labour rights activist Sok Chanthy Vann visited the factory.', ['Sok Chanthy Vann']],
    ['Fisherman Tomas Ibarra said so.', ['Tomas Ibarra']],
    ['The Australian Federal Police said so.', []],
    ['Judge Miriam Okoro and her clerk, J.K. Owusu, left.', ['Miriam Okoro', 'J.K. Owusu']],
    ['Karimov’s lawyer spoke first.', ['Karimov']],
    ['It was John Fisher who called.', ['John Fisher']],
  ])('%s', (sentence, names) => {
    expect(nameRuns(tokenize(sentence)).map((r) => r.name)).toEqual(names)
  })
})

describe('the noun phrase that ends a stretch of words', () => {
  it.each<[string, string]>([
    ['The body was found in a car and the Harbour Gazette', 'the Harbour Gazette'],
    ['A recruiter in Sylhet who declined to give his name', 'A recruiter in Sylhet'],
    ['However Carla Mendes', 'Carla Mendes'],
    ['The Director of the Border Agency', 'The Director of the Border Agency'],
    ['In a statement it', 'it'],
  ])('%s', (words, phrase) => {
    expect(trailingPhrase(tokenize(words)).map((t) => t.text).join(' ')).toBe(phrase)
  })
})

describe('tokens', () => {
  it('keeps the period of initials and honorifics and makes a sentence stop a token of its own', () => {
    expect(tokenize('Mr. K.T. Rao left. U.S. officials').map((t) => t.text)).toEqual(['Mr.', 'K.T.', 'Rao', 'left', '.', 'U.S.', 'officials'])
  })

  it('marks possessives and gives offsets into the text', () => {
    const text = 'the workers’ hostel and Karimov’s car'
    const tokens = tokenize(text)
    expect(tokens.filter((t) => t.possessive).map((t) => t.bare)).toEqual(['workers', 'karimov'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })
})
