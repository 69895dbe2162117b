import { describe, expect, it } from 'vitest'
import { extractArticle, type Figure } from '../../src/index.js'

// Figures (issue 3): every count of cases, suspects and victims, with its year, as fixtures/GOLD.md defines them.
// Sentences are our own, written in the styles of many outlets, countries and years.

type Kind = 'cases' | 'suspects' | 'victims'
/** a: approximate (default false; null = not asserted), act: action, of: partOf (default null; 'any' = not asserted), period: "YYYY-MM..YYYY-MM" */
interface Opts {
  a?: boolean | null
  act?: string | null
  of?: number | null | 'any'
  period?: string | null
}
/** [kind, value, year, mention as written, options] */
type Exp = [Kind, number, number | null, string, Opts?]
/** [id, text, reference year, expected figures, values that may or may not come out (like gold's `optional`)] */
type Row = [id: string, text: string, ref: number | null, expected: Exp[], optional?: number[]]

// "a total of 63" and "only 14" name the number as written with a word that is not an approximation
const EXACT_LEAD = /^(?:a total of|a record|a further|just|only|a mere)\s+/i

const key = (k: string, v: number, y: number | null): string => `${k} ${v} ${y ?? 'null'}`

function all(text: string, ref: number | null): { kind: Kind; f: Figure }[] {
  const a = extractArticle(text, { year: ref })
  return (['cases', 'suspects', 'victims'] as const).flatMap((kind) => a[kind].map((f) => ({ kind, f })))
}

function spanProblems(text: string, got: { kind: Kind; f: Figure }[]): string[] {
  const out: string[] = []
  for (const { kind, f } of got) {
    const id = `${kind} ${f.value}`
    if (text.slice(f.mention.start, f.mention.end) !== f.mention.text) out.push(`${id}: mention offsets do not slice to "${f.mention.text}"`)
    if (text.slice(f.evidence.start, f.evidence.end) !== f.evidence.text) out.push(`${id}: evidence offsets do not slice to its text`)
    if (f.mention.start < f.evidence.start || f.mention.end > f.evidence.end) out.push(`${id}: mention outside its evidence`)
    if (f.evidence.text.includes('\n\n')) out.push(`${id}: evidence crosses a paragraph`)
  }
  return out
}

function check(text: string, ref: number | null, expected: Exp[], optional: number[] = []): void {
  const got = all(text, ref)
  const wanted = new Set(expected.map(([k, v, y]) => key(k, v, y)))
  const keys = [...new Set(got.filter(({ kind, f }) => wanted.has(key(kind, f.value, f.year)) || !optional.includes(f.value)).map(({ kind, f }) => key(kind, f.value, f.year)))].sort()
  const details = expected.map(([k, v, y, m, o = {}]) => {
    const same = got.filter(({ kind, f }) => kind === k && f.value === v && f.year === y)
    const hit = same.find(({ f }) => f.mention.text === m || f.mention.text.replace(EXACT_LEAD, '') === m) ?? same[0]
    const want: Record<string, unknown> = { fig: key(k, v, y), mention: m }
    if (o.of !== 'any') want.partOf = o.of ?? null
    if (o.a !== null) want.approximate = o.a ?? false
    if (o.act !== undefined) want.action = o.act
    if (o.period !== undefined) want.period = o.period
    if (!hit) return { want, got: 'missing' }
    const f = hit.f
    const raw = f.mention.text
    const have: Record<string, unknown> = { fig: key(k, v, y), mention: raw === m || raw.replace(EXACT_LEAD, '') === m ? m : raw }
    if ('partOf' in want) have.partOf = f.partOf
    if ('approximate' in want) have.approximate = f.approximate
    if ('action' in want) have.action = f.action
    if ('period' in want) have.period = f.period ? `${f.period.start}..${f.period.end}` : null
    return { want, got: have }
  })
  expect({ figures: keys, details: details.map((d) => d.got), spans: spanProblems(text, got) }).toEqual({
    figures: [...wanted].sort(),
    details: details.map((d) => d.want),
    spans: [],
  })
}

describe('figures: numbers in digits and words', () => {
  it.each<Row>([
    ['num-1000', 'Police in Ogun State said 1,000 children had been rescued from granite quarries in 2021.', null,
      [['victims', 1000, 2021, '1,000', { act: 'rescued' }]]],
    ['num-3416', "Nigeria's anti-trafficking agency NAPTIP said it rescued 3,416 victims in 2022 and secured 87 convictions.", null,
      [['victims', 3416, 2022, '3,416', { act: 'rescued' }], ['suspects', 87, 2022, '87', { act: 'convicted' }]]],
    ['num-million-estimate', 'An estimated 3.6 million people are in forced labour in Europe and Central Asia, according to the ILO.', null,
      [['victims', 3600000, null, 'An estimated 3.6 million', { a: true }]]],
    ['num-million-dated', 'Walk Free estimates that 1.3 million people were living in modern slavery in Brazil in 2021.', null,
      [['victims', 1300000, 2021, '1.3 million', { a: null }]]],
    ['num-detected-unodc', 'The UNODC said 50,000 human trafficking victims were detected and reported by 148 countries in 2018.', null,
      [['victims', 50000, 2018, '50,000', { act: 'identified' }]]],
    ['num-ilo-breakdown', 'The ILO and Walk Free estimate that 49.6 million people were living in modern slavery on any given day in 2021, including 27.6 million in forced labour and 22 million in forced marriage.', null,
      [['victims', 49600000, 2021, '49.6 million', { a: null }], ['victims', 27600000, 2021, '27.6 million', { a: null, of: 49600000 }],
        ['victims', 22000000, 2021, '22 million', { a: null, of: 49600000 }]]],
    ['num-word-twenty-demonym', 'Twenty Nepali women were rescued from a guest house near the Sunauli border crossing in 2016.', null,
      [['victims', 20, 2016, 'Twenty', { act: 'rescued' }]]],
    ['num-word-seven', 'Police in Mombasa said they had arrested seven suspects linked to a ring that sent young women to Oman.', 2023,
      [['suspects', 7, 2023, 'seven', { act: 'arrested' }]]],
    ['num-word-twenty-five', 'Immigration officers at Soekarno-Hatta airport intercepted twenty-five women believed to be trafficking victims last month.', 2022,
      [['victims', 25, 2022, 'twenty-five', { act: 'intercepted' }]]],
    ['num-word-thirty-one-start', 'Police raided a spinning mill in Tiruppur on Friday. Thirty-one girls, some as young as 13, were rescued.', 2019,
      [['victims', 31, 2019, 'Thirty-one', { act: 'rescued' }]]],
    ['num-word-eleven', 'Eleven traffickers were convicted by the High Court in Accra in 2020.', null,
      [['suspects', 11, 2020, 'Eleven', { act: 'convicted' }]]],
    ['num-word-two-hundred', 'Two hundred children were freed from fishing boats on Lake Volta in 2018.', null,
      [['victims', 200, 2018, 'Two hundred', { act: 'rescued' }]]],
    ['num-word-sixty-two', 'Sixty-two children were returned to their families in Burkina Faso in 2020.', null,
      [['victims', 62, 2020, 'Sixty-two', { act: 'returned' }]]],
    ['num-dozens-beside-count', 'In 2020, police rescued dozens of women from brothels in Kolkata and arrested 14 suspects.', null,
      [['suspects', 14, 2020, '14', { act: 'arrested' }]]],
    ['num-hundreds-beside-count', 'Hundreds of Cambodian men were trafficked onto Thai fishing boats, and 52 were brought home in 2017.', null,
      [['victims', 52, 2017, '52', { act: 'repatriated' }]]],
    ['num-hundreds-alone', 'Hundreds of children are believed to be working in the mica mines of Jharkhand.', 2019, []],
    ['num-dozens-alone', 'Dozens of suspected traffickers have been arrested along the border, officials said.', 2019, []],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: approximations', () => {
  it.each<Row>([
    ['approx-about', 'About 240 victims were identified by labour inspectors in Portugal in 2022.', null,
      [['victims', 240, 2022, 'About 240', { a: true, act: 'identified' }]]],
    ['approx-around', 'Around 1,500 domestic workers were repatriated from Lebanon in 2020.', null,
      [['victims', 1500, 2020, 'Around 1,500', { a: true, act: 'repatriated' }]]],
    ['approx-some', 'Some 600 trafficking cases were registered by police in Telangana in 2019.', null,
      [['cases', 600, 2019, 'Some 600', { a: true, act: 'recorded' }]]],
    ['approx-nearly', 'Nearly 900 people were arrested on trafficking charges in Mexico in 2018.', null,
      [['suspects', 900, 2018, 'Nearly 900', { a: true, act: 'arrested' }]]],
    ['approx-almost', 'Almost 70 suspects have been charged since the task force was set up in 2016.', null,
      [['suspects', 70, null, 'Almost 70', { a: true, act: 'charged' }]]],
    ['approx-more-than', 'More than 4,000 potential victims were referred to the National Referral Mechanism in the first quarter of 2021.', null,
      [['victims', 4000, 2021, 'More than 4,000', { a: true, act: 'referred', period: '2021-01..2021-03' }]]],
    ['approx-over', 'Over 300 children were rescued from begging rings in Accra in 2019.', null,
      [['victims', 300, 2019, 'Over 300', { a: true, act: 'rescued' }]]],
    ['approx-at-least', 'At least 45 people were detained in raids on massage parlours across Madrid last year.', 2021,
      [['suspects', 45, 2020, 'At least 45', { a: true, act: 'detained' }]]],
    ['approx-up-to', 'Investigators believe up to 200 workers were forced to labour on the estate without pay.', null,
      [['victims', 200, null, 'up to 200', { a: true, act: 'forced' }]]],
    ['approx-an-estimated', 'An estimated 50,000 people are trafficked into the United States each year.', null,
      [['victims', 50000, null, 'An estimated 50,000', { a: true, act: 'trafficked' }]]],
    ['approx-roughly', 'Roughly 130 suspects were prosecuted in 2017, the justice ministry said.', null,
      [['suspects', 130, 2017, 'Roughly 130', { a: true, act: 'prosecuted' }]]],
    ['approx-mid-sentence', 'Border guards said they had stopped nearly 1,900 women and girls at eight crossings between January and June of 2023.', null,
      [['victims', 1900, 2023, 'nearly 1,900', { a: true, act: 'intercepted', period: '2023-01..2023-06' }]]],
    ['exact-plain', 'Police in Kano arrested 19 suspected traffickers in 2022.', null,
      [['suspects', 19, 2022, '19', { a: false, act: 'arrested' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: what was done to cases', () => {
  it.each<Row>([
    ['case-foiled', 'Indonesian police said they had foiled 27 human trafficking cases involving migrant workers in 2022.', null,
      [['cases', 27, 2022, '27', { act: 'foiled' }]]],
    ['case-cracked-down', 'Authorities cracked down on 211 trafficking cases nationwide in 2019, the interior ministry said.', null,
      [['cases', 211, 2019, '211', { act: 'cracked down' }]]],
    ['case-investigated', "The Ghana Police Service's anti-human trafficking unit investigated 156 cases in 2021.", null,
      [['cases', 156, 2021, '156', { act: 'investigated' }]]],
    ['case-investigated-passive', 'A total of 73 trafficking cases were investigated by Dubai Police in 2019.', null,
      [['cases', 73, 2019, '73', { act: 'investigated' }]]],
    ['case-recorded', 'Kenya recorded 88 trafficking cases in 2020, according to the Counter-Trafficking in Persons Secretariat.', null,
      [['cases', 88, 2020, '88', { act: 'recorded' }]]],
    ['case-handled', "The provincial prosecutor's office handled 134 trafficking cases last year.", 2022,
      [['cases', 134, 2021, '134', { act: 'handled' }]]],
    ['case-opened-investigations', 'Spanish police opened 112 investigations into labour exploitation in 2023.', null,
      [['cases', 112, 2023, '112', { act: 'opened' }]]],
    ['case-registered', 'Uttar Pradesh registered 97 cases of human trafficking in 2020, National Crime Records Bureau data showed.', null,
      [['cases', 97, 2020, '97', { act: 'recorded' }]]],
    ['case-number-of-rose', 'The number of trafficking cases reported to police rose to 1,204 in 2021 from 987 in 2020.', null,
      [['cases', 1204, 2021, '1,204'], ['cases', 987, 2020, '987']]],
    ['case-uae-involving', "The UAE's national committee recorded 19 human trafficking cases in 2020 involving 49 victims and 71 suspects.", null,
      [['cases', 19, 2020, '19', { act: 'recorded' }], ['victims', 49, 2020, '49'], ['suspects', 71, 2020, '71']]],
    ['case-bahrain-referred', "Bahrain's public prosecution referred 11 trafficking cases to the courts in 2019.", null,
      [['cases', 11, 2019, '11']]],
    ['case-mexico-and-victims', "Mexico's attorney general's office opened 544 trafficking investigations in 2020, and 671 victims were identified.", null,
      [['cases', 544, 2020, '544', { act: 'opened' }], ['victims', 671, 2020, '671', { act: 'identified' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: what was done to suspects', () => {
  it.each<Row>([
    ['sus-detained', 'Saudi authorities detained 44 people suspected of trafficking in 2019.', null,
      [['suspects', 44, 2019, '44', { act: 'detained' }]]],
    ['sus-held', 'Last year, 63 suspects were held in connection with trafficking offences.', 2020,
      [['suspects', 63, 2019, '63', { act: 'detained' }]]],
    ['sus-charged-doj', 'In 2022, federal prosecutors charged 12 defendants with sex trafficking of minors in the Northern District of Georgia.', null,
      [['suspects', 12, 2022, '12', { act: 'charged' }]]],
    ['sus-indicted', 'A federal grand jury in Houston indicted 14 people in 2021 on charges of running a forced labor scheme.', null,
      [['suspects', 14, 2021, '14', { act: 'charged' }]]],
    ['sus-convicted', 'Courts convicted 41 traffickers in 2021, the highest number in a decade.', null,
      [['suspects', 41, 2021, '41', { act: 'convicted' }]]],
    ['sus-pleaded-guilty', 'Nine defendants pleaded guilty to conspiracy to commit sex trafficking in 2019.', null,
      [['suspects', 9, 2019, 'Nine', { act: 'convicted' }]]],
    ['sus-sentenced', 'A Dhaka tribunal on Wednesday sentenced five members of a trafficking ring to life imprisonment.', 2021,
      [['suspects', 5, 2021, 'five', { act: 'sentenced' }]]],
    ['sus-deported', 'Kuwait deported 27 foreign nationals convicted of trafficking offences in 2018.', null,
      [['suspects', 27, 2018, '27', { act: 'deported' }]]],
    ['sus-made-arrests', 'Officers made 40 arrests during the week of action in 2022.', null,
      [['suspects', 40, 2022, '40', { act: 'arrested' }]]],
    ['sus-secured-convictions', 'The Crown Prosecution Service secured 12 convictions for modern slavery offences in 2019.', null,
      [['suspects', 12, 2019, '12', { act: 'convicted' }]]],
    ['sus-qatar-passive', "Qatar's Ministry of Interior said 32 people were arrested for human trafficking offences in 2021.", null,
      [['suspects', 32, 2021, '32', { act: 'arrested' }]]],
    ['sus-arrests-rose', 'Arrests rose 20 percent to 312 in 2023.', null,
      [['suspects', 312, 2023, '312', { act: 'arrested' }]]],
    ['sus-handed-to-police', 'The Railway Protection Force rescued 1,045 children from trains and stations in Bihar in 2022, and 63 traffickers were handed over to the police.', null,
      [['victims', 1045, 2022, '1,045', { act: 'rescued' }], ['suspects', 63, 2022, '63']]],
    ['sus-of-the-arrested', 'Of the 26 people arrested in the operation, 19 have been charged with trafficking.', null,
      [['suspects', 26, null, '26', { act: 'arrested' }], ['suspects', 19, null, '19', { act: 'charged', of: 26 }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: what was done to victims', () => {
  it.each<Row>([
    ['vic-repatriated', 'The Philippine embassy in Riyadh repatriated 86 trafficking victims in 2018.', null,
      [['victims', 86, 2018, '86', { act: 'repatriated' }]]],
    ['vic-identified', 'Labour inspectors identified 143 victims of forced labour on coffee farms in Minas Gerais in 2021.', null,
      [['victims', 143, 2021, '143', { act: 'identified' }]]],
    ['vic-rescued-brazil', 'Brazilian labour inspectors rescued 2,575 workers from conditions analogous to slavery in 2022.', null,
      [['victims', 2575, 2022, '2,575', { act: 'rescued' }]]],
    ['vic-trafficked-span', 'Police said the gang had trafficked 38 women from Nigeria to Italy between 2016 and 2018.', null,
      [['victims', 38, null, '38', { act: 'trafficked' }]]],
    ['vic-forced', 'Prosecutors say the couple forced 14 men to work on their farm in Cornwall for little or no pay.', null,
      [['victims', 14, null, '14', { act: 'forced' }]]],
    ['vic-lured', 'The syndicate lured 60 young women from rural Java with promises of restaurant jobs in 2019.', null,
      [['victims', 60, 2019, '60', { act: 'lured' }]]],
    ['vic-intercepted', 'Border monitors intercepted 1,210 girls at crossings with India in 2018.', null,
      [['victims', 1210, 2018, '1,210', { act: 'intercepted' }]]],
    ['vic-referred', "Police referred 95 suspected victims to the Salvation Army's support service in 2017.", null,
      [['victims', 95, 2017, '95', { act: 'referred' }]]],
    ['vic-sold', 'Investigators say the broker sold 17 girls as brides to men in Henan province.', null,
      [['victims', 17, null, '17', { act: 'trafficked' }]]],
    ['vic-assisted', "Argentina's national rescue programme assisted 1,204 victims of trafficking in 2021, 62 percent of them for labour exploitation.", null,
      [['victims', 1204, 2021, '1,204', { act: 'supported' }]]],
    ['vic-doj-gerund', 'WASHINGTON – A Texas man was sentenced today to 30 years in prison for sex trafficking two minors, the Justice Department announced.', 2022,
      [['victims', 2, 2022, 'two', { act: 'trafficked' }]], [1]],
    ['vic-number-of-rose', 'The number of victims identified in Spain rose to 1,412 in 2022.', null,
      [['victims', 1412, 2022, '1,412', { act: 'identified' }]]],
    ['vic-spain-freed-and-arrested', 'The Policía Nacional freed 37 women forced into prostitution in Málaga and arrested 11 members of the network.', 2023,
      [['victims', 37, 2023, '37', { act: 'rescued' }], ['suspects', 11, 2023, '11', { act: 'arrested' }]]],
    ['vic-colombian-demonym', 'Colombian migration officials said 31 Colombian women were returned from Mexico in 2022.', null,
      [['victims', 31, 2022, '31', { act: 'returned' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: sub-counts and breakdowns', () => {
  it.each<Row>([
    ['part-of-the-n-cases', 'Investigators in Gujarat registered 240 trafficking cases in 2019. Of the 240 cases, 162 involved labour trafficking.', null,
      [['cases', 240, 2019, '240', { act: 'recorded' }], ['cases', 162, 2019, '162', { of: 240 }]]],
    ['part-out-of', 'Officials said 48 out of 133 victims rescued in 2020 were under 16.', null,
      [['victims', 48, 2020, '48', { of: 133, act: 'rescued' }], ['victims', 133, 2020, '133', { act: 'rescued' }]]],
    ['part-including', 'In 2018, police detained 97 suspects, including 11 juveniles and 26 foreigners.', null,
      [['suspects', 97, 2018, '97', { act: 'detained' }], ['suspects', 11, 2018, '11', { of: 97 }], ['suspects', 26, 2018, '26', { of: 97 }]]],
    ['part-men-and-women', 'Police in Accra arrested 13 people, five men and eight women, in 2019 over the trafficking of girls to the Gulf.', null,
      [['suspects', 13, 2019, '13', { act: 'arrested' }], ['suspects', 5, 2019, 'five', { of: 13 }], ['suspects', 8, 2019, 'eight', { of: 13 }]]],
    ['part-of-whom', 'The shelter in Pokhara assisted 55 survivors in 2016, of whom 12 were girls.', null,
      [['victims', 55, 2016, '55', { act: 'supported' }], ['victims', 12, 2016, '12', { of: 55 }]]],
    ['part-of-them', 'Soldiers freed 64 people from a militia camp in 2020, 17 of them minors.', null,
      [['victims', 64, 2020, '64', { act: 'rescued' }], ['victims', 17, 2020, '17', { of: 64, act: 'rescued' }]]],
    ['part-of-these', 'Police rescued 420 victims in 2015. Of these, 260 were women and 95 were children.', null,
      [['victims', 420, 2015, '420'], ['victims', 260, 2015, '260', { of: 420 }], ['victims', 95, 2015, '95', { of: 420 }]]],
    ['part-among-them', 'Europol said 71 potential victims were identified, among them 23 minors.', 2022,
      [['victims', 71, 2022, '71', { act: 'identified' }], ['victims', 23, 2022, '23', { of: 71 }]]],
    ['part-colon-list', 'A total of 318 victims were rescued in 2021: 201 women, 64 men and 53 children.', null,
      [['victims', 318, 2021, '318', { act: 'rescued' }], ['victims', 201, 2021, '201', { of: 318 }], ['victims', 64, 2021, '64', { of: 318 }],
        ['victims', 53, 2021, '53', { of: 318 }]]],
    ['part-next-sentence-words', 'BOGOTÁ — Colombian police rescued 45 victims of sexual exploitation in Cartagena in 2022. Nineteen of them were minors, according to the police.', null,
      [['victims', 45, 2022, '45', { act: 'rescued' }], ['victims', 19, 2022, 'Nineteen', { of: 45 }]]],
    ['part-of-those-cases', 'The Saudi Human Rights Commission said it had handled 142 trafficking cases in 2020. It said 58 of those cases involved forced labour.', null,
      [['cases', 142, 2020, '142', { act: 'handled' }], ['cases', 58, 2020, '58', { of: 142 }]]],
    ['part-annual-report', 'In its annual report for 2021, the ministry said 1,310 victims had been identified. Of these, 884 were women, 211 were men and 215 were children. Police opened 402 investigations and 96 people were convicted.', null,
      [['victims', 1310, 2021, '1,310', { act: 'identified' }], ['victims', 884, 2021, '884', { of: 1310 }], ['victims', 211, 2021, '211', { of: 1310 }],
        ['victims', 215, 2021, '215', { of: 1310 }], ['cases', 402, 2021, '402', { act: 'opened' }], ['suspects', 96, 2021, '96', { act: 'convicted' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: several figures in one sentence, each with its own year', () => {
  it.each<Row>([
    ['cmp-same-period-last-year', 'Police rescued 211 victims in the first six months of this year, down from 264 in the same period last year.', 2021,
      [['victims', 211, 2021, '211', { act: 'rescued', period: '2021-01..2021-06' }], ['victims', 264, 2020, '264', { act: 'rescued', period: '2020-01..2020-06' }]]],
    ['cmp-increase-percent-on', 'Provincial police logged 61 cases in 2015, an increase of 35 percent on the 45 cases recorded in 2014.', null,
      [['cases', 61, 2015, '61', { act: 'recorded' }], ['cases', 45, 2014, '45', { act: 'recorded' }]]],
    ['cmp-up-from', 'Prosecutors indicted 77 people in 2019, up from 58 in 2018.', null,
      [['suspects', 77, 2019, '77', { act: 'charged' }], ['suspects', 58, 2018, '58', { act: 'charged' }]]],
    ['cmp-compared-to-last-year', 'This year, 412 victims were repatriated, compared to 370 last year.', 2019,
      [['victims', 412, 2019, '412', { act: 'repatriated' }], ['victims', 370, 2018, '370', { act: 'repatriated' }]]],
    ['cmp-compared-with-a-year-earlier', 'In 2022 the unit arrested 180 suspects, compared with 142 a year earlier.', null,
      [['suspects', 180, 2022, '180', { act: 'arrested' }], ['suspects', 142, 2021, '142', { act: 'arrested' }]]],
    ['cmp-prosecuted-compared', 'The government prosecuted 318 suspects in 2020, compared with 289 in 2019.', null,
      [['suspects', 318, 2020, '318', { act: 'prosecuted' }], ['suspects', 289, 2019, '289', { act: 'prosecuted' }]]],
    ['cmp-fell-from-to', 'Trafficking convictions fell from 64 in 2016 to 39 in 2017.', null,
      [['suspects', 64, 2016, '64', { act: 'convicted' }], ['suspects', 39, 2017, '39', { act: 'convicted' }]]],
    ['cmp-versus', 'Officials recorded 1,022 trafficking cases in 2023 versus 876 in 2022.', null,
      [['cases', 1022, 2023, '1,022', { act: 'recorded' }], ['cases', 876, 2022, '876', { act: 'recorded' }]]],
    ['cmp-previous-year', 'In 2020 the commission handled 92 trafficking cases, up from 70 the previous year.', null,
      [['cases', 92, 2020, '92', { act: 'handled' }], ['cases', 70, 2019, '70', { act: 'handled' }]]],
    ['cmp-nearly-double-the', 'Ghanaian authorities identified 580 victims in 2022, nearly double the 301 identified in 2021.', null,
      [['victims', 580, 2022, '580', { act: 'identified' }], ['victims', 301, 2021, '301', { act: 'identified' }]]],
    ['cmp-parallel-against', 'In 2019 the bureau recorded 301 cases and arrested 412 suspects, against 254 cases and 360 suspects in 2018.', null,
      [['cases', 301, 2019, '301'], ['suspects', 412, 2019, '412', { act: 'arrested' }], ['cases', 254, 2018, '254'], ['suspects', 360, 2018, '360']]],
    ['cmp-referrals-rise', 'The Home Office received 16,938 referrals of potential victims of modern slavery in 2022, a 33 per cent rise on the previous year.', null,
      [['victims', 16938, 2022, '16,938']]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: the year and period of each figure', () => {
  it.each<Row>([
    ['time-first-10-months', 'In the first 10 months of this year, the anti-trafficking police handled 198 cases.', 2019,
      [['cases', 198, 2019, '198', { act: 'handled', period: '2019-01..2019-10' }]]],
    ['time-between-months-of-year', 'Police solved 83 trafficking cases between January and October of 2017.', null,
      [['cases', 83, 2017, '83', { act: 'solved', period: '2017-01..2017-10' }]]],
    ['time-from-year-to-month-null', 'Officers rescued 1,020 victims from 2019 to March 2021.', 2021,
      [['victims', 1020, null, '1,020', { act: 'rescued' }]]],
    ['time-first-half-of-the-year', 'In the first half of the year, border police intercepted 420 women bound for the Gulf.', 2022,
      [['victims', 420, 2022, '420', { act: 'intercepted', period: '2022-01..2022-06' }]]],
    ['time-first-half-of-year-n', 'Border police intercepted 388 women in the first half of 2021.', null,
      [['victims', 388, 2021, '388', { act: 'intercepted', period: '2021-01..2021-06' }]]],
    ['time-reporting-period', 'The government convicted 32 traffickers during this reporting period, compared with 41 in the previous reporting period.', 2019,
      [['suspects', 32, null, '32', { act: 'convicted' }], ['suspects', 41, null, '41', { act: 'convicted' }]]],
    ['time-fiscal-dash', 'The anti-human trafficking unit registered 145 cases in 2022-23.', 2024,
      [['cases', 145, null, '145', { act: 'recorded' }]]],
    ['time-fiscal-nepali', 'Nepal Police registered 205 human trafficking cases in fiscal year 2078/79.', 2023,
      [['cases', 205, null, '205', { act: 'recorded' }]]],
    ['time-last-fiscal-year', "Nepal's Central Investigation Bureau arrested 87 people on trafficking charges in the last fiscal year, and 310 women were intercepted at border points.", 2023,
      [['suspects', 87, null, '87', { act: 'arrested' }], ['victims', 310, null, '310', { act: 'intercepted' }]]],
    ['time-since-year', 'More than 500 victims have been rescued since 2021.', 2024,
      [['victims', 500, null, 'More than 500', { a: true, act: 'rescued' }]]],
    ['time-since-perfect-two', 'Since 2019, the task force has identified 148 victims and charged 61 defendants.', 2023,
      [['victims', 148, null, '148', { act: 'identified' }], ['suspects', 61, null, '61', { act: 'charged' }]]],
    ['time-12-months-to-march', 'Police arrested 96 suspects in the 12 months to March.', 2023,
      [['suspects', 96, null, '96', { act: 'arrested' }]]],
    ['time-no-year-no-ref', 'Police rescued 19 children from a garment factory.', null,
      [['victims', 19, null, '19', { act: 'rescued' }]]],
    ['time-last-year-no-ref', 'Last year, 57 traffickers were convicted.', null,
      [['suspects', 57, null, '57', { act: 'convicted' }]]],
    ['time-last-year-gulf', "Last year, the kingdom's public prosecution referred 48 trafficking suspects to court.", 2022,
      [['suspects', 48, 2021, '48']]],
    ['time-so-far-this-year', 'So far this year, the police have rescued 74 victims.', 2024,
      [['victims', 74, 2024, '74', { act: 'rescued' }]]],
    ['time-month-year', 'In March 2022, police in Lima rescued 29 women from a nightclub.', null,
      [['victims', 29, 2022, '29', { act: 'rescued' }]]],
    ['time-decade-span', 'Between 2010 and 2020, 6,300 victims were identified in the region.', null,
      [['victims', 6300, null, '6,300', { act: 'identified' }]]],
    ['time-as-of-month', 'As of June 2023, 412 survivors were receiving support from the government-funded programme.', null,
      [['victims', 412, 2023, '412']]],
    ['time-news-event-ref', 'Police in Nairobi rescued 16 girls who had been recruited as house helps and arrested their employer.', 2023,
      [['victims', 16, 2023, '16', { act: 'rescued' }]]],
    ['time-news-event-no-ref', "Police in Bolivia's El Alto rescued 14 teenagers from a textile workshop and arrested its owner.", null,
      [['victims', 14, null, '14', { act: 'rescued' }]]],
    ['time-multi-year-span-null', 'The agency said 97 suspected traffickers were convicted between 2021 and 2023, while 1,120 victims were rescued.', null,
      [['suspects', 97, null, '97', { act: 'convicted' }], ['victims', 1120, null, '1,120', { act: 'rescued' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: wire, police and agency styles', () => {
  it.each<Row>([
    ['style-pakistan-fia', 'ISLAMABAD — The Federal Investigation Agency arrested 23 suspects in a crackdown on trafficking networks in Punjab last month, an official said on Saturday. The agency also registered 41 cases during the operation.', 2023,
      [['suspects', 23, 2023, '23', { act: 'arrested' }], ['cases', 41, 2023, '41', { act: 'recorded' }]]],
    ['style-bangladesh-rab', "Members of the Rapid Action Battalion arrested nine members of a trafficking syndicate in Cox's Bazar on Sunday and rescued 23 Rohingya women and girls.", 2022,
      [['suspects', 9, 2022, 'nine', { act: 'arrested' }], ['victims', 23, 2022, '23', { act: 'rescued' }]]],
    ['style-philippines-bi', "MANILA – The Bureau of Immigration said on Monday it had intercepted 1,032 victims of trafficking and illegal recruitment at the country's airports in 2023.", 2024,
      [['victims', 1032, 2023, '1,032', { act: 'intercepted' }]]],
    ['style-indonesia-antara', 'JAKARTA (Antara) – The National Police have named 26 suspects in a case in which 118 migrant workers were trafficked to Cambodia, a spokesman said on Tuesday.', null,
      [['suspects', 26, null, '26'], ['victims', 118, null, '118', { act: 'trafficked' }]]],
    ['style-europol', 'In an operation coordinated by Europol, police in 19 countries arrested 58 suspects and identified 429 possible victims of trafficking.', 2022,
      [['suspects', 58, 2022, '58', { act: 'arrested' }], ['victims', 429, 2022, '429', { act: 'identified' }]]],
    ['style-spain-guardia-civil', "Spain's Guardia Civil dismantled a network that exploited 23 seasonal workers in Jaén and arrested six people, the force said on Thursday.", 2021,
      [['victims', 23, 2021, '23', { act: 'exploited' }], ['suspects', 6, 2021, 'six', { act: 'arrested' }]]],
    ['style-ghana-immigration', 'The Ghana Immigration Service intercepted 77 suspected victims of trafficking at the Elubo border post in 2018 and arrested four suspected traffickers.', null,
      [['victims', 77, 2018, '77', { act: 'intercepted' }], ['suspects', 4, 2018, 'four', { act: 'arrested' }]]],
    ['style-quoted-figure', '“We rescued 45 girls from the hotel this year alone,” said Inspector Ruth Achieng of the anti-trafficking unit.', 2021,
      [['victims', 45, 2021, '45', { act: 'rescued' }]]],
    ['style-numbered-release-paragraph', '3. A total of 17 suspects, including four women, were detained during the operation.', 2024,
      [['suspects', 17, 2024, '17', { act: 'detained' }], ['suspects', 4, 2024, 'four', { of: 17 }]]],
    ['style-doj-at-least', 'According to court documents, the defendants recruited at least 24 workers from Mexico and forced them to pick crops in Georgia between 2018 and 2021.', null,
      [['victims', 24, null, 'at least 24', { a: true }]]],
    ['style-body-then-most-viewed', 'Police in Chennai rescued 22 bonded labourers from a rice mill in 2019, officials said.\n\nMOST VIEWED\n\n  • Gang held over sale of infants\n\n    Police said 12 infants had been sold by the gang and six women arrested in 2018\n\n  • Floods displace 4,000 families', null,
      [['victims', 22, 2019, '22', { act: 'rescued' }]]],
    ['style-body-then-related', 'Immigration officers in Entebbe stopped 34 women bound for Oman in 2022, the ministry said.\n\nRelated stories\n• Police rescue 40 children from circus troupe\n• Nine held over visa racket in Kampala', null,
      [['victims', 34, 2022, '34', { act: 'intercepted' }]]],
    ['style-caption-before-body', 'Rescue workers lead 18 children out of a factory in Dhaka in 2019. Photo: Reuters\n\nBangladesh tribunal convicts traffickers\n\nDHAKA — Bangladesh’s anti-trafficking tribunals convicted 16 people in 2021, the law ministry said.', null,
      [['suspects', 16, 2021, '16', { act: 'convicted' }]]],
    ['style-footer-after-body', 'NAIROBI, May 6 (East Africa Wire) - Kenyan police rescued 27 women from a house in Eastleigh in 2023, a spokesman said.\n\n(Reporting by Wanjiru Kamau; Editing by Tom Ellis)\n\n(c) 2024 East Africa Wire. All rights reserved.\n\nShare this story: Facebook | X | WhatsApp · 12 comments', null,
      [['victims', 27, 2023, '27', { act: 'rescued' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: report and statistics phrasings', () => {
  it.each<Row>([
    ['tip-gerunds-compared', 'The government reported investigating 145 cases, prosecuting 210 suspects and convicting 98 traffickers in 2022, compared with investigating 120 cases, prosecuting 180 suspects and convicting 76 traffickers in 2021.', null,
      [['cases', 145, 2022, '145', { act: 'investigated' }], ['suspects', 210, 2022, '210', { act: 'prosecuted' }], ['suspects', 98, 2022, '98', { act: 'convicted' }],
        ['cases', 120, 2021, '120', { act: 'investigated' }], ['suspects', 180, 2021, '180', { act: 'prosecuted' }], ['suspects', 76, 2021, '76', { act: 'convicted' }]]],
    ['tip-reporting-periods', 'The government identified 1,520 trafficking victims during the reporting period, compared with 1,200 in the previous reporting period.', 2023,
      [['victims', 1520, null, '1,520', { act: 'identified' }], ['victims', 1200, null, '1,200', { act: 'identified' }]]],
    ['tip-cases-involving-traffickers', 'Authorities initiated investigations of 57 cases involving 103 alleged traffickers in 2020.', null,
      [['cases', 57, 2020, '57'], ['suspects', 103, 2020, '103']]],
    ['india-firs', 'Police registered 54 FIRs under the anti-trafficking law in 2021 and arrested 132 people.', null,
      [['cases', 54, 2021, '54'], ['suspects', 132, 2021, '132', { act: 'arrested' }]]],
    ['india-reported-cases', 'There were 1,045 reported cases of human trafficking in 2021, the NCRB said.', null,
      [['cases', 1045, 2021, '1,045']]],
    ['cases-rose-to-from', 'Trafficking cases rose to 2,100 in 2022 from 1,850 a year earlier.', null,
      [['cases', 2100, 2022, '2,100'], ['cases', 1850, 2021, '1,850']]],
    ['uk-offences-recorded', 'Police forces in England and Wales recorded 5,144 modern slavery offences in 2018/19.', null,
      [['cases', 5144, null, '5,144', { act: 'recorded' }]]],
    ['uk-year-to-june', 'The number of people charged with modern slavery offences rose to 410 in the year to June 2023.', null,
      [['suspects', 410, null, '410', { act: 'charged' }]]],
    ['us-fiscal-year', 'In fiscal year 2021, the Justice Department convicted 337 defendants of human trafficking offenses.', null,
      [['suspects', 337, null, '337', { act: 'convicted' }]]],
    ['us-fy-short', 'In FY2022, the FBI opened 603 human trafficking investigations.', null,
      [['cases', 603, null, '603', { act: 'opened' }]]],
    ['calendar-year', 'During calendar year 2020, the unit identified 415 victims.', null,
      [['victims', 415, 2020, '415', { act: 'identified' }]]],
    ['prosecuted-and-convicted', 'A total of 1,190 people were prosecuted for trafficking in 2020, and 678 were convicted.', null,
      // the 678 convicted may be read as a part of the 1,190 prosecuted; either reading is right
      [['suspects', 1190, 2020, '1,190', { act: 'prosecuted' }], ['suspects', 678, 2020, '678', { act: 'convicted', of: 'any' }]]],
    ['three-kinds-one-sentence', 'Police recorded 1,126 cases, arrested 1,542 suspects and rescued 2,219 victims in 2021.', null,
      [['cases', 1126, 2021, '1,126', { act: 'recorded' }], ['suspects', 1542, 2021, '1,542', { act: 'arrested' }], ['victims', 2219, 2021, '2,219', { act: 'rescued' }]]],
    ['oman-cases-involving-victims', "Oman's national committee said 43 trafficking cases were referred to the public prosecution in 2022, involving 91 victims.", null,
      [['cases', 43, 2022, '43'], ['victims', 91, 2022, '91']]],
    ['europol-action-nouns', 'The action days led to 127 arrests and the identification of 880 potential victims.', 2021,
      [['suspects', 127, 2021, '127', { act: 'arrested' }], ['victims', 880, 2021, '880', { act: 'identified' }]]],
    ['nigeria-months-while', 'NAPTIP said 2,027 victims were rescued between January and September 2023, while 112 suspected traffickers were arrested.', null,
      [['victims', 2027, 2023, '2,027', { act: 'rescued', period: '2023-01..2023-09' }], ['suspects', 112, 2023, '112', { act: 'arrested', period: '2023-01..2023-09' }]]],
    ['philippines-january-june', 'In the January-June period, immigration officers offloaded 1,312 passengers suspected of being trafficking victims.', 2023,
      [['victims', 1312, 2023, '1,312', { act: 'intercepted', period: '2023-01..2023-06' }]]],
    ['argentina-networks', 'Argentine federal police dismantled 12 trafficking networks in 2019 and rescued 456 victims.', null,
      [['victims', 456, 2019, '456', { act: 'rescued' }]], [12]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: more approximations, parts and times', () => {
  it.each<Row>([
    ['approx-close-to', 'Close to 2,000 women were trafficked from the district to Delhi in 2015, activists say.', null,
      [['victims', 2000, 2015, 'Close to 2,000', { a: true, act: 'trafficked' }]]],
    ['approx-upwards-of', 'Upwards of 150 workers were found living in shipping containers in 2021.', null,
      [['victims', 150, 2021, 'Upwards of 150', { a: true, act: 'found' }]]],
    ['approx-as-many-as', 'As many as 74 children were rescued from a travelling circus in Gujarat in 2018.', null,
      [['victims', 74, 2018, 'As many as 74', { a: true, act: 'rescued' }]]],
    ['approx-fewer-than', 'Fewer than 50 traffickers were convicted in 2019.', null,
      [['suspects', 50, 2019, 'Fewer than 50', { a: true, act: 'convicted' }]]],
    ['approx-well-over', 'Well over 1,000 victims were identified in 2020.', null,
      [['victims', 1000, 2020, 'Well over 1,000', { a: true, act: 'identified' }]]],
    ['approx-just-over', 'Just over 600 potential victims were referred in 2019.', null,
      [['victims', 600, 2019, 'Just over 600', { a: true, act: 'referred' }]]],
    ['small-digits', 'Police arrested 4 suspects and rescued 9 girls in Kathmandu in 2019.', null,
      [['suspects', 4, 2019, '4', { act: 'arrested' }], ['victims', 9, 2019, '9', { act: 'rescued' }]]],
    ['part-among-the-rescued', 'Police rescued 58 people from a textile factory in Surat on Tuesday. Among the rescued were 17 minors.', 2022,
      [['victims', 58, 2022, '58', { act: 'rescued' }], ['victims', 17, 2022, '17', { of: 58 }]]],
    ['part-n-of-whom-after', 'A total of 1,254 persons were rescued in 2019, 869 of whom were female.', null,
      [['victims', 1254, 2019, '1,254', { act: 'rescued' }], ['victims', 869, 2019, '869', { of: 1254 }]]],
    ['part-including-from-place', 'Authorities rescued 83 people, including 61 women and 22 children, from a scam compound in Myawaddy in 2023.', null,
      [['victims', 83, 2023, '83', { act: 'rescued' }], ['victims', 61, 2023, '61', { of: 83 }], ['victims', 22, 2023, '22', { of: 83 }]]],
    ['part-word-total-digit-part', 'Thirty people, including 12 children, were rescued from a brick kiln in 2017.', null,
      [['victims', 30, 2017, 'Thirty', { act: 'rescued' }], ['victims', 12, 2017, '12', { of: 30 }]]],
    ['part-three-of-the-five', 'A court in Chittagong convicted three of the five accused in the case on Monday.', 2021,
      [['suspects', 3, 2021, 'three', { act: 'convicted', of: 5 }], ['suspects', 5, 2021, 'five']]],
    ['part-kenya-of-them', "Kenya's Directorate of Criminal Investigations said it had arrested 11 suspects and rescued 28 victims, 19 of them minors, in a crackdown in Kilifi last week.", 2024,
      [['suspects', 11, 2024, '11', { act: 'arrested' }], ['victims', 28, 2024, '28', { act: 'rescued' }], ['victims', 19, 2024, '19', { of: 28 }]]],
    ['part-fraction-of-restated', 'Nearly a third of the 260 victims were children.', null,
      [['victims', 260, null, '260']]],
    ['found-locked', 'Officers found 12 women locked in a basement in Leeds.', null,
      [['victims', 12, null, '12', { act: 'found' }]]],
    ['demonym-name-adjective', 'Earlier this month, police rescued 41 Myanmar workers from a fishing boat.', 2016,
      [['victims', 41, 2016, '41', { act: 'rescued' }]]],
    ['demonym-slovak-jailed', 'Three men were jailed for a total of 27 years for trafficking 11 Slovak nationals to work in a recycling plant.', null,
      [['suspects', 3, null, 'Three', { act: 'sentenced' }], ['victims', 11, null, '11', { act: 'trafficked' }]]],
    ['demonym-laotian-thai-police', 'Thai police said they had rescued 16 Laotian women from a karaoke bar in Chiang Rai and charged the owner.', 2020,
      [['victims', 16, 2020, '16', { act: 'rescued' }]]],
    ['time-two-years-earlier', 'Police arrested 96 traffickers in 2021, compared with 50 two years earlier.', null,
      [['suspects', 96, 2021, '96', { act: 'arrested' }], ['suspects', 50, 2019, '50', { act: 'arrested' }]]],
    ['time-the-year-before', 'Kenya identified 380 victims in 2022 and 301 the year before.', null,
      [['victims', 380, 2022, '380', { act: 'identified' }], ['victims', 301, 2021, '301', { act: 'identified' }]]],
    ['time-years-combined', 'Prosecutors secured 64 convictions in 2017 and 2018 combined.', null,
      [['suspects', 64, null, '64', { act: 'convicted' }]]],
    ['time-during-year', 'During 2019, 2,400 potential victims were referred to the authorities.', null,
      [['victims', 2400, 2019, '2,400', { act: 'referred' }]]],
    ['time-past-five-years', 'Over the past five years, the charity has helped bring home 930 women from the Gulf.', 2022,
      [['victims', 930, null, '930', { act: 'repatriated' }]]],
    ['time-since-perfect-embassy', 'The Indonesian embassy in Phnom Penh has repatriated 1,200 citizens rescued from online scam compounds since 2022.', 2024,
      [['victims', 1200, null, '1,200', { act: 'repatriated' }]]],
    ['time-paragraph-year', 'In 2016, the commission recorded 74 cases. It also rescued 112 victims.', null,
      [['cases', 74, 2016, '74', { act: 'recorded' }], ['victims', 112, 2016, '112', { act: 'rescued' }]]],
    ['cmp-more-than-double', 'Prosecutors charged 88 people in 2023, more than double the 40 charged in 2022.', null,
      [['suspects', 88, 2023, '88', { act: 'charged' }], ['suspects', 40, 2022, '40', { act: 'charged' }]]],
    ['cmp-fell-percent-to', 'Trafficking convictions fell 18 per cent to 214 in 2020.', null,
      [['suspects', 214, 2020, '214', { act: 'convicted' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})

describe('figures: harder phrasings from reports and wires', () => {
  it.each<Row>([
    ['hard-n-of-the-m-defendants', 'Twelve of the 19 defendants have pleaded guilty, and the rest are awaiting trial.', null,
      [['suspects', 12, null, 'Twelve', { act: 'convicted', of: 19 }], ['suspects', 19, null, '19']]],
    ['hard-n-of-the-m-rescued', 'Police said 10 of the 36 women rescued on Friday were minors.', 2019,
      [['victims', 10, 2019, '10', { of: 36 }], ['victims', 36, 2019, '36', { act: 'rescued' }]]],
    ['hard-of-whom-two-parts', 'In 2020, 3,416 people were investigated for trafficking offences, of whom 1,201 were prosecuted and 677 convicted.', null,
      [['suspects', 3416, 2020, '3,416', { act: 'investigated' }], ['suspects', 1201, 2020, '1,201', { act: 'prosecuted', of: 3416 }],
        ['suspects', 677, 2020, '677', { act: 'convicted', of: 3416 }]]],
    ['hard-of-which-cases', 'The committee received 1,045 cases in 2019, of which 650 were referred to court.', null,
      [['cases', 1045, 2019, '1,045', { act: 'handled' }], ['cases', 650, 2019, '650', { of: 1045 }]]],
    ['hard-of-n-cases-only', 'Of 88 cases filed in 2020, only 11 resulted in convictions.', null,
      [['cases', 88, 2020, '88', { act: 'opened' }], ['cases', 11, 2020, '11', { of: 88 }]]],
    ['hard-migrants-not-suspects', 'Authorities in Sabah detained 107 undocumented migrants, 23 of whom were identified as trafficking victims.', 2022,
      // the 107 detained migrants are not a figure, so the 23 is not linked to a recorded total
      [['victims', 23, 2022, '23', { act: 'identified', of: 'any' }]]],
    ['hard-bringing-the-total', 'A further 28 victims were identified in follow-up checks, bringing the total to 142.', 2022,
      [['victims', 28, 2022, '28', { act: 'identified' }], ['victims', 142, 2022, '142']]],
    ['hard-face-charges', 'In total, 61 people face charges, including seven police officers.', 2022,
      [['suspects', 61, null, '61', { act: 'charged' }], ['suspects', 7, null, 'seven', { of: 61 }]]],
    ['hard-rose-from-to-span', 'Between 2015 and 2019, the number of convicted traffickers rose from 12 to 47.', null,
      [['suspects', 12, 2015, '12', { act: 'convicted' }], ['suspects', 47, 2019, '47', { act: 'convicted' }]]],
    ['hard-elliptical-second-year', 'Officials said 2,400 Nepali women were intercepted in 2022 and 1,950 in 2021.', null,
      [['victims', 2400, 2022, '2,400', { act: 'intercepted' }], ['victims', 1950, 2021, '1,950', { act: 'intercepted' }]]],
    ['hard-respectively', 'In 2018 and 2019, police rescued 150 and 210 victims respectively.', null,
      [['victims', 150, 2018, '150', { act: 'rescued' }], ['victims', 210, 2019, '210', { act: 'rescued' }]]],
    ['hard-victims-numbered', 'Victims numbered 2,310 in 2022, up 14% year on year.', null,
      [['victims', 2310, 2022, '2,310']]],
    ['hard-prosecutions-reached', 'Trafficking prosecutions reached 1,406 in 2021.', null,
      [['suspects', 1406, 2021, '1,406', { act: 'prosecuted' }]]],
    ['hard-elliptical-verbs-list', 'Over the course of 2019, officers rescued 77 people, arrested 31 and charged 19.', null,
      [['victims', 77, 2019, '77', { act: 'rescued' }], ['suspects', 31, 2019, '31', { act: 'arrested' }], ['suspects', 19, 2019, '19', { act: 'charged', of: 'any' }]]],
    ['hard-freed-and-detained', 'Mexico City prosecutors said 34 women had been freed and eight people detained.', 2017,
      [['victims', 34, 2017, '34', { act: 'rescued' }], ['suspects', 8, 2017, 'eight', { act: 'detained' }]]],
    ['hard-uk-safeguarding', 'Some 250 officers raided 12 premises in Bradford, arresting nine people and safeguarding 23 potential victims.', 2022,
      [['suspects', 9, 2022, 'nine', { act: 'arrested' }], ['victims', 23, 2022, '23']]],
    ['hard-raids-netted', 'The raids netted 87 suspects.', 2021,
      [['suspects', 87, 2021, '87']]],
    ['ok-since-month-this-year', 'More than 60 people have been arrested and 220 victims rescued since the operation began in March.', 2023,
      [['suspects', 60, 2023, 'More than 60', { a: true, act: 'arrested' }], ['victims', 220, 2023, '220', { act: 'rescued' }]]],
    ['ok-of-the-identified-last-year', 'Of the 212 victims identified last year, 140 were women.', 2022,
      [['victims', 212, 2021, '212', { act: 'identified' }], ['victims', 140, 2021, '140', { of: 212 }]]],
    ['ok-dash-breakdown', 'A total of 54 children — 31 boys and 23 girls — were handed over to child welfare committees.', 2018,
      [['victims', 54, 2018, '54'], ['victims', 31, 2018, '31', { of: 54 }], ['victims', 23, 2018, '23', { of: 54 }]]],
    ['ok-two-of-them', 'Three suspects were arrested, two of them women, and 12 victims were freed.', 2020,
      [['suspects', 3, 2020, 'Three', { act: 'arrested' }], ['suspects', 2, 2020, 'two', { of: 3 }], ['victims', 12, 2020, '12', { act: 'rescued' }]]],
    ['ok-two-girls-aged', 'Police said they had arrested a 34-year-old man and rescued two girls aged 14 and 15.', 2020,
      [['victims', 2, 2020, 'two', { act: 'rescued' }]], [1]],
    ['ok-one-of-n', 'He was one of 23 fishermen rescued from the vessel.', 2019,
      [['victims', 23, 2019, '23', { act: 'rescued' }]]],
    ['ok-percent-more-than', 'A total of 2,146 cases were reported in 2022, 17 percent more than in 2021.', null,
      [['cases', 2146, 2022, '2,146', { act: 'recorded' }]]],
    ['ok-percent-of-the-n', 'In 2021, 96 per cent of the 312 victims identified were female.', null,
      [['victims', 312, 2021, '312', { act: 'identified' }]]],
    ['ok-fell-to-from', 'The number of victims repatriated from Saudi Arabia fell to 212 last year from 340 in 2019.', 2021,
      [['victims', 212, 2020, '212', { act: 'repatriated' }], ['victims', 340, 2019, '340', { act: 'repatriated' }]]],
    ['ok-down-from-convictions', 'The government convicted 18 traffickers in 2022, down from 25 convictions in 2021.', null,
      [['suspects', 18, 2022, '18', { act: 'convicted' }], ['suspects', 25, 2021, '25', { act: 'convicted' }]]],
    ['ok-past-year-null', 'Nearly 9,000 victims were rescued from scam compounds in Myanmar in the past year, officials said.', 2024,
      [['victims', 9000, null, 'Nearly 9,000', { a: true, act: 'rescued' }]]],
  ])('%s', (_id, text, ref, expected, optional) => check(text, ref, expected, optional))
})
