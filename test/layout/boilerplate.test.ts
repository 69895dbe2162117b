import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../src/read/article.js'

function layout(text: string): { kinds: [string, string | null][]; title: string | null; body: string[] } {
  const a = buildArticle('t.txt', text)
  return {
    kinds: a.paragraphs.map((p) => [p.text.slice(0, 30), p.boilerplate]),
    title: a.title?.text ?? null,
    body: a.paragraphs.filter((p) => p.boilerplate === null).map((p) => p.text),
  }
}

const BODY = 'Police in the capital rescued 14 women from a karaoke bar on Friday, officials said.'

describe('article layout: body versus boilerplate', () => {
  it.each([
    ['a logo line', `Logo of The Daily Courier newspaper - Women freed\n\nWomen freed in raid\n\n${BODY}`, 'Logo of The Daily Courier newspaper - Women freed'],
    ['a repeated headline', `Women freed in raid\n\nWomen freed in raid\n\n${BODY}`, 'Women freed in raid'],
    ['a photo caption with a credit', `${BODY}\n\nOfficers lead women out of the bar on Friday. Photo: Reuters`, 'Officers lead women out of the bar on Friday. Photo: Reuters'],
    ['a caption ending in a photographer name', `Raid frees women\n\nOfficers lead women out of the bar on Friday morning. Sok Dara\n\n${BODY}`, 'Officers lead women out of the bar on Friday morning. Sok Dara'],
    ['a byline', `Raid frees women\n\nBy Maria Lopez, Staff Reporter\n\n${BODY}`, 'By Maria Lopez, Staff Reporter'],
    ['a copyright line', `${BODY}\n\n(c) 2021 Coastal News Service. All rights reserved.`, '(c) 2021 Coastal News Service. All rights reserved.'],
    ['a share line', `${BODY}\n\nShare this story: Facebook | X | Email`, 'Share this story: Facebook | X | Email'],
    ['a newsletter line', `${BODY}\n\nSign up for our morning briefing — 5 stories every day.`, 'Sign up for our morning briefing — 5 stories every day.'],
    ['an inline teaser', `${BODY}\n\nRead also: 40 migrants found in truck\n\nThe women were taken to a shelter.`, 'Read also: 40 migrants found in truck'],
    ['a press-release end marker and contacts', `${BODY}\n\n-ENDS-\n\nMedia contact: 555 0100`, 'Media contact: 555 0100'],
  ])('flags %s', (_name, text, flagged) => {
    const l = layout(text)
    expect(l.body).not.toContain(flagged)
    expect(l.body).toContain(BODY)
  })

  it('drops a related-stories block at the end, but not the body before it', () => {
    const text = `${BODY}\n\nThe women were taken to a shelter.\n\nMOST VIEWED\n\n  • Floods hit 3 provinces\n\n    Some 2,000 families were moved after the river rose by 4 metres\n\n  • Minister resigns`
    const l = layout(text)
    expect(l.body).toEqual([BODY, 'The women were taken to a shelter.'])
  })

  it('drops a trailing run of teaser bullets without a marker', () => {
    const text = `${BODY}\n\n  • Curfew starts today in the capital\n\n    A two-week curfew from 8pm starts today, the governor said\n\n  • Vaccination open to foreigners\n\n    The ministry issued an announcement`
    expect(layout(text).body).toEqual([BODY])
  })

  it('keeps the article going after a single "Read also" line', () => {
    const text = `${BODY}\n\nRead also: Gang jailed over forced labour\n\nA second raid followed on Sunday, police said.`
    expect(layout(text).body).toEqual([BODY, 'A second raid followed on Sunday, police said.'])
  })

  it('finds the headline and keeps a dateline lead as body', () => {
    const l = layout(`THE MORNING LEDGER\n\nRaid frees 14 women from karaoke bar\n\nBy Ana Cruz\n\nLIMA — ${BODY}`)
    expect(l.title).toBe('Raid frees 14 women from karaoke bar')
    expect(l.body).toEqual([`LIMA — ${BODY}`])
  })

  it('treats a pull quote that repeats the body as boilerplate', () => {
    const text = `${BODY}\n\n"The owners kept the women locked in at night"\n\nThe inspector said the owners kept the women locked in at night and took their phones.`
    expect(layout(text).body).toHaveLength(2)
  })

  it('treats a one-line text without punctuation as body', () => {
    expect(layout('Police rescued 5 victims').body).toEqual(['Police rescued 5 victims'])
  })

  it('joins hard-wrapped lines into one paragraph', () => {
    const a = buildArticle('t.txt', 'Police in the capital rescued 14 women\nfrom a karaoke bar on Friday, officials said.\n')
    expect(a.paragraphs).toHaveLength(1)
    expect(a.sentences).toHaveLength(1)
  })
})
