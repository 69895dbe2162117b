import type { Article, CountryCandidate, Extractor, PersonRole, Sentence, Span } from '../types.js'
import { findCountries, type CountryHit } from '../patterns/countries.js'
import { readNumbers } from '../patterns/noncount.js'
import type { NumberMatch } from '../patterns/numbers.js'
import { SUSPECT_NOUNS, VICTIM_NOUNS } from '../patterns/nouns.js'
import { SUSPECT_ACTION_NOUNS, SUSPECT_VERBS, VICTIM_ACTION_NOUNS, VICTIM_VERBS } from '../patterns/verbs.js'
import { readHead, type Head } from './mention.js'

// why: these name offenders wherever they stand near a list ("Those arrested were …", "… suspected of recruiting")
const SUSPECT_CUES = new Set([
  ...Object.keys(SUSPECT_VERBS).filter((w) => !/\s/.test(w) && w !== 'held'),
  ...SUSPECT_NOUNS,
  ...Object.keys(SUSPECT_ACTION_NOUNS),
  'suspected', 'defendant', 'accused', 'pleaded', 'perpetrators', 'recruiter', 'recruiters', 'ringleader', 'owner', 'owners',
])
const VICTIM_CUES = new Set([
  ...Object.keys(VICTIM_VERBS).filter((w) => !/\s/.test(w)),
  ...VICTIM_NOUNS,
  ...Object.keys(VICTIM_ACTION_NOUNS),
])
// e.g. "trafficked … mostly to Myanmar", "flown to Saudi Arabia", "repatriated … from Malaysia, China": a sentence about
// people moved or counted, where a list of countries says where they came from or went
const COUNTRY_CONTEXT =
  /\b(?:victims?|survivors?|trafficked|rescued|repatriated|returned|brought\s+home|deported|arrested|detained|suspects?|traffickers?|smuggled|sold|lured|recruited|exploited|forced|found|freed|moved|flown|sent|taken|bound\s+for|destined\s+for|cases|referrals|nationalities|nationals|intercepted|identified)\b/i
// e.g. "Most came from Mexico and Guatemala": a sentence about the people the one before counted
const CONTINUES = /^(?:most|many|some|others|the\s+rest|all|they|nearly\s+all|almost\s+all|a\s+handful|half|the\s+majority|a\s+few|several)\b/i
// a list after these belongs to officials, not to the people counted: "delegates from Cambodia, China …", "Police in Côte d'Ivoire"
const OFFICIAL_BEFORE = /\b(?:delegates|delegations|representatives|officials|ministers|leaders|investors|companies|authorities|police|gendarmes|governments?|embassies|envoys|signatories|partners|led\s+by|signed\s+by|members)\s+(?:from|of|in)\s+(?:the\s+)?$/i
const PREP_BEFORE = /\b(?:from|to|into|in|such\s+as|including|mostly\s+to|mainly\s+to|bound\s+for|destined\s+for|via|through)\s+(?:the\s+)?$/i
// "757 Cambodians …, including 351 from Malaysia": a count followed by these is the total of a breakdown
const TOTAL_CUE = /\b(?:including|of\s+whom|among\s+them|comprising|:)/i

type Found = Omit<CountryCandidate, 'sentence'>

function relationOf(text: string, hitStart: number, numberAt: number | null, form: CountryHit['form']): string {
  const before = text.slice(Math.max(0, hitStart - 12), hitStart).toLowerCase()
  const all = text.toLowerCase()
  if (/(?:to|into|for)\s+(?:the\s+)?$/.test(before)) return 'destination'
  if (/-flagged|registered\s+in\s+$|flagged\s+to\s+$/.test(`${before}${text.slice(hitStart, hitStart + 30).toLowerCase()}`)) return 'flag-state'
  if (/from\s+(?:the\s+)?$/.test(before)) {
    if (/\brepatriat|brought\s+home|returned/.test(all)) return 'repatriated-from'
    if (/\brescu|freed|saved/.test(all)) return 'rescued-from'
    return 'origin'
  }
  if (/in\s+(?:the\s+)?$/.test(before)) return numberAt === null ? 'location' : 'location'
  return form === 'name' ? 'nationality' : 'nationality'
}

/** Returns who a country count is about: the nearest offender or victim word before it, else after it; victims by default. */
export function subjectAt(text: string, pos: number): PersonRole {
  const words = (s: string): string[] => s.toLowerCase().match(/[a-z]+/g) ?? []
  const left = words(text.slice(0, pos)).reverse()
  for (const w of left) {
    if (SUSPECT_CUES.has(w)) return 'suspects'
    if (VICTIM_CUES.has(w)) return 'victims'
  }
  for (const w of words(text.slice(pos))) {
    if (SUSPECT_CUES.has(w)) return 'suspects'
    if (VICTIM_CUES.has(w)) return 'victims'
  }
  return 'victims'
}

/** Returns the stretches of text inside double quotation marks, per paragraph (a quote never spans a blank line). */
function quotedRanges(article: Article): [number, number][] {
  const out: [number, number][] = []
  for (const p of article.paragraphs) {
    if (p.boilerplate) continue
    let open = -1
    for (let i = 0; i < p.text.length; i++) {
      const ch = p.text[i]!
      if (ch === '“' || ch === '«') open = i
      else if ((ch === '”' || ch === '»') && open >= 0) {
        out.push([p.start + open, p.start + i])
        open = -1
      } else if (ch === '"') {
        if (open >= 0) {
          out.push([p.start + open, p.start + i])
          open = -1
        } else open = i
      }
    }
    if (open >= 0) out.push([p.start + open, p.end])
  }
  return out
}

function span(s: Sentence, start: number, end: number): Span {
  return { start: s.start + start, end: s.start + end, text: s.text.slice(start, end) }
}

// e.g. "351 from Malaysia", "81 of the children were from Burkina Faso", "13 were Ivorian", "five Sri Lankans",
// "11 Myanmar nationals", "two Bangladeshi men", "Thirty-one of the women were Peruvian"
const GAP_AFTER_NUMBER = /^\s*(?:of\s+(?:the|them|these|those)\s+(?:\d[\d,]*\s+)?(?:[a-z-]+\s+)?)?(?:(?:were|was|are|is)\s+)?(?:(?:from|in|to|bound\s+for|destined\s+for|headed\s+for)\s+(?:the\s+)?)?$/i
// e.g. "64 seasonal workers from Nepal": a short people phrase between the number and the preposition
const PHRASE_GAP = /^\s*(?:[a-z-]+\s+){1,3}(?:(?:were|was)\s+)?(?:from|in|to)\s+(?:the\s+)?$/i

function countedPairs(s: Sentence, hits: CountryHit[], nums: NumberMatch[]): { n: NumberMatch; hit: CountryHit; rule: string }[] {
  const text = s.text
  const out: { n: NumberMatch; hit: CountryHit; rule: string }[] = []
  const used = new Set<CountryHit>()
  for (let k = 0; k < nums.length; k++) {
    const n = nums[k]!
    // "Eleven of the 30 victims were bound for Malaysia": the total inside the part's phrase is not a count of its own
    if (k > 0 && /\bof\s+the\s+$/i.test(text.slice(nums[k - 1]!.end, n.start))) continue
    const skipTotal = nums[k + 1] && /^\s*of\s+the\s+$/i.test(text.slice(n.end, nums[k + 1]!.start)) ? 1 : 0
    const nextNum = nums[k + 1 + skipTotal]?.start ?? text.length
    // after the number, before the next one
    const after = hits.find((h) => h.start >= n.end && h.start < nextNum && !used.has(h))
    const nameAsNationality = after?.form === 'name' && /^\s+(?:nationals?|citizens?|migrants|workers|women|men|girls|boys|children|fishermen|victims|suspects)\b/i.test(text.slice(after.end))
    if (after && GAP_AFTER_NUMBER.test(text.slice(n.end, after.start)) && (after.form !== 'name' || nameAsNationality || /(?:from|in|to|for)\s+(?:the\s+)?$/i.test(text.slice(n.end, after.start)))) {
      out.push({ n, hit: after, rule: after.form === 'name' && !nameAsNationality ? 'countries/count-from' : 'countries/nationality-count' })
      used.add(after)
      continue
    }
    // "64 seasonal workers from Nepal and India" is a list (no per-country count); "31 … returned to Slovakia, where …" is one
    if (after && after.form === 'name' && PHRASE_GAP.test(text.slice(n.end, after.start)) && !/^\s*(?:,\s*(?:the\s+)?[A-Z]|(?:,\s*)?(?:and|or)\s+(?:the\s+)?[A-Z])/.test(text.slice(after.end, after.end + 30))) {
      out.push({ n, hit: after, rule: 'countries/count-from' })
      used.add(after)
      continue
    }
    // before the number: "Romanian (186)", "Romania with 37", "UK nationals …, with 1,204 referrals"
    const prevNum = nums[k - 1]?.end ?? 0
    const before = [...hits].reverse().find((h) => h.end <= n.start && h.start >= prevNum && !used.has(h))
    if (before) {
      const gap = text.slice(before.end, n.start)
      if (/^\s*\($/.test(gap) || /^\s*(?:with|:)\s*$/i.test(gap) || (before.start < 4 && /,\s*with\s+$/i.test(gap) && gap.length < 90 && !/[;]/.test(gap))) {
        out.push({ n, hit: before, rule: 'countries/count-after-country' })
        used.add(before)
      }
    }
  }
  // a list of numbers each followed, before the next number, by exactly one country: "417 … registered in Taiwan and 265 on Chinese-flagged boats"
  const free = nums.filter((n) => !out.some((o) => o.n === n))
  if (free.length >= 2) {
    const pairs: { n: NumberMatch; hit: CountryHit; rule: string }[] = []
    for (const n of free) {
      const k = nums.indexOf(n)
      const nextNum = nums[k + 1]?.start ?? text.length
      const inSeg = hits.filter((h) => h.start >= n.end && h.start < nextNum && h.start - n.end < 60 && !used.has(h))
      if (inSeg.length === 1) pairs.push({ n, hit: inSeg[0]!, rule: 'countries/list-segment' })
    }
    if (pairs.length >= 2) for (const p of pairs) out.push(p)
  }
  return out
}

// e.g. "a Japanese, an American", "an Indian national aged 40", "a Colombian woman suspected of recruiting"
const ONE_DEMONYM = /\b(?:a|an)\s+(?:[a-z-]+\s+)?$/i
const SINGLE_SUSPECT = /\b(?:suspected|accused|pleaded|convicted|charged|arrested|detained|believed\s+to\s+be\s+the\s+(?:\w+\s+)?(?:agent|recruiter|trafficker|ringleader|owner|organi[sz]er)|defendant)\b/i

/** Country counts and lists from the body: one record per country named with a count, or in a list about the people counted. */
export const countries: Extractor = {
  id: 'countries',
  extract(article: Article) {
    const out: CountryCandidate[] = []
    const quoted = quotedRanges(article)
    const inQuote = (abs: number): boolean => quoted.some(([a, b]) => abs > a && abs < b)
    for (const s of article.sentences) {
      const text = s.text
      const hits = findCountries(text).filter((h) => !inQuote(s.start + h.start))
      if (!hits.length) continue
      // the head noun of each number that may count people, read once
      const heads = new Map<NumberMatch, Head | null>()
      for (const n of readNumbers(text).countable) heads.set(n, readHead(text, n, hits))
      const headOf = (n: NumberMatch): Head | null => heads.get(n) ?? null
      const nums = [...heads].filter(([, head]) => !(head && (head.cls === 'thing' || head.cls === 'other-people'))).map(([n]) => n)
      const found: (Found & { hitStart: number; numAt: number | null })[] = []
      const counted = countedPairs(s, hits, nums)
      for (const { n, hit, rule } of counted) {
        found.push({
          country: hit.country.name,
          iso2: hit.country.iso2,
          count: n.value,
          subject: subjectAt(text, Math.min(n.start, hit.start)),
          relation: relationOf(text, hit.start, n.start, hit.form),
          rule,
          mention: span(s, Math.min(n.start, hit.start), Math.max(n.end, hit.end)),
          hitStart: hit.start,
          numAt: n.start,
        })
      }
      const countedHits = new Set(counted.map((c) => c.hit))
      // "a Japanese, an American": ones inside a list of counts, or a single offender described by nationality
      for (const h of hits) {
        if (countedHits.has(h) || h.form === 'name' || !ONE_DEMONYM.test(text.slice(Math.max(0, h.start - 20), h.start))) continue
        const clause = text.slice(Math.max(0, h.start - 60), h.end + 80)
        const inList = counted.length > 0 && Math.abs(h.start - (counted[counted.length - 1]?.hit.start ?? 0)) < 120
        if (!inList && !SINGLE_SUSPECT.test(clause)) continue
        const a = text.slice(0, h.start).search(/\b(?:a|an)\s+(?:[a-z-]+\s+)?$/i)
        found.push({
          country: h.country.name,
          iso2: h.country.iso2,
          count: 1,
          subject: inList ? subjectAt(text, h.start) : 'suspects',
          relation: 'nationality',
          rule: 'countries/one-national',
          mention: span(s, a >= 0 ? a : h.start, h.end),
          hitStart: h.start,
          numAt: null,
        })
        countedHits.add(h)
      }
      // "In Spain alone, inspectors identified nearly 300 potential victims"
      const inLead = /^In\s+(?:the\s+)?(?<c>[A-Z][\w'’ -]+?)(?:\s+alone)?,/.exec(text)
      const lead = inLead ? hits.find((h) => h.start === text.indexOf(inLead.groups!.c!) && h.form === 'name') : undefined
      if (lead && !countedHits.has(lead)) {
        const people = nums.filter((n) => {
          const head = headOf(n)
          return head !== null && (head.cls === 'victim' || head.cls === 'suspect')
        })
        if (people.length === 1) {
          const n = people[0]!
          const head = headOf(n)!
          found.push({
            country: lead.country.name,
            iso2: lead.country.iso2,
            count: n.value,
            subject: head.cls === 'suspect' ? 'suspects' : 'victims',
            relation: 'location',
            rule: 'countries/in-country-count',
            mention: span(s, lead.start, n.end),
            hitStart: lead.start,
            numAt: n.start,
          })
          countedHits.add(lead)
        }
      }
      // lists without counts: country names after "from", "to", "in" in a sentence about the people counted
      const peopleCounted = nums.some((n) => {
        const head = headOf(n)
        return head !== null && (head.cls === 'people' || head.cls === 'victim' || head.cls === 'suspect' || head.cls === 'demonym')
      })
      const prev = article.sentences[s.index - 1]
      const continues = prev !== undefined && prev.paragraph === s.paragraph && CONTINUES.test(text) && (COUNTRY_CONTEXT.test(prev.text) || /\d/.test(prev.text))
      if (COUNTRY_CONTEXT.test(text) || counted.length || peopleCounted || continues) {
        for (const h of hits) {
          if (countedHits.has(h) || h.form !== 'name') continue
          const before = text.slice(Math.max(0, h.start - 60), h.start)
          if (OFFICIAL_BEFORE.test(before)) continue
          const listed = PREP_BEFORE.test(before) || /(?:,|\band|\bor)\s+(?:the\s+)?$/.test(before)
          if (!listed) continue
          // a list continues only from a country: "from Malaysia, China, Vietnam"
          if (!PREP_BEFORE.test(before)) {
            const prev = hits.filter((x) => x.end <= h.start).pop()
            if (!prev || h.start - prev.end > 12) continue
          }
          found.push({
            country: h.country.name,
            iso2: h.country.iso2,
            count: null,
            subject: subjectAt(text, h.start),
            relation: relationOf(text, h.start, null, h.form),
            rule: 'countries/list',
            mention: span(s, h.start, h.end),
            hitStart: h.start,
            numAt: null,
          })
        }
      }
      // a count followed by "including …" is the total of a breakdown, and a lone count is the whole of its sentence
      const withCounts = found.filter((f) => f.count !== null)
      for (const f of found) {
        const next = withCounts.find((g) => g.hitStart > f.hitStart)
        const isTotal = f.count !== null && next !== undefined && TOTAL_CUE.test(text.slice(f.hitStart, next.hitStart))
        const whole = f.count !== null && (withCounts.length === 1 || isTotal)
        const { hitStart: _h, numAt, ...rest } = f
        // why: every candidate gets the same fields, so the refiners reading them see one object shape
        out.push({ ...rest, sentence: s, whole, numberAt: numAt !== null ? s.start + numAt : undefined })
      }
    }
    return { countries: out }
  },
}
