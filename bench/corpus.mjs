// Synthetic benchmark corpus: N news-like articles, deterministic from a seed. Paragraphs come from the fixtures
// (already in the repo) and from the sentence templates below, which we wrote; nothing third-party is pasted here.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Returns a seeded pseudo-random generator in [0, 1) (mulberry32): the same seed gives the same corpus. */
export function randomFrom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['Amara', 'Daniel', 'Priya', 'Tomas', 'Lina', 'Joseph', 'Mei', 'Samuel', 'Nadia', 'Oscar', 'Fatima', 'Kofi', 'Elena', 'Rafael', 'Hana', 'Victor', 'Grace', 'Arjun', 'Sofia', 'Ibrahim', 'Chloe', 'Mateo', 'Aisha', 'Henrik']
const LAST = ['Okafor', 'Reyes', 'Lindqvist', 'Novak', 'Haddad', 'Tanaka', 'Mensah', 'Castillo', 'Rahman', 'Petrov', 'Nguyen', 'Moreau', 'Kowalski', 'Adeyemi', 'Sato', 'Fischer', 'Balogun', 'Silva', 'Chaudhry', 'Dlamini']
const ROLES = ['the head of the anti-trafficking unit', 'a police spokesperson', 'the deputy interior minister', 'a prosecutor in the case', 'the director of a shelter for survivors', 'a labour inspector', 'the national rapporteur on trafficking', 'a senior immigration officer', 'a lawyer for several of the victims', 'the coordinator of a migrant workers\u2019 helpline']
const AGENCIES = ['the national police', 'the immigration department', 'the labour ministry', 'the anti-trafficking task force', 'the federal prosecutor\u2019s office', 'the coast guard', 'the border police', 'the social welfare department']
const PLACES = ['Malaysia', 'Thailand', 'Nigeria', 'Romania', 'Nepal', 'Kenya', 'Peru', 'Vietnam', 'Cambodia', 'Ghana', 'Moldova', 'Bangladesh', 'Indonesia', 'Albania', 'Mexico', 'the Philippines', 'Myanmar', 'Uganda', 'Bulgaria', 'Laos']
const DEMONYMS = ['Vietnamese', 'Nigerian', 'Romanian', 'Nepali', 'Cambodian', 'Ghanaian', 'Indonesian', 'Albanian', 'Filipino', 'Bangladeshi', 'Moldovan', 'Kenyan']
const CITIES = ['the capital', 'the port city', 'a northern province', 'the border town', 'a coastal district', 'the industrial zone', 'an island resort', 'the eastern region']
const SECTORS = ['fishing boats', 'garment factories', 'construction sites', 'palm oil plantations', 'massage parlours', 'online scam compounds', 'private homes as domestic workers', 'brick kilns', 'farms', 'nightclubs']
const VICTIM_VERBS = ['rescued', 'identified', 'freed', 'repatriated', 'assisted', 'referred to shelters']
const SUSPECT_VERBS = ['arrested', 'charged', 'detained', 'convicted', 'prosecuted', 'sentenced']
const WORD_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty-one', 'forty']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const QUOTES = [
  'We are seeing more young people lured by promises of work that does not exist',
  'Every one of these cases starts with a debt that can never be repaid',
  'The networks move faster than the paperwork, and that is the problem we have to fix',
  'Survivors need housing and legal help before they need anything else',
  'We will not stop until the people behind these recruitment agencies are in court',
  'Most of the victims did not know they had been trafficked until they tried to leave',
  'The numbers are only what we found, not what is out there',
  'Employers who confiscate passports are breaking the law, full stop',
]
const FILLER = [
  'The investigation began after a tip from a local charity that had noticed a pattern of missing job seekers.',
  'Officials said the operation involved several agencies and took months of planning.',
  'Advocates have long argued that the official figures understate the scale of the problem.',
  'The government has promised to expand its hotline and to train more officers to spot the signs of exploitation.',
  'Many of the recruits had paid large fees to agents who promised them well-paid jobs abroad.',
  'The ministry did not respond to a request for comment on Friday.',
  'A new law passed last year raised the maximum penalty and created a fund for survivors.',
  'Rights groups welcomed the arrests but said prosecutions too often collapse before trial.',
]

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)]
}

/** Returns a count as news writes it: small ones often in words, large ones with thousands separators. */
function count(rnd, max = 2500) {
  const n = 2 + Math.floor(rnd() ** 2.2 * max)
  if (n <= 12 && rnd() < 0.5) return pick(rnd, WORD_NUMBERS)
  return n.toLocaleString('en-US')
}

function person(rnd) {
  return `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`
}

const TEMPLATES = [
  (r, y) => `${cap(pick(r, AGENCIES))} ${pick(r, VICTIM_VERBS)} ${count(r)} victims of trafficking in ${y}, up from ${count(r)} the year before.`,
  (r, y) => `Police ${pick(r, SUSPECT_VERBS)} ${count(r, 400)} suspects in ${pick(r, CITIES)} between ${pick(r, MONTHS)} and ${pick(r, MONTHS)} ${y}.`,
  (r, y) => `Of the ${count(r)} people rescued, ${count(r, 300)} were women and ${count(r, 200)} were children, according to ${pick(r, AGENCIES)}.`,
  (r, y) => `Authorities recorded ${count(r, 900)} trafficking cases last year, compared with ${count(r, 900)} in ${y - 1}.`,
  (r) => `The victims, including ${count(r, 60)} ${pick(r, DEMONYMS)} nationals, had been forced to work on ${pick(r, SECTORS)}.`,
  (r, y) => `Courts convicted ${count(r, 150)} traffickers in ${y} and handed down sentences of up to ${5 + Math.floor(r() * 20)} years in prison.`,
  (r) => `Some ${count(r, 800)} workers from ${pick(r, PLACES)} were found on ${pick(r, SECTORS)} during raids on ${pick(r, DAYS)}.`,
  (r, y) => `In the first ${pick(r, ['three', 'six', 'nine'])} months of ${y}, officers stopped ${count(r, 500)} departing passengers believed to be at risk.`,
  (r) => `\u201C${pick(r, QUOTES)},\u201D said ${person(r)}, ${pick(r, ROLES)}.`,
  (r) => `\u201C${pick(r, QUOTES)},\u201D ${person(r)} told reporters on ${pick(r, DAYS)}. \u201C${pick(r, QUOTES)}.\u201D`,
  (r) => `${person(r)}, ${pick(r, ROLES)}, said: "${pick(r, QUOTES)}."`,
  (r, y) => `The report, published on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, ${y}, said ${count(r, 300)} of the ${count(r, 600)} cases involved forced labour.`,
  (r) => `The ${count(r, 40)} suspects, aged between ${18 + Math.floor(r() * 10)} and ${30 + Math.floor(r() * 30)}, face charges that carry fines of up to $${count(r, 90)},000.`,
  (r) => `About ${Math.floor(r() * 90) + 5}% of the survivors had been recruited online, the study found, and ${count(r, 30)} provinces reported new cases.`,
  (r, y) => `A total of ${count(r)} potential victims were referred to the national support network in ${y}, ${pick(r, AGENCIES)} said.`,
  (r) => `${cap(pick(r, WORD_NUMBERS))} of them were later repatriated to ${pick(r, PLACES)} with help from the embassy.`,
  (r) => pick(r, FILLER),
  (r) => pick(r, FILLER),
]

function cap(s) {
  return s[0].toUpperCase() + s.slice(1)
}

/** Returns the body paragraphs of the fixture articles (lines of prose, not headers or short lines). */
export function fixtureParagraphs(root) {
  const out = []
  for (const dir of ['fixtures/articles', 'fixtures/dev/articles']) {
    const full = join(root, dir)
    for (const name of readdirSync(full).sort()) {
      if (!name.endsWith('.txt')) continue
      for (const line of readFileSync(join(full, name), 'utf8').split(/\r?\n/)) {
        const t = line.trim()
        if (t.length >= 80 && /[.!?"\u201D]$/.test(t)) out.push(t)
      }
    }
  }
  return out
}

/** Returns one synthetic article of about `size` characters: a headline, a dateline paragraph, then a mix of fixture and template paragraphs. */
export function makeArticle(rnd, paragraphs, size) {
  const year = 2015 + Math.floor(rnd() * 10)
  const lines = [`${cap(pick(rnd, PLACES).replace(/^the /, ''))} reports ${count(rnd, 900)} trafficking victims as ${pick(rnd, AGENCIES).replace(/^the /, '')} steps up raids`, '']
  let length = lines[0].length
  while (length < size) {
    let p
    if (rnd() < 0.45 && paragraphs.length) p = pick(rnd, paragraphs)
    else {
      const k = 1 + Math.floor(rnd() * 3)
      p = Array.from({ length: k }, () => pick(rnd, TEMPLATES)(rnd, year)).join(' ')
    }
    lines.push(p, '')
    length += p.length + 2
  }
  if (rnd() < 0.3) lines.push('MOST VIEWED', '', `${cap(pick(rnd, PLACES).replace(/^the /, ''))} passes new labour law`, '')
  return lines.join('\n')
}

/** Writes n articles into dir (a.txt names sort in generation order) and returns their total size in bytes. */
export function writeCorpus({ root, dir, n, seed = 42, size = 6000 }) {
  mkdirSync(dir, { recursive: true })
  const rnd = randomFrom(seed)
  const paragraphs = fixtureParagraphs(root)
  let bytes = 0
  const width = String(n).length
  for (let i = 0; i < n; i++) {
    // about 6 KB on average, from 4 to 8 KB
    const text = makeArticle(rnd, paragraphs, Math.round(size * (0.67 + rnd() * 0.66)))
    const buf = Buffer.from(text, 'utf8')
    writeFileSync(join(dir, `a${String(i).padStart(width, '0')}.txt`), buf)
    bytes += buf.length
  }
  return bytes
}
