import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/index.js'

// Issue 3, precision: text that holds numbers, often next to trafficking words, but no count of cases, suspects or
// victims (fixtures/GOLD.md, "What is deliberately NOT in gold"). Every text here was written for these tests.

/** Every figure extracted from the text, as "kind value "mention"" lines. */
function figures(text: string): string[] {
  const a = extractArticle(text)
  return (['cases', 'suspects', 'victims'] as const).flatMap((k) => a[k].map((f) => `${k} ${f.value} "${f.mention.text}"`))
}

type Row = { id: string; text: string }

describe('sentences with no count of cases, suspects or victims', () => {
  it.each<Row>([
    // ages
    { id: 'age-01', text: 'Maria Chen, 53, told the court she had never visited the farm.' },
    { id: 'age-02', text: 'The victim, a 25-year-old Thai woman, died in hospital in Phnom Penh.' },
    { id: 'age-03', text: 'The girls, aged 14 to 17, had been recruited through Facebook.' },
    // words that are also names of JavaScript's object machinery are plain words
    { id: 'word-01', text: 'The court heard that 3 constructor firms had been paid by the agency in 2021.' },
    { id: 'word-02', text: 'Investigators traced 12 constructor invoices and 4 valueOf claims to the same account.' },
    { id: 'age-04', text: 'Anyone under the age of 18 who is sold for sex is a victim of trafficking under the law.' },
    { id: 'age-05', text: 'Nadia (16) told investigators she had been sold twice.' },
    { id: 'age-06', text: 'The boy was 12 years old when he was taken to Accra.' },
    { id: 'age-07', text: 'A 17-year-old girl was among those rescued.' },
    { id: 'age-08', text: 'The 32-year-old suspect was remanded in custody for seven days.' },
    { id: 'age-09', text: 'Police said the suspect, 41, had been deported twice before.' },
    { id: 'age-10', text: 'The women rescued from the bar were aged between 19 and 46.' },
    // prison terms and durations
    { id: 'term-01', text: 'The judge sentenced him to seven years in prison and a fine.' },
    { id: 'term-02', text: 'Osei was jailed for 12 years on Friday.' },
    { id: 'term-03', text: 'His accomplice received six years and eight months.' },
    { id: 'term-04', text: 'The suspects face up to 20 years in prison if convicted.' },
    { id: 'term-05', text: 'She was given a suspended sentence of 18 months.' },
    { id: 'term-06', text: 'She was rescued after 26 months at sea.' },
    { id: 'term-07', text: 'The victims were forced to work 16 hours a day, seven days a week.' },
    { id: 'term-08', text: 'Some of the trafficked workers had gone unpaid for five to eight months.' },
    { id: 'term-09', text: 'The trafficking ring operated for more than 10 years before it was broken up.' },
    // money
    { id: 'money-01', text: 'Forced labour generates illegal profits of US$236 billion a year, the agency says.' },
    { id: 'money-02', text: 'Police seized cash amounting to RM48,900 and two cars.' },
    { id: 'money-03', text: 'The girls were sold for 75,000 CFA francs each.' },
    { id: 'money-04', text: 'Each worker paid a broker $1,200 for the visa.' },
    { id: 'money-05', text: 'The court ordered restitution of £410,000 to the victims.' },
    { id: 'money-06', text: 'Families paid Rs 2.5 lakh to agents in Delhi for each job abroad.' },
    { id: 'money-07', text: 'Brokers charged fees of up to 40 million rupiah.' },
    { id: 'money-08', text: 'Each of the victims was paid 400 francs a month.' },
    { id: 'money-09', text: 'The state sanctioned Rs 18 crore for new shelters for trafficking survivors.' },
    // percentages and ratios
    { id: 'pct-01', text: 'Trafficking convictions fell by 18.5% in 2022.' },
    { id: 'pct-02', text: 'Women and girls account for 71 per cent of detected victims worldwide.' },
    { id: 'pct-03', text: 'About 60 percent of the victims were trafficked for sexual exploitation.' },
    { id: 'pct-04', text: 'One in five domestic workers said their passport had been taken.' },
    { id: 'pct-05', text: 'Officials believe three or four women are recruited for every one who comes forward.' },
    // dates, years and ordinals
    { id: 'date-01', text: 'The raid took place on Nov 9 at a farm outside Kumasi.' },
    { id: 'date-02', text: 'The law was passed on 12 May 2024 and takes effect in January.' },
    { id: 'date-03', text: 'The Palermo Protocol was adopted in 2000.' },
    { id: 'date-04', text: 'The trial of the traffickers resumes on March 3, 2025.' },
    { id: 'date-05', text: 'The couple were arrested in 2019 and charged in 2020.' },
    { id: 'date-06', text: 'Three years ago, she was trafficked to Oman.' },
    { id: 'date-07', text: 'The 2024-2028 national action plan against trafficking was approved on Monday.' },
    { id: 'ord-01', text: 'The woman escaped from a 14th-floor apartment in Dubai Marina.' },
    { id: 'ord-02', text: 'Thailand stayed on the watch list for a third consecutive year.' },
    { id: 'ord-03', text: 'It was the second such raid on the brothel this month.' },
    // institutions, places, nations, operations, documents and other things counted
    { id: 'thing-01', text: 'The data came from 23 police institutions in 12 provinces.' },
    { id: 'thing-02', text: 'Delegates from six nations signed the anti-trafficking declaration in Bangkok.' },
    { id: 'thing-03', text: 'The victims came from 14 nationalities.' },
    { id: 'thing-04', text: 'Police carried out 48 raids and 12 operations across the state.' },
    { id: 'thing-05', text: 'Police raided 12 massage parlours in Pattaya on suspicion of trafficking.' },
    { id: 'thing-06', text: 'The 64-page report on trafficking was released in Geneva.' },
    { id: 'thing-07', text: 'The regulator revoked the licences of 19 recruitment firms last year.' },
    { id: 'thing-08', text: 'The ministry fined 41 companies for charging recruitment fees.' },
    { id: 'thing-09', text: 'The trafficking helpline logged about 4,300 calls from migrant workers in 2021.' },
    { id: 'thing-10', text: 'The labour office received 230 complaints about unpaid wages last year.' },
    { id: 'thing-11', text: 'The shelter in Kisumu has 40 beds and six counsellors.' },
    { id: 'thing-12', text: 'Investigators seized 112 passports, three laptops and 14 bank cards.' },
    { id: 'thing-13', text: 'Some 350 police officers took part in the operation against the traffickers.' },
    { id: 'thing-14', text: 'The raid on the scam compound lasted more than nine hours.' },
    { id: 'thing-15', text: 'Inspectors visited 3,400 workplaces during the week of action.' },
    { id: 'thing-16', text: 'The charity runs 14 shelters for trafficking survivors across the country.' },
    { id: 'thing-17', text: 'The sweep against traffickers, the third this year, mobilised 480 gendarmes in nine regions.' },
    { id: 'thing-18', text: 'The review made 30 recommendations to the government on trafficking.' },
    { id: 'thing-19', text: 'The bill was passed by 212 votes to 41.' },
    { id: 'thing-20', text: 'The camp was 30 kilometres from the border with Thailand.' },
    { id: 'thing-21', text: 'Workers from 14 nationalities were housed at the site.' },
    { id: 'thing-22', text: 'The Gulf state employs roughly 600,000 domestic workers, according to official data.' },
    { id: 'thing-23', text: 'The health ministry reported 412 new Covid-19 cases on Tuesday.' },
    // phone numbers, codes and designators
    { id: 'code-01', text: 'For help, survivors of trafficking can ring 1-800-555-0142 day or night.' },
    { id: 'code-02', text: 'The free number 116 is open around the clock, the ministry said.' },
    { id: 'code-03', text: 'Children in danger can dial the helpline 1098 at any time.' },
    { id: 'code-04', text: 'Tel: +60 3-2610 4455' },
    { id: 'code-05', text: 'Ref: ATU/PR/208/2023' },
    { id: 'code-06', text: 'The country was upgraded to Tier 2 in this year’s report.' },
    { id: 'code-07', text: 'Charges were filed under Section 13 of the Anti-Trafficking Act.' },
    { id: 'code-08', text: 'Section 370 of the Indian Penal Code deals with trafficking of persons.' },
    { id: 'code-09', text: 'Operators of the KX888 online casino face trafficking charges.' },
    // vague quantities
    { id: 'vague-01', text: 'Dozens of women were rescued and hundreds of suspects questioned, police said.' },
    { id: 'vague-02', text: 'Thousands of young men go to sea each year through small manning agencies.' },
    { id: 'vague-03', text: 'One of the rescued girls said she had been beaten by the owner.' },
    { id: 'vague-04', text: 'The victims had been sold two or three times.' },
    // headline-like lines
    { id: 'head-01', text: '5 things to know about the new anti-trafficking law' },
    { id: 'head-02', text: 'Trafficking in 2023: a year in review' },
    { id: 'head-03', text: 'Top 10 destinations for migrant workers in Asia' },
    { id: 'head-04', text: 'Interview: ‘They sold me for the price of a motorbike’' },
    // harder: ratios, counts of other things next to trafficking words
    { id: 'ratio-01', text: 'Nine out of 10 victims never contact the police, the charity says.' },
    { id: 'ratio-02', text: 'In three out of four cases, the trafficker was known to the victim.' },
    { id: 'thing-24', text: 'Forty-eight of the 50 states now have laws against labour trafficking.' },
    { id: 'term-10', text: 'The average victim was held for 14 months before escaping.' },
    { id: 'term-11', text: 'He spent 3 years in a detention centre in Libya.' },
    { id: 'money-10', text: 'The law raised the maximum fine for trafficking to 500,000 baht.' },
    { id: 'money-11', text: 'A reward of 2 million pesos is offered for information on the trafficker.' },
    { id: 'thing-25', text: 'The agency has a staff of 240 and an annual budget of $4 million.' },
    { id: 'thing-26', text: 'The bus, carrying 45 passengers, was stopped at a checkpoint near the border.' },
    { id: 'thing-27', text: 'The survey of 1,200 households found widespread debt bondage.' },
    { id: 'thing-28', text: 'Six of the 10 biggest recruitment agencies in the city were raided.' },
    { id: 'thing-29', text: 'The index ranks 167 countries on their response to modern slavery.' },
    { id: 'code-10', text: 'Target 8.7 of the Sustainable Development Goals calls for an end to forced labour.' },
    { id: 'code-11', text: 'Case No. 4:21-cr-00112' },
    { id: 'code-12', text: 'The van carrying the workers was stopped on the M6 near Stafford.' },
    { id: 'code-13', text: 'The fishing vessel Rainbow 7 was detained in Port Louis.' },
    { id: 'vague-05', text: 'Tens of thousands of people are trafficked through the region each year.' },
    { id: 'vague-06', text: 'The girls were moved three times before they reached Delhi.' },
    { id: 'date-08', text: 'The suspects are due in court on May 14.' },
    { id: 'age-11', text: 'Police arrested a 34-year-old man and his 29-year-old wife.' },
    { id: 'age-12', text: 'The youngest victim was 9 and the oldest 62.' },
  ])('$id: $text', ({ id, text }) => {
    const found = figures(text)
    expect(found, `${id}: ${found.join(' | ')}`).toEqual([])
  })
})

describe('figures outside the article body', () => {
  it.each<Row>([
    { id: 'bp-most-viewed', text: [
      'Government unveils new anti-trafficking plan',
      'The cabinet approved a national plan against human trafficking on Wednesday, the government spokesman said.',
      'The plan will be debated by parliament next month.',
      'MOST VIEWED',
      '  • Police rescue 45 women from karaoke bars in Siem Reap\n\n    Police rescued 45 women and arrested nine suspects in a raid on karaoke bars in Siem Reap on Friday, officials said. “We will continue,” the provincial police chief said.',
      '  • Floods force 3,000 families from their homes in Kratie\n\n    Some 3,000 families have been evacuated from villages along the Mekong, the disaster committee said.',
    ].join('\n\n') },
    { id: 'bp-related', text: [
      'Labour ministry tightens rules on recruitment agencies',
      'The labour ministry said on Monday that recruitment agencies would need a new licence to send workers abroad.',
      'Related stories',
      '• Police arrest 14 over trafficking of fishermen\n• 230 victims rescued from scam compounds last year, ministry says\n• Court jails recruiter for nine years',
    ].join('\n\n') },
    { id: 'bp-also-read', text: [
      'Parliament debates protection for domestic workers',
      'Lawmakers on Thursday began debating a bill that would give domestic workers a weekly day off.',
      'Also read:\n» 300 migrants rescued off Libyan coast, IOM says\n» 18 held in raid on visa racket',
    ].join('\n\n') },
    { id: 'bp-caption-afp', text: [
      'Police escort 23 rescued women out of a karaoke bar in Mae Sot on Tuesday. Photo: AFP',
      'Thailand’s new anti-trafficking law takes effect',
      'BANGKOK — A law that widens the definition of forced labour came into effect on Monday, the justice ministry said.',
    ].join('\n\n') },
    { id: 'bp-caption-photograph', text: [
      'Some of the 31 women freed in the raid wait at a police station in Lagos on Sunday. Photograph: Temilade Adeyemi/Reuters',
      'Nigeria to open new shelters for trafficking survivors',
      'LAGOS — The federal government said on Monday it would open shelters for survivors of trafficking in three more states.',
    ].join('\n\n') },
    { id: 'bp-copyright', text: 'The ministry launched a hotline for migrant workers on Monday.\n\n(c) 2024 Mekong Wire. All rights reserved.' },
    { id: 'bp-share', text: 'The ministry said the hotline would also take reports in Khmer and Lao.\n\nShare this story  WhatsApp · Telegram · Copy link    12 comments' },
    { id: 'bp-newsletter', text: 'The report will be presented to parliament next week.\n\nGet our free daily newsletter: 7 headlines from the region every morning at 7am.' },
    { id: 'bp-most-read-list', text: [
      'Senators question funding for victim support',
      'Senators on Tuesday questioned whether funding for the victim support programme was enough.',
      'MOST READ\n1. Police rescue 40 workers from fishing boat\n2. 12 arrested in visa scam\n3. Council votes to close city-centre car park',
    ].join('\n\n') },
  ])('$id', ({ id, text }) => {
    const found = figures(text)
    expect(found, `${id}: ${found.join(' | ')}`).toEqual([])
  })
})
