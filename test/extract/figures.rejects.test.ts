import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/index.js'

// Numbers that are not counts of cases, suspects or victims (fixtures/GOLD.md, "What is deliberately NOT in gold"),
// and text outside the article body: none of them may come out as a figure.

function figures(text: string, ref: number | null): string[] {
  const a = extractArticle(text, { year: ref })
  return (['cases', 'suspects', 'victims'] as const).flatMap((k) => a[k].map((f) => `${k} ${f.value} "${f.mention.text}"`))
}

const BODY = 'The interior ministry said it would set up a new anti-trafficking task force in the capital.'

describe('figures: numbers that are not counts', () => {
  it.each<[id: string, text: string]>([
    // ages
    ['age-after-name', 'Lin Wei, 53, a Taiwanese businessman, was arrested at the airport on Saturday.'],
    ['age-year-old', 'The woman, a 25-year-old from Sylhet, told police she had been sold twice.'],
    ['age-range', 'The girls, aged 14 to 17, were taken to a government shelter in Kisumu.'],
    ['age-years-old', 'She was 16 years old when a recruiter promised her a job in Dubai.'],
    ['age-at-the-age', 'He was sent to work on a fishing boat at the age of 12.'],
    ['age-in-brackets', 'Amina (15) said she had been promised a place at a school in Lagos.'],
    // prison terms
    ['prison-years-and-fine', 'The court sentenced the ringleader to 15 years in prison and fined him 500,000 naira.'],
    ['prison-months', 'His accomplice received 30 months for document servitude.'],
    ['prison-served-of-sentence', 'He was released after serving eight years of a 12-year sentence.'],
    ['prison-up-to-years', 'The offence carries a penalty of up to 20 years in prison under Section 12 of the Act.'],
    // money
    ['money-usd-million', 'The syndicate earned an estimated US$4.2 million from the scheme.'],
    ['money-rupees', 'Each family was paid 20,000 rupees by the broker.'],
    ['money-euro-range', 'The workers had each paid between €3,000 and €7,000 to reach Italy.'],
    ['money-dollars-a-month', 'The recruiters promised salaries of $1,500 a month.'],
    // percentages
    ['percent-word', 'Trafficking prosecutions fell by 12 percent in 2020.'],
    ['percent-sign', 'Women and girls accounted for 71% of detected victims worldwide.'],
    ['per-cent-approx', 'About 40 per cent of the victims were trafficked for forced labour.'],
    // dates and years
    ['date-day-month-year', 'The raid took place on 14 March 2022 at a farm outside Almería.'],
    ['date-us-style', 'The indictment was unsealed on Oct. 12 in federal court in Miami.'],
    ['years-only', 'The Trafficking Victims Protection Act was passed in 2000 and reauthorized in 2022.'],
    ['time-of-day', 'Officers moved in at 3am and the operation ended at 11pm.'],
    ['hours-a-day', 'The victims worked up to 18 hours a day, seven days a week.'],
    ['months-unpaid-range', 'The workers had not been paid for between six and nine months.'],
    ['days-conference', 'The three-day conference ended in Bangkok on Friday.'],
    // ordinals, designators, ratios, vague numbers
    ['ordinal-floor', 'The suspect fell from the 21st floor of an apartment block while fleeing police.'],
    ['ordinal-consecutive-year', 'Malaysia remained on the Tier 2 Watch List for the third consecutive year.'],
    ['tier', 'The State Department upgraded Ghana to Tier 2 in its annual report.'],
    ['section-of-code', 'The suspects were charged under Section 370 of the Indian Penal Code.'],
    ['one-in-five', 'One in five victims identified in Europe is a child, the report said.'],
    ['three-or-four', 'For every girl we rescue, there are three or four who never reach us.'],
    ['doubled-over-years', 'Referrals have doubled over two years, the charity said.'],
    ['numbered-paragraph', '2. The suspects were produced before a magistrate and remanded in custody.'],
    // counts of things that are not people or cases
    ['institutions', 'The data were compiled from 23 police stations and six border posts.'],
    ['provinces-districts', 'The campaign covers 14 provinces and 120 districts.'],
    ['nations', 'Delegates from 12 nations signed the declaration in Bangkok.'],
    ['nationalities', 'The victims came from 17 different nationalities, police said.'],
    ['operations', 'Police carried out 36 operations against brothels in the capital last year.'],
    ['raids', 'Officers conducted 214 raids on farms and factories during the week.'],
    ['pages-compound', 'The 86-page report was released in Geneva on Tuesday.'],
    ['pages-count', 'The report runs to 240 pages and covers 141 countries.'],
    ['companies', 'The investigation covered 45 companies in the seafood sector.'],
    ['agencies', 'The ministry suspended the licences of 31 recruitment agencies.'],
    ['complaints', 'The labour ministry received 412 complaints about unpaid wages from domestic workers.'],
    ['calls', 'The helpline received more than 6,500 calls in 2021.'],
    ['beds', 'The new shelter in Kisumu has 60 beds.'],
    ['passports', 'Officers seized 93 passports, four vehicles and 12 mobile phones from the house.'],
    ['officers-deployed', 'More than 400 officers were deployed in the operation.'],
    ['officers-trained', 'Some 2,000 police officers have been trained to spot signs of trafficking.'],
    ['shelters', 'The government runs nine shelters for trafficking survivors.'],
    ['committees', 'The national committee has 77 district committees.'],
    ['vessels', 'Inspectors boarded 38 fishing vessels in the port.'],
    ['recommendations', 'The review made 30 recommendations to the government.'],
    ['distance', 'The girls were driven 300 kilometres to the border.'],
    // phone numbers and hotlines
    ['phone-uk', 'Anyone with information can call 0800 123 4567.'],
    ['hotline-us', 'Call the national hotline at 1-800-555-0199 or text 55501.'],
    ['hotline-short', 'Children can dial 1098, the free childline number.'],
    // vague quantities
    ['dozens', 'Dozens of girls are feared to have been trafficked to the city.'],
    ['hundreds-of', 'Hundreds of men have been lured onto fishing boats with promises of high pay.'],
    // more that look like counts but are not
    ['covid-19', 'Covid-19 restrictions slowed trafficking trials in 2020 and 2021.'],
    ['article-number', 'Article 3 of the Palermo Protocol defines trafficking in persons.'],
    ['sdg-target', 'Target 8.7 of the Sustainable Development Goals calls for an end to forced labour by 2030.'],
    ['age-decade', 'The women, all in their 20s, had been promised jobs in Dubai.'],
    ['age-as-young-as', 'Children as young as eight were made to work in the kilns.'],
    ['member-team', 'A 12-member team of investigators was formed to look into the case.'],
    ['population', 'Nepal, a country of 30 million people, sends many of its young men abroad for work.'],
    ['migrant-workers-abroad', 'An estimated 2.5 million Indonesians work abroad as domestic helpers.'],
    ['domestic-workers-employed', 'Some 400,000 domestic workers are employed in Saudi Arabian households.'],
    ['ratio-in-10', 'Seven in 10 victims detected in the region were women or girls.'],
    ['ranks-ordinal', 'The country ranks 4th in the region on the slavery index.'],
    ['hotline-24-7', 'The 24/7 hotline is staffed by trained social workers.'],
    ['bail-money', 'Bail was set at US$15,000 for each of the accused.'],
    ['votes', 'The amendment passed by 210 votes to 12.'],
    ['decade-thousands', 'In the 1990s, thousands of women were trafficked from the region to brothels in Mumbai.'],
    ['lakh-money', 'The agent charged each family Rs 2 lakh for the job.'],
    ['adjourned-times', 'The trial has been adjourned 14 times since it began.'],
    ['eight-to-a-room', 'The workers slept eight to a room in a converted warehouse.'],
    ['range-estimate', 'The UN estimates that between 700,000 and 2 million women and girls are trafficked across borders each year.'],
    ['range-of-people', 'Each boat carried 20 to 30 men, the fishermen said.'],
  ])('%s', (_id, text) => {
    expect(figures(text, 2022)).toEqual([])
  })
})

describe('figures: text outside the article body', () => {
  it.each<[id: string, text: string]>([
    ['most-viewed-block', `${BODY}\n\nMOST VIEWED\n\n  • Police rescue 40 children from circus troupe\n\n    Police said they rescued 40 children and arrested 12 suspects in a raid on Sunday\n\n  • Floods displace 4,000 families`],
    ['related-stories-block', `${BODY}\n\nRelated stories\n• Nine held over visa racket in Kampala\n• 120 women trafficked to Gulf, report says\n• Court jails 3 traffickers`],
    ['also-read-block', `${BODY}\n\nAlso read:\n» 63 workers rescued from rubber glove factory\n» Police arrest 14 over online scam compound`],
    ['photo-caption', `Rescued children wait at a police station in Dhaka after 18 were freed from a factory. Photo: Reuters\n\nBangladesh vows to end child labour\n\nDHAKA — ${BODY}`],
    ['photo-caption-in-brackets', `${BODY}\n\nOfficers escort 23 women from a karaoke bar in Hanoi on Friday. (Photo: AFP)`],
    ['copyright-line', `${BODY}\n\n(c) 2024 Andes Wire Service. All rights reserved.`],
    ['share-line', `${BODY}\n\nShare this story: Facebook | X | WhatsApp | Email · 27 comments`],
    ['newsletter-line', `${BODY}\n\nSign up for the Morning Brief — the 5 stories you need, in your inbox at 6am every weekday.`],
    ['release-footer', `${BODY}\n\n-ENDS-\n\nIssued by:\nCorporate Communications Unit\nTel: 03-2266 8054`],
  ])('%s', (_id, text) => {
    expect(figures(text, 2024)).toEqual([])
  })
})
