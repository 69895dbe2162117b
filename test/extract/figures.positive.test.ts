import { describe, expect, it } from 'vitest'
import { extractArticle, type Figure } from '../../src/index.js'

// Issue 3: every count of cases, suspects and victims, with its year, as fixtures/GOLD.md defines them.
// Every sentence here was written for these tests (places, agencies and numbers invented); none comes from a fixture.
// Expectations follow GOLD.md, not the current output: a failing row is a bug to fix, not a row to soften.

type Kind = 'cases' | 'suspects' | 'victims'

/** One expected figure. `mention` is the number as written; the record's mention may carry its approximator before it. */
interface Want {
  kind: Kind
  value: number
  year: number | null
  mention: string
  /** default false */
  approximate?: boolean
  /** acceptable canonical actions; unchecked when absent */
  action?: string[]
  /** the total this figure is part of; unchecked when absent */
  partOf?: number | null
  sex?: 'female' | 'male' | 'mixed'
  /** a substring of qualifiers.age */
  age?: string
  /** a substring of qualifiers.group (lower case) */
  group?: string
}

interface Row {
  id: string
  text: string
  /** the reference year passed as the `year` option (what "this year" means); none when absent */
  year?: number
  want: Want[]
  /** values that may or may not come out (per-country breakdowns, which GOLD.md scores under countries) */
  optional?: number[]
}

type Opts = Omit<Want, 'kind' | 'value' | 'year' | 'mention'>
const c = (value: number, year: number | null, mention: string, o: Opts = {}): Want => ({ kind: 'cases', value, year, mention, ...o })
const s = (value: number, year: number | null, mention: string, o: Opts = {}): Want => ({ kind: 'suspects', value, year, mention, ...o })
const v = (value: number, year: number | null, mention: string, o: Opts = {}): Want => ({ kind: 'victims', value, year, mention, ...o })
const approx: Opts = { approximate: true }
const act = (...action: string[]): Opts => ({ action })

const KINDS: readonly Kind[] = ['cases', 'suspects', 'victims']

/** Every difference between what the row expects and what extractArticle returns, one line each. */
function problems(row: Row): string[] {
  const { text } = row
  const report = extractArticle(text, { year: row.year ?? null })
  const got: { kind: Kind; f: Figure }[] = KINDS.flatMap((kind) => report[kind].map((f) => ({ kind, f })))
  const key = (kind: Kind, value: number, year: number | null): string => `${kind} ${value}@${year}`
  const wanted = new Set(row.want.map((w) => key(w.kind, w.value, w.year)))
  const optional = new Set(row.optional ?? [])
  const out: string[] = []
  const gotKeys = new Set<string>()
  for (const { kind, f } of got) {
    const k = key(kind, f.value, f.year)
    if (gotKeys.has(k)) continue
    gotKeys.add(k)
    if (!wanted.has(k) && !optional.has(f.value)) out.push(`extra ${k} "${f.mention.text}"`)
  }
  for (const k of wanted) if (!gotKeys.has(k)) out.push(`missing ${k}`)
  for (const w of row.want) {
    const k = key(w.kind, w.value, w.year)
    const m = got.find((g) => g.kind === w.kind && g.f.value === w.value && g.f.year === w.year)
    if (!m) continue
    const f = m.f
    const approximate = w.approximate ?? false
    if (f.approximate !== approximate) out.push(`${k}: approximate ${f.approximate}, want ${approximate}`)
    if (w.action && !w.action.includes(f.action ?? 'null')) out.push(`${k}: action ${f.action}, want ${w.action.join('|')}`)
    if (!f.mention.text.endsWith(w.mention)) out.push(`${k}: mention "${f.mention.text}", want "${w.mention}"`)
    if (text.slice(f.mention.start, f.mention.end) !== f.mention.text) out.push(`${k}: mention offsets do not cover "${f.mention.text}"`)
    if (text.slice(f.evidence.start, f.evidence.end) !== f.evidence.text) out.push(`${k}: evidence offsets do not cover its text`)
    if (f.evidence.start > f.mention.start || f.evidence.end < f.mention.end) out.push(`${k}: evidence does not contain the mention`)
    if (w.partOf !== undefined && f.partOf !== w.partOf) out.push(`${k}: partOf ${f.partOf}, want ${w.partOf}`)
    if (w.sex && f.qualifiers.sex !== w.sex) out.push(`${k}: sex ${f.qualifiers.sex}, want ${w.sex}`)
    if (w.age && !(f.qualifiers.age ?? '').includes(w.age)) out.push(`${k}: age ${f.qualifiers.age}, want ~${w.age}`)
    if (w.group && !(f.qualifiers.group ?? '').toLowerCase().includes(w.group)) out.push(`${k}: group ${f.qualifiers.group}, want ~${w.group}`)
  }
  return out
}

function check(row: Row): void {
  // the table itself: each expected number is written in the text
  for (const w of row.want) expect(row.text, `${row.id}: "${w.mention}" is not in the text`).toContain(w.mention)
  const found = problems(row)
  // the message lists every problem in one line, so a failure reads in full
  expect(found, `${row.id}: ${found.join(' | ')}`).toEqual([])
}

describe('numbers as written: digits, separators, scales and words', () => {
  it.each<Row>([
    { id: 'num-01', text: 'Border police rescued 1,000 women from brick kilns in Punjab province in 2016.',
      want: [v(1000, 2016, '1,000', { ...act('rescued'), sex: 'female' })] },
    { id: 'num-02', text: 'Prosecutors in Bavaria handled 3,416 human trafficking cases in 2020, the state justice ministry said.',
      want: [c(3416, 2020, '3,416', act('handled'))] },
    { id: 'num-03', text: 'An estimated 11.7 million people across the region are trapped in forced labour, according to the International Labour Organization.',
      want: [v(11_700_000, null, '11.7 million', approx)] },
    { id: 'num-04', text: 'Twenty women were freed from a karaoke bar in Haiphong, police said on Sunday.',
      want: [v(20, null, 'Twenty', { ...act('rescued', 'freed'), sex: 'female' })] },
    { id: 'num-05', text: 'Police in Lagos arrested seven suspected traffickers at a hotel in Ikeja.',
      want: [s(7, null, 'seven', act('arrested'))] },
    { id: 'num-06', text: 'Immigration officers intercepted twenty-five girls at the Kakarbhitta border crossing in 2017.',
      want: [v(25, 2017, 'twenty-five', { ...act('intercepted'), sex: 'female' })] },
    { id: 'num-07', text: 'Thirty-one children were rescued from a garment workshop in Surat in 2019.',
      want: [v(31, 2019, 'Thirty-one', act('rescued'))] },
    { id: 'num-08', text: 'Ghana’s anti-trafficking unit rescued 1,105 children from fishing communities on Lake Volta between 2017 and 2020.',
      want: [v(1105, null, '1,105', act('rescued'))] },
    { id: 'num-09', text: 'Police rescued 14 women and dozens of men from the compound near Myawaddy in 2022.',
      want: [v(14, 2022, '14', { ...act('rescued'), sex: 'female' })] },
    { id: 'num-10', text: 'Hundreds of migrants were held at the camp, and 212 of them were later identified as victims of trafficking.',
      want: [v(212, null, '212', act('identified'))] },
    { id: 'num-11', text: 'More than 187,000 victims of trafficking were detected in 141 countries between 2017 and 2020, the report found.',
      want: [v(187_000, null, '187,000', { ...approx, ...act('identified', 'detected') })] },
    { id: 'num-12', text: 'Forty-two Ethiopian men were found locked inside a container truck near Lilongwe in 2020.',
      want: [v(42, 2020, 'Forty-two', { sex: 'male' })] },
    { id: 'num-13', text: 'Nearly 1.5 lakh women and children were rescued from traffickers across India between 2016 and 2022, officials said.',
      want: [v(150_000, null, '1.5 lakh', { ...approx, ...act('rescued') })] },
    { id: 'num-14', text: 'An estimated 2.3m people are living in modern slavery in Pakistan, according to the campaign group.',
      want: [v(2_300_000, null, '2.3m', approx)] },
    { id: 'num-15', text: 'The agency repatriated 9 women from Mali in 2021.',
      want: [v(9, 2021, '9', { ...act('repatriated'), sex: 'female' })] },
    { id: 'num-16', text: 'Eleven suspects, including two police officers, were arrested in the sting in 2018.',
      want: [s(11, 2018, 'Eleven', act('arrested')), s(2, 2018, 'two', { partOf: 11, group: 'police' })] },
    { id: 'num-17', text: 'Police said 2,460 potential victims had been referred for support in 2021, nearly twice as many as in 2017.',
      want: [v(2460, 2021, '2,460', act('referred'))] },
    { id: 'num-18', text: 'Officers freed one hundred and twelve workers from a charcoal camp in 2014.',
      want: [v(112, 2014, 'one hundred and twelve', act('rescued', 'freed'))] },
    { id: 'num-19', text: 'More than a thousand workers were freed from the tea estates in 2016.',
      want: [v(1000, 2016, 'a thousand', { ...approx, ...act('rescued', 'freed') })] },
    { id: 'num-20', text: 'Seventy-five trafficking cases went to trial in 2021.',
      want: [c(75, 2021, 'Seventy-five', act('prosecuted'))] },
  ])('$id: $text', (row) => check(row))
})

describe('approximations', () => {
  it.each<Row>([
    { id: 'apx-01', text: 'About 300 Burmese deckhands were rescued from island camps last year.', year: 2016,
      want: [v(300, 2015, '300', { ...approx, ...act('rescued') })] },
    { id: 'apx-02', text: 'Around 40 girls were repatriated from Sabah in March 2019.',
      want: [v(40, 2019, '40', { ...approx, ...act('repatriated'), sex: 'female' })] },
    { id: 'apx-03', text: 'Some 1,500 survivors were sheltered by the charity over the past decade.',
      want: [v(1500, null, '1,500', approx)] },
    { id: 'apx-04', text: 'Nearly 600 trafficking cases were recorded in Nigeria in 2021, the agency said.',
      want: [c(600, 2021, '600', { ...approx, ...act('recorded') })] },
    { id: 'apx-05', text: 'Almost 90 suspects were detained during the five-day operation in Kano and Katsina in 2023.',
      want: [s(90, 2023, '90', { ...approx, ...act('detained') })] },
    { id: 'apx-06', text: 'More than 2,000 victims were identified across the bloc in 2022.',
      want: [v(2000, 2022, '2,000', { ...approx, ...act('identified') })] },
    { id: 'apx-07', text: 'Over 120 people have been charged with trafficking offences since the law came into force in 2015.',
      want: [s(120, null, '120', { ...approx, ...act('charged') })] },
    { id: 'apx-08', text: 'At least 45 children were rescued from begging rings in Dakar in 2020.',
      want: [v(45, 2020, '45', { ...approx, ...act('rescued') })] },
    { id: 'apx-09', text: 'Up to 400 women may have been trafficked through the agency, investigators believe.',
      want: [v(400, null, '400', { ...approx, ...act('trafficked'), sex: 'female' })] },
    { id: 'apx-10', text: 'An estimated 50,000 people are trafficked into the United States each year.',
      want: [v(50_000, null, '50,000', { ...approx, ...act('trafficked') })] },
    { id: 'apx-11', text: 'Roughly 250 victims were returned to their families in 2018.',
      want: [v(250, 2018, '250', { ...approx, ...act('returned') })] },
    { id: 'apx-12', text: 'Close to 700 trafficking investigations were opened in 2019.',
      want: [c(700, 2019, '700', { ...approx, ...act('opened') })] },
    { id: 'apx-13', text: 'A total of 128 victims were identified in 2021.',
      want: [v(128, 2021, '128', act('identified'))] },
    { id: 'apx-14', text: 'Just 17 traffickers were convicted in 2020.',
      want: [s(17, 2020, '17', act('convicted'))] },
    { id: 'apx-15', text: 'Fewer than 50 traffickers were convicted in 2021.',
      want: [s(50, 2021, '50', { ...approx, ...act('convicted') })] },
    { id: 'apx-16', text: 'Police rescued a record 512 victims in 2022.',
      want: [v(512, 2022, '512', act('rescued'))] },
  ])('$id: $text', (row) => check(row))
})

describe('actions on cases', () => {
  it.each<Row>([
    { id: 'act-c1', text: 'Anti-trafficking police in Guangdong foiled 58 trafficking cases in 2019.',
      want: [c(58, 2019, '58', act('foiled'))] },
    { id: 'act-c2', text: 'In 2020, provincial authorities cracked down on 74 human trafficking cases.',
      want: [c(74, 2020, '74', act('cracked down'))] },
    { id: 'act-c3', text: 'Police investigated 212 suspected trafficking cases in 2021, up from 180 in 2020.',
      want: [c(212, 2021, '212', act('investigated')), c(180, 2020, '180')] },
    { id: 'act-c4', text: 'The prosecutor’s office recorded 96 trafficking cases in 2022.',
      want: [c(96, 2022, '96', act('recorded'))] },
    { id: 'act-c5', text: 'The special anti-trafficking court handled 41 cases last year.', year: 2021,
      want: [c(41, 2020, '41', act('handled'))] },
    { id: 'act-c6', text: 'Prosecutors opened 1,120 trafficking investigations in 2022.',
      want: [c(1120, 2022, '1,120', act('opened'))] },
    { id: 'act-c7', text: 'Police registered 2,189 cases under the anti-trafficking law in 2021.',
      want: [c(2189, 2021, '2,189', act('recorded', 'registered'))] },
    { id: 'act-c8', text: 'Labour inspectors uncovered 37 cases of forced labour on farms in 2018.',
      want: [c(37, 2018, '37')] },
  ])('$id: $text', (row) => check(row))
})

describe('actions on suspects', () => {
  it.each<Row>([
    { id: 'act-s1', text: 'Officers arrested 16 suspects in raids across Lagos and Ogun states in 2018.',
      want: [s(16, 2018, '16', act('arrested'))] },
    { id: 'act-s2', text: 'Border guards detained 19 suspected traffickers at the frontier in 2017.',
      want: [s(19, 2017, '19', act('detained'))] },
    { id: 'act-s3', text: 'Twelve suspects are being held at Kabwe police station.',
      want: [s(12, null, 'Twelve', act('detained', 'held'))] },
    { id: 'act-s4', text: 'Federal prosecutors charged 27 people with sex trafficking in 2019.',
      want: [s(27, 2019, '27', act('charged'))] },
    { id: 'act-s5', text: 'The state prosecuted 88 alleged traffickers in 2017, compared with 61 in 2016.',
      want: [s(88, 2017, '88', act('prosecuted')), s(61, 2016, '61')] },
    { id: 'act-s6', text: 'Courts convicted 34 traffickers in 2018.',
      want: [s(34, 2018, '34', act('convicted'))] },
    { id: 'act-s7', text: 'A court in Recife sentenced 11 members of the ring to between eight and 15 years in prison.',
      want: [s(11, null, '11', act('sentenced'))] },
    { id: 'act-s8', text: 'Immigration authorities deported 48 foreigners convicted of trafficking in 2019.',
      want: [s(48, 2019, '48', act('deported'))] },
    { id: 'act-s9', text: 'Police sent 23 suspects to court in 2016.',
      want: [s(23, 2016, '23', act('charged', 'sent to court', 'prosecuted'))] },
    { id: 'act-s10', text: 'Detectives made 40 arrests in 2022 under the modern slavery law.',
      want: [s(40, 2022, '40', act('arrested'))] },
    { id: 'act-s11', text: 'The Crown Prosecution Service secured 12 convictions for trafficking offences in 2021.',
      want: [s(12, 2021, '12', act('convicted'))] },
    { id: 'act-s12', text: 'Fifteen members of the gang were jailed in 2020.',
      want: [s(15, 2020, 'Fifteen', act('sentenced'))] },
    { id: 'act-s13', text: 'Six defendants pleaded guilty to forced labour charges in 2019.',
      want: [s(6, 2019, 'Six', act('convicted'))] },
    { id: 'act-s14', text: 'A grand jury indicted 14 people in the scheme in 2021.',
      want: [s(14, 2021, '14', act('charged'))] },
  ])('$id: $text', (row) => check(row))
})

describe('actions on victims', () => {
  it.each<Row>([
    { id: 'act-v1', text: 'Police rescued 87 girls from brothels in Kamathipura in 2018.',
      want: [v(87, 2018, '87', { ...act('rescued'), sex: 'female' })] },
    { id: 'act-v2', text: 'The embassy repatriated 112 Ethiopian domestic workers from Lebanon in 2020.',
      want: [v(112, 2020, '112', act('repatriated'))] },
    { id: 'act-v3', text: 'Labour inspectors identified 316 potential victims of forced labour in 2023.',
      want: [v(316, 2023, '316', act('identified'))] },
    { id: 'act-v4', text: 'At least 1,300 Nepali women were trafficked to India in 2015, activists estimate.',
      want: [v(1300, 2015, '1,300', { ...approx, ...act('trafficked'), sex: 'female' })] },
    { id: 'act-v5', text: 'Some 70 boys were forced to beg on the streets of Saint-Louis by their teachers.',
      want: [v(70, null, '70', { ...approx, ...act('forced'), sex: 'male' })] },
    { id: 'act-v6', text: 'The gang lured 19 young women from Moldova with fake job offers in Italy.',
      want: [v(19, null, '19', { ...act('lured'), sex: 'female' })] },
    { id: 'act-v7', text: 'In 2019, 230 children were returned to their families in Burkina Faso.',
      want: [v(230, 2019, '230', act('returned'))] },
    { id: 'act-v8', text: 'Officers intercepted 56 girls at the Jogbani checkpoint in 2017.',
      want: [v(56, 2017, '56', { ...act('intercepted'), sex: 'female' })] },
    { id: 'act-v9', text: 'In 2022, 16,938 potential victims were referred to the National Referral Mechanism.',
      want: [v(16_938, 2022, '16,938', act('referred'))] },
    { id: 'act-v10', text: 'Activists freed 45 bonded labourers from a rice mill in Tamil Nadu in 2021.',
      want: [v(45, 2021, '45', act('rescued', 'freed'))] },
  ])('$id: $text', (row) => check(row))
})

describe('sub-counts and breakdowns', () => {
  it.each<Row>([
    { id: 'sub-01', text: 'Of the 240 cases, 150 involved sexual exploitation.',
      want: [c(240, null, '240'), c(150, null, '150', { partOf: 240 })] },
    { id: 'sub-02', text: 'Investigators opened 318 trafficking cases in 2021. Of the 318 cases, 201 involved sexual exploitation.',
      want: [c(318, 2021, '318', act('opened')), c(201, 2021, '201', { partOf: 318 })] },
    { id: 'sub-03', text: 'Twenty-two out of the 95 victims rescued in 2020 were under 15 years old.',
      want: [v(95, 2020, '95', act('rescued')), v(22, 2020, 'Twenty-two', { partOf: 95, age: '15' })] },
    { id: 'sub-04', text: 'Authorities rescued 281 victims in 2016. Of them, 120 were under 14, 57 were aged between 14 and 17, and 104 were over 18.',
      want: [v(281, 2016, '281', act('rescued')), v(120, 2016, '120', { partOf: 281, age: '14' }), v(57, 2016, '57', { partOf: 281, age: '17' }),
        v(104, 2016, '104', { partOf: 281, age: '18' })] },
    { id: 'sub-05', text: 'Police arrested 97 suspects in 2018, including 11 juveniles and 24 foreigners.',
      want: [s(97, 2018, '97', act('arrested')), s(11, 2018, '11', { partOf: 97, group: 'juvenile' }), s(24, 2018, '24', { partOf: 97, group: 'foreign' })] },
    { id: 'sub-06', text: 'The 13 victims, five men and eight women, had been held in a basement in Leeds.',
      want: [v(13, null, '13'), v(5, null, 'five', { partOf: 13, sex: 'male' }), v(8, null, 'eight', { partOf: 13, sex: 'female' })] },
    { id: 'sub-07', text: 'Officials repatriated 35 children from Gabon in 2018, of whom 12 were girls.',
      want: [v(35, 2018, '35', act('repatriated')), v(12, 2018, '12', { partOf: 35, sex: 'female' })] },
    { id: 'sub-08', text: 'Police freed 52 women, 19 of them minors, from bars in Ciudad del Este in 2019.',
      want: [v(52, 2019, '52', { ...act('rescued', 'freed'), sex: 'female' }), v(19, 2019, '19', { partOf: 52 })] },
    { id: 'sub-09', text: 'Soldiers freed 130 labourers from illegal mines in 2021, among them 40 children.',
      want: [v(130, 2021, '130', act('rescued', 'freed')), v(40, 2021, '40', { partOf: 130, group: 'children' })] },
    { id: 'sub-10', text: 'The charity helped 402 survivors in 2020. Of those, 251 were women and 63 were children.',
      want: [v(402, 2020, '402'), v(251, 2020, '251', { partOf: 402, sex: 'female' }), v(63, 2020, '63', { partOf: 402, group: 'children' })] },
    { id: 'sub-11', text: 'Of the 400 victims identified in 2019, 68 percent were women.',
      want: [v(400, 2019, '400', act('identified'))] },
    { id: 'sub-12', text: 'The victims — 14 women and six men — had been recruited in Kharkiv.',
      want: [v(14, null, '14', { sex: 'female' }), v(6, null, 'six', { sex: 'male' })] },
    { id: 'sub-13', text: 'Police registered 512 trafficking cases in 2022, of which 301 related to labour exploitation.',
      want: [c(512, 2022, '512'), c(301, 2022, '301', { partOf: 512 })] },
    { id: 'sub-14', text: 'Of the 73 suspects charged in 2020, 21 were women.',
      want: [s(73, 2020, '73', act('charged')), s(21, 2020, '21', { partOf: 73, sex: 'female' })] },
    { id: 'sub-15', text: 'Nine of the 26 rescued workers were children.',
      want: [v(26, null, '26', act('rescued')), v(9, null, 'Nine', { partOf: 26 })] },
    { id: 'sub-16', text: 'Police rescued 64 workers in 2023, including 40 from Nepal and 24 from India.',
      want: [v(64, 2023, '64', act('rescued'))], optional: [40, 24] },
  ])('$id: $text', (row) => check(row))
})

describe('several figures in one sentence, each with its own year', () => {
  it.each<Row>([
    { id: 'multi-01', text: 'Authorities foiled 74 trafficking cases in the first half of 2019 – down from 98 in the same period last year.',
      want: [c(74, 2019, '74', act('foiled')), c(98, 2018, '98')] },
    { id: 'multi-02', text: 'Last year, police cracked down on 158 trafficking cases. This is an increase of 31.7 percent on the 120 cases recorded in 2015.', year: 2017,
      want: [c(158, 2016, '158', act('cracked down')), c(120, 2015, '120', act('recorded', 'cracked down'))] },
    { id: 'multi-03', text: 'In 2020, the task force made 64 arrests – up from 41 in 2019.',
      want: [s(64, 2020, '64', act('arrested')), s(41, 2019, '41')] },
    { id: 'multi-04', text: 'Police rescued 210 victims this year, compared to 185 last year.', year: 2021,
      want: [v(210, 2021, '210', act('rescued')), v(185, 2020, '185')] },
    { id: 'multi-05', text: 'The unit arrested 77 suspects in 2022, compared with 59 a year earlier.',
      want: [s(77, 2022, '77', act('arrested')), s(59, 2021, '59')] },
    { id: 'multi-06', text: 'Investigators handled 48 cases in 2011, against 36 the year before.',
      want: [c(48, 2011, '48', act('handled')), c(36, 2010, '36')] },
    { id: 'multi-07', text: 'Trafficking convictions rose to 52 in 2019 from 38 in 2018.',
      want: [s(52, 2019, '52', act('convicted')), s(38, 2018, '38')] },
    { id: 'multi-08', text: 'The number of victims identified fell to 1,034 in 2020 from 1,410 in 2019.',
      want: [v(1034, 2020, '1,034'), v(1410, 2019, '1,410')] },
    { id: 'multi-09', text: 'The ministry recorded 412 trafficking cases, 530 suspects and 1,027 victims in 2016.',
      want: [c(412, 2016, '412'), s(530, 2016, '530'), v(1027, 2016, '1,027')] },
    { id: 'multi-10', text: 'From January to September 2022, police opened 205 cases and arrested 311 suspects, compared with 174 cases and 260 suspects in the same period of 2021.',
      want: [c(205, 2022, '205', act('opened')), s(311, 2022, '311', act('arrested')), c(174, 2021, '174'), s(260, 2021, '260')] },
    { id: 'multi-11', text: 'Referrals of potential victims dropped to 827 in 2018, down 12 per cent from 940 in 2017.',
      want: [v(827, 2018, '827'), v(940, 2017, '940')] },
    { id: 'multi-12', text: 'Police rescued 345 victims in 2013 and 402 in 2014.',
      want: [v(345, 2013, '345', act('rescued')), v(402, 2014, '402')] },
    { id: 'multi-13', text: 'Arrests of suspected traffickers climbed from 91 in 2015 to 143 in 2016.',
      want: [s(91, 2015, '91'), s(143, 2016, '143')] },
    { id: 'multi-14', text: 'The bureau handled 67 cases last year, up from 49 the year before.', year: 2019,
      want: [c(67, 2018, '67', act('handled')), c(49, 2017, '49')] },
  ])('$id: $text', (row) => check(row))
})

describe('the year of each figure', () => {
  it.each<Row>([
    { id: 'time-01', text: 'Last year, Thai police arrested 341 people for trafficking offences.', year: 2020,
      want: [s(341, 2019, '341', act('arrested'))] },
    { id: 'time-02', text: 'So far this year, 58 victims have been rescued in Sabah.', year: 2023,
      want: [v(58, 2023, '58', act('rescued'))] },
    { id: 'time-03', text: 'Between January and June, the agency identified 460 victims, up from 390 in the same period last year.', year: 2022,
      want: [v(460, 2022, '460', act('identified')), v(390, 2021, '390')] },
    { id: 'time-04', text: 'In the first 10 months of this year, police cracked down on 97 trafficking cases.', year: 2017,
      want: [c(97, 2017, '97', act('cracked down'))] },
    { id: 'time-05', text: 'Police rescued 140 victims in the first eight months of this year, the report said. Between January and August of 2019, officers also arrested 96 suspects – up from 81 in the same period last year.',
      want: [v(140, 2019, '140', act('rescued')), s(96, 2019, '96', act('arrested')), s(81, 2018, '81')] },
    { id: 'time-06', text: 'From 2019 to March 2021, labour inspectors identified 1,480 victims of forced labour on farms.',
      want: [v(1480, null, '1,480', act('identified'))] },
    { id: 'time-07', text: 'In the first half of the year, police arrested 64 suspects in Sindh.', year: 2016,
      want: [s(64, 2016, '64', act('arrested'))] },
    { id: 'time-08', text: 'The government prosecuted 38 suspected traffickers during this reporting period, compared with 27 in the previous reporting period.', year: 2014,
      want: [s(38, null, '38', act('prosecuted')), s(27, null, '27')] },
    { id: 'time-09', text: 'The National Crime Agency took on 412 modern slavery cases in 2022-23.', year: 2024,
      want: [c(412, null, '412', act('handled'))] },
    { id: 'time-10', text: 'In the 2019/20 financial year, police recorded 1,284 trafficking cases.', year: 2021,
      want: [c(1284, null, '1,284', act('recorded'))] },
    { id: 'time-11', text: 'Since 2021, the unit has rescued 640 children.', year: 2024,
      want: [v(640, null, '640', act('rescued'))] },
    { id: 'time-12', text: 'Police charged 212 suspected traffickers in the 12 months to March, the force said.', year: 2023,
      want: [s(212, null, '212', act('charged'))] },
    { id: 'time-13', text: 'Date: 14 May 2024\n\nBetween February and April this year, the squad detained 97 suspects.',
      want: [s(97, 2024, '97', act('detained'))] },
    { id: 'time-14', text: 'Police rescued 41 victims last year, the ministry said.\n\n(c) 2024 Mekong Wire. All rights reserved.',
      want: [v(41, 2023, '41', act('rescued'))] },
    { id: 'time-15', text: 'HANOI, March 12, 2021 (Xinhua) -- Vietnamese police handled 117 trafficking cases last year, the Ministry of Public Security said.',
      want: [c(117, 2020, '117', act('handled'))] },
    { id: 'time-16', text: 'Police have arrested 14 people over the trafficking of girls to Kuwait.',
      want: [s(14, null, '14', act('arrested'))] },
    { id: 'time-17', text: 'A total of 305 victims were identified in 2019 and 2020.',
      want: [v(305, null, '305', act('identified'))] },
    { id: 'time-18', text: 'In March 2020, police rescued 33 women from a strawberry farm in Huelva.',
      want: [v(33, 2020, '33', { ...act('rescued'), sex: 'female' })] },
    { id: 'time-19', text: 'The agency said it had rescued 76 children last year.',
      want: [v(76, null, '76', act('rescued'))] },
    { id: 'time-20', text: 'Police arrested 300 suspects in the year to June 2022.',
      want: [s(300, null, '300', act('arrested'))] },
    { id: 'time-21', text: 'Two years ago, the same unit rescued only 12 victims.', year: 2020,
      want: [v(12, 2018, '12', act('rescued'))] },
    { id: 'time-22', text: 'The department’s investigators opened 98 trafficking cases in fiscal year 2021, compared with 77 in fiscal year 2020.',
      want: [c(98, null, '98', act('opened')), c(77, null, '77')] },
    { id: 'time-23', text: 'Over the past five years, police have rescued 3,200 children from the mines.', year: 2022,
      want: [v(3200, null, '3,200', act('rescued'))] },
    { id: 'time-24', text: 'Police arrested 250 suspects in 2017/18, compared with 231 a year earlier.',
      want: [s(250, null, '250', act('arrested')), s(231, null, '231')] },
    { id: 'time-25', text: 'During 2018, border officials intercepted 1,120 women.',
      want: [v(1120, 2018, '1,120', { ...act('intercepted'), sex: 'female' })] },
    { id: 'time-26', text: 'Officers rescued 23 teenagers from a brothel in Kolkata on Friday, police said.', year: 2019,
      want: [v(23, 2019, '23', act('rescued'))] },
    { id: 'time-27', text: 'Earlier this year, 17 Cambodian women were rescued from a scam compound in Sihanoukville.', year: 2018,
      want: [v(17, 2018, '17', { ...act('rescued'), sex: 'female' })] },
    { id: 'time-28', text: 'In 2023, the centre answered 512 calls and identified 96 victims.',
      want: [v(96, 2023, '96', act('identified'))] },
    { id: 'time-29', text: 'Officers freed 85 domestic workers in 2011. About 40 of them had been trafficked from abroad.',
      want: [v(85, 2011, '85', act('rescued', 'freed')), v(40, 2011, '40', { ...approx, partOf: 85 })] },
    { id: 'time-30', text: 'ACCRA, Oct 3 (GNA) – Police rescued 26 children from fishing boats last year, the ministry said.',
      want: [v(26, null, '26', act('rescued'))] },
  ])('$id: $text', (row) => check(row))
})

describe('harder phrasings: nominalisations, lists, respectively, reported speech', () => {
  it.each<Row>([
    { id: 'hard-01', text: 'Police said they had arrested 19 people and rescued 42 women in the raid on Saturday.',
      want: [s(19, null, '19', act('arrested')), v(42, null, '42', { ...act('rescued'), sex: 'female' })] },
    { id: 'hard-02', text: 'The operation led to the arrest of 57 suspects and the rescue of 103 victims in 2021.',
      want: [s(57, 2021, '57', act('arrested')), v(103, 2021, '103', act('rescued'))] },
    { id: 'hard-03', text: 'The week of action resulted in 14 arrests and 22 rescues in 2023.',
      want: [s(14, 2023, '14', act('arrested')), v(22, 2023, '22', act('rescued'))] },
    { id: 'hard-04', text: 'A total of 47 suspects were taken into custody in 2019.',
      want: [s(47, 2019, '47', act('arrested', 'detained'))] },
    { id: 'hard-05', text: 'The number of identified victims rose to 1,911 in 2021.',
      want: [v(1911, 2021, '1,911', act('identified'))] },
    { id: 'hard-06', text: 'Coast guards saved 27 fishermen who had been held aboard a trawler in 2020.',
      want: [v(27, 2020, '27', { ...act('rescued'), sex: 'male' })] },
    { id: 'hard-07', text: 'Of the 610 victims detected in 2020, 402 were trafficked for sexual exploitation and 151 for forced labour.',
      want: [v(610, 2020, '610'), v(402, 2020, '402', { partOf: 610 }), v(151, 2020, '151', { partOf: 610 })] },
    { id: 'hard-08', text: 'The court convicted five of the nine defendants.',
      want: [s(9, null, 'nine'), s(5, null, 'five', { ...act('convicted'), partOf: 9 })] },
    { id: 'hard-09', text: 'Police rescued 310 and 402 victims in 2021 and 2022 respectively.',
      want: [v(310, 2021, '310', act('rescued')), v(402, 2022, '402', act('rescued'))] },
    { id: 'hard-10', text: 'Between 2018 and 2020, the number of trafficking cases rose from 41 to 96.',
      want: [c(41, 2018, '41'), c(96, 2020, '96')] },
    { id: 'hard-11', text: 'Police recorded 55, 61 and 73 trafficking cases in 2019, 2020 and 2021.',
      want: [c(55, 2019, '55', act('recorded')), c(61, 2020, '61', act('recorded')), c(73, 2021, '73', act('recorded'))] },
    { id: 'hard-12', text: 'A further 12 victims were identified in 2018.',
      want: [v(12, 2018, '12', act('identified'))] },
    { id: 'hard-13', text: 'The operation freed 37 workers in 2017. They included 12 children.',
      want: [v(37, 2017, '37', act('rescued', 'freed')), v(12, 2017, '12', { partOf: 37, group: 'children' })] },
    { id: 'hard-14', text: 'Nineteen people, including six children, were rescued from the boat in 2016.',
      want: [v(19, 2016, 'Nineteen', act('rescued')), v(6, 2016, 'six', { partOf: 19, group: 'children' })] },
    { id: 'hard-15', text: 'On 3 March, officers detained 8 suspects at the port.', year: 2022,
      want: [s(8, 2022, '8', act('detained'))] },
    { id: 'hard-16', text: 'Last week, 31 women were rescued from a brothel in Mombasa.', year: 2021,
      want: [v(31, 2021, '31', { ...act('rescued'), sex: 'female' })] },
    { id: 'hard-17', text: 'In 2020 alone, 96 children were trafficked from the district.',
      want: [v(96, 2020, '96', act('trafficked'))] },
    { id: 'hard-18', text: 'In the last quarter of 2020, police identified 48 victims.',
      want: [v(48, 2020, '48', act('identified'))] },
    { id: 'hard-19', text: 'The year before last, police rescued 64 victims.', year: 2020,
      want: [v(64, 2018, '64', act('rescued'))] },
    { id: 'hard-20', text: 'In calendar year 2021, the state recorded 208 trafficking cases.',
      want: [c(208, 2021, '208', act('recorded'))] },
    { id: 'hard-21', text: 'The task force arrested 93 suspected human traffickers in 2014.',
      want: [s(93, 2014, '93', act('arrested'))] },
    { id: 'hard-22', text: 'Police identified 38 trafficking-related cases in 2015.',
      want: [c(38, 2015, '38')] },
    { id: 'hard-23', text: 'Victims rescued in 2019 numbered 512, police said.',
      want: [v(512, 2019, '512', act('rescued'))] },
    { id: 'hard-24', text: 'There were 1,132 convictions for trafficking in 2019.',
      want: [s(1132, 2019, '1,132', act('convicted'))] },
    { id: 'hard-25', text: 'The investigation, which began in 2019, has so far led to 16 convictions.',
      want: [s(16, null, '16', act('convicted'))] },
    { id: 'hard-26', text: 'The 212 women rescued in 2019 had been trafficked to Malaysia.',
      want: [v(212, 2019, '212', { sex: 'female' })] },
    { id: 'hard-27', text: 'Police have arrested three more suspects, bringing the total to 11.',
      want: [s(3, null, 'three', act('arrested')), s(11, null, '11')] },
    { id: 'hard-28', text: 'UNICEF said 1,024 children had been trafficked out of the region in 2020, more than double the 488 recorded in 2019.',
      want: [v(1024, 2020, '1,024', act('trafficked')), v(488, 2019, '488')] },
    { id: 'hard-29', text: 'Police arrested 14 Chinese nationals and rescued 62 Indonesian workers in 2023.',
      want: [s(14, 2023, '14', act('arrested')), v(62, 2023, '62', act('rescued'))] },
    { id: 'hard-30', text: '“We rescued 56 girls in 2021,” the commander said.',
      want: [v(56, 2021, '56', { ...act('rescued'), sex: 'female' })] },
    { id: 'hard-31', text: 'Detected victims: 4,102 (2021); 3,870 (2020).',
      want: [v(4102, 2021, '4,102'), v(3870, 2020, '3,870')] },
    { id: 'hard-32', text: 'Twenty-three of the 41 victims were children.',
      want: [v(41, null, '41'), v(23, null, 'Twenty-three', { partOf: 41 })] },
    { id: 'hard-33', text: 'Prosecutions of traffickers fell by half to 36 in 2014.',
      want: [s(36, 2014, '36', act('prosecuted'))] },
    { id: 'hard-34', text: 'The NGO assisted 1,320 survivors in 2022, 18 percent more than in 2021.',
      want: [v(1320, 2022, '1,320', act('supported', 'assisted'))] },
    { id: 'hard-35', text: 'Police rescued 29 victims in 2020, police data show. In 2021, that figure rose to 44.',
      want: [v(29, 2020, '29', act('rescued')), v(44, 2021, '44')] },
    { id: 'hard-36', text: 'Police arrested 20 people in the raid; 13 were charged and the remaining 7 were released on bail.',
      want: [s(20, null, '20', act('arrested')), s(13, null, '13', { ...act('charged'), partOf: 20 }), s(7, null, '7', { partOf: 20 })] },
  ])('$id: $text', (row) => check(row))
})
