import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/index.js'

describe('the reference year ("this year") read from the text', () => {
  it.each([
    ['a dated header line', 'Date: 3 June 2021\n\nPolice rescued 40 victims this year, officials said.', 2021],
    ['a desk line with a date', 'WORLD DESK | 12 March 2019\n\nHeadline of the day here\n\nPolice rescued 40 victims this year, officials said.', 2019],
    ['a dateline at the head of the story', 'GENEVA, 8 October 2016 — A court ordered a diplomat to pay back wages to two workers.', 2016],
    ['a US-style dateline', 'COLUMBUS, Ohio, March 3, 2023 - Police rescued 12 women last week.', 2023],
    ['an annual report named by its year in a story about its release', 'The 2017 Global Slavery report was released yesterday. It said 300 victims were found in the country.', 2017],
    ['a copyright line', 'Police rescued 40 victims this year, officials said.\n\n(c) 2022 Pacific Wire. All rights reserved.', 2022],
    ['a partial-year period with a year', 'The unit foiled 52 cases between January and June of 2017, officials said.', 2017],
    ['"so far in" a year', 'So far in 2020, the agency has opened 31 cases.', 2020],
    ['"this year" against the same quarter of a year', 'In the first quarter of this year, police opened 40 cases, compared with 35 in the same quarter of 2015.', 2016],
    ['"last year" against a named year', 'Police rescued 900 victims last year, up from 700 in 2018.', 2020],
    ['"last year" against a year in the next sentence', 'Last year, police handled 120 cases. This is an increase of 20 percent on the 100 cases recorded in 2011.', 2013],
    ['a fiscal year as the last resort of a data story', 'The bureau registered 300 cases in the fiscal year (2021-22), police said.', 2022],
  ])('from %s', (_name, text, year) => {
    expect(extractArticle(text).referenceYear).toBe(year)
  })

  it.each([
    ['no year at all', 'Police rescued 40 victims last year, officials said.'],
    ['only a range of past years', 'Some 1,100 fishermen were identified between 2015 and 2019, and police opened 38 cases last year.'],
    ['a date in a photo caption only', 'Officers lead women out of a bar on June 3, 2019. Photo: AFP\n\nPolice rescued 40 victims last week, officials said.'],
  ])('is unknown with %s', (_name, text) => {
    expect(extractArticle(text).referenceYear).toBeNull()
  })

  it('takes --year over anything the text says', () => {
    expect(extractArticle('Date: 3 June 2021\n\nPolice rescued 40 victims this year.', { year: 2030 }).referenceYear).toBe(2030)
  })

  it('does not guess from the latest year the article names', () => {
    expect(extractArticle('The 2014 report named the country. Just yesterday, six workers were repatriated, officials said.').referenceYear).toBeNull()
  })

  it('reads an "Updated" date line under the headline', () => {
    expect(extractArticle('Raid frees 14 women from bar\n\nUpdated June 3, 2024\n\nPolice rescued 14 women this year, officials said.').referenceYear).toBe(2024)
  })

  it('records the evidence it read the year from', () => {
    const text = 'The unit foiled 52 cases between January and June of 2017, officials said.'
    const a = extractArticle(text)
    expect(a.referenceYearEvidence?.text).toBe(text)
  })
})
