import { describe, expect, it } from 'vitest'
import { extractArticle, type CountryRecord } from '../../src/index.js'

type Row = [country: string, iso2: string, count: number | null, subject: 'victims' | 'suspects']

function countries(text: string): CountryRecord[] {
  return extractArticle(text).countries
}

function rows(text: string): Row[] {
  return countries(text).map((c) => [c.country, c.iso2, c.count, c.subject])
}

describe('country counts', () => {
  it.each<[string, Row[]]>([
    ['Immigration police rescued 412 Nepalis abroad last year, including 205 from Malaysia, 120 from Qatar and 87 from Oman.',
      [['Nepal', 'NP', 412, 'victims'], ['Malaysia', 'MY', 205, 'victims'], ['Qatar', 'QA', 120, 'victims'], ['Oman', 'OM', 87, 'victims']]],
    ['Those detained were six Chinese, four Vietnamese, two Britons and a Dutch national, police said.',
      [['China', 'CN', 6, 'suspects'], ['Vietnam', 'VN', 4, 'suspects'], ['United Kingdom', 'GB', 2, 'suspects'], ['Netherlands', 'NL', 1, 'suspects']]],
    ['Police arrested nine people — five Thais and four Laotians — at the border crossing.',
      [['Thailand', 'TH', 5, 'suspects'], ['Laos', 'LA', 4, 'suspects']]],
    ['By nationality, the victims comprised 40 Ethiopians, 22 Somalis, 9 Eritrean nationals and three Sudanese.',
      [['Ethiopia', 'ET', 40, 'victims'], ['Somalia', 'SO', 22, 'victims'], ['Eritrea', 'ER', 9, 'victims'], ['Sudan', 'SD', 3, 'victims']]],
    ['Of the 70 women, 31 were from Nigeria, 20 from Ghana and 19 were Cameroonian.',
      [['Nigeria', 'NG', 31, 'victims'], ['Ghana', 'GH', 20, 'victims'], ['Cameroon', 'CM', 19, 'victims']]],
    ['The most common nationalities among victims were Albanian (520), Romanian (311) and Brazilian (97).',
      [['Albania', 'AL', 520, 'victims'], ['Romania', 'RO', 311, 'victims'], ['Brazil', 'BR', 97, 'victims']]],
    ['Italy made the most arrests, with 33, followed by France with 21 and Greece with 12.',
      [['Italy', 'IT', 33, 'suspects'], ['France', 'FR', 21, 'suspects'], ['Greece', 'GR', 12, 'suspects']]],
    ['Twenty migrants from eight nationalities were involved, including three Syrians, two Afghans, an Iraqi and a Turk.',
      [['Syria', 'SY', 3, 'suspects'], ['Afghanistan', 'AF', 2, 'suspects'], ['Iraq', 'IQ', 1, 'suspects']]],
    ['Officials said 35 Indonesians were repatriated from the camp on Tuesday.', [['Indonesia', 'ID', 35, 'victims']]],
    ['Last week, 14 South Koreans were deported for running online scams.', [['South Korea', 'KR', 14, 'suspects']]],
    ['A total of 210 Ugandan women were brought home from Gulf states last year.', [['Uganda', 'UG', 210, 'victims']]],
    ['The raid freed 16 women, including 10 from Venezuela and six Colombians.', [['Venezuela', 'VE', 10, 'victims'], ['Colombia', 'CO', 6, 'victims']]],
    ['Among the suspects was a Moldovan woman suspected of recruiting the victims online.', [['Moldova', 'MD', 1, 'suspects']]],
    ['The third defendant, a Guatemalan national, pleaded guilty in March.', [['Guatemala', 'GT', 1, 'suspects']]],
    ['The rescued men had been trafficked to Malaysia, Thailand and Singapore.',
      [['Malaysia', 'MY', null, 'victims'], ['Thailand', 'TH', null, 'victims'], ['Singapore', 'SG', null, 'victims']]],
    ['The ministry repatriated 300 victims from Saudi Arabia, Kuwait and the United Arab Emirates.',
      [['Saudi Arabia', 'SA', null, 'victims'], ['Kuwait', 'KW', null, 'victims'], ['United Arab Emirates', 'AE', null, 'victims']]],
    ['Smaller numbers of victims came from Viet Nam, Lao PDR and Burma.', [['Vietnam', 'VN', null, 'victims'], ['Laos', 'LA', null, 'victims'], ['Myanmar', 'MM', null, 'victims']]],
    ['Officers found 40 farm workers from Bulgaria and Hungary living in tents.', [['Bulgaria', 'BG', null, 'victims'], ['Hungary', 'HU', null, 'victims']]],
    ['In Portugal alone, inspectors identified 150 potential victims.', [['Portugal', 'PT', 150, 'victims']]],
    ['Of those, 210 had worked on boats registered in Taiwan and 95 on Korean-flagged vessels.', [['Taiwan', 'TW', 210, 'victims'], ['South Korea', 'KR', 95, 'victims']]],
    ['The charity said 120 survivors were sheltered last year. Most came from Mexico and Honduras.', [['Mexico', 'MX', null, 'victims'], ['Honduras', 'HN', null, 'victims']]],
    ['Cambodia\u2019s police rescued 12 women, 4 of them from Vietnam, police said.', [['Vietnam', 'VN', 4, 'victims']]],
    ['The traffickers, two Czechs and an American, were arrested in Prague.', [['Czech Republic', 'CZ', 2, 'suspects'], ['United States', 'US', 1, 'suspects']]],
    ['Inspectors freed 58 workers: 30 Bangladeshis, 18 Pakistanis and 10 Indians.',
      [['Bangladesh', 'BD', 30, 'victims'], ['Pakistan', 'PK', 18, 'victims'], ['India', 'IN', 10, 'victims']]],
    ['Eleven of the 30 victims were bound for Japan.', [['Japan', 'JP', 11, 'victims']]],
    ['The girls were taken across the border into Kenya and sold.', [['Kenya', 'KE', null, 'victims']]],
    ['Police said 23 Burmese fishermen were freed from the vessel.', [['Myanmar', 'MM', 23, 'victims']]],
    ['The network smuggled migrants from Holland and the UK, police said, and 14 suspects were arrested.', [['Netherlands', 'NL', null, 'suspects'], ['United Kingdom', 'GB', null, 'suspects']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected)
  })

  it.each([
    ['delegates of other nations', 'Delegates from Thailand, Laos and Myanmar signed a joint declaration on trafficking.'],
    ['money in a foreign currency', 'The court ordered him to pay 186,000 Swiss francs to the worker.'],
    ['a count of nationalities', 'The victims came from 12 nationalities, officials said.'],
    ['demonym adjectives of institutions', 'Philippine authorities and the Thai police held talks on Monday.'],
    ['cities and regions', 'The women were moved from Phnom Penh to Bangkok and then across Asia.'],
    ['continents and regions', 'Victims were trafficked to Africa and the Gulf states.'],
    ['countries in a quote', '\u201cThey came from Syria and Iraq,\u201d the officer said of the 30 people rescued.'],
    ['investors and trade partners', 'Investors from China, Japan and Korea attended the meeting.'],
    ['a lone demonym with no count', 'A Taiwanese man was found dead in a car on Friday.'],
    ['a count of maids sent to work', 'The country plans to send up to 400 maids to Singapore this year.'],
    ['a wrongful detention', 'Seven officers were charged for falsely detaining eight Chinese nationals.'],
    ['numbers of countries', 'Authorities from 27 countries took part in the operation led by France and Spain.'],
  ])('yields nothing for %s', (_name, text) => {
    expect(rows(text)).toEqual([])
  })

  it('does not record the article\u2019s own nationals coming home as a country count', () => {
    const text =
      'MANILA \u2014 Philippine authorities said on Monday that 80 Filipinos were repatriated from Myanmar scam compounds. ' +
      'The Philippines has asked Myanmar for help. Officials in the Philippines said more flights were planned.'
    expect(rows(text)).toEqual([['Myanmar', 'MM', null, 'victims']])
  })

  it('records foreign nationals coming home to their own country when the article is written elsewhere', () => {
    const text = 'KUWAIT CITY \u2014 Kuwaiti police said 45 Sri Lankan women were brought home last month from shelters in the city.'
    expect(rows(text)).toEqual([['Sri Lanka', 'LK', 45, 'victims']])
  })

  it('gives each record its mention, evidence span and relation', () => {
    const text = 'Police rescued 300 people, including 120 from Malaysia and 80 from Thailand.'
    const [first] = countries(text)
    expect(first).toMatchObject({ country: 'Malaysia', iso2: 'MY', count: 120, relation: 'rescued-from', rule: 'countries/count-from' })
    expect(text.slice(first!.mention.start, first!.mention.end)).toBe(first!.mention.text)
    expect(first!.mention.text).toBe('120 from Malaysia')
    expect(first!.evidence.text).toBe(text)
  })
})
