import type { Article, CountryCandidate, Draft, Refiner } from '../types.js'
import { countryOfCity, findCountries, lookupCountry } from '../patterns/countries.js'

// e.g. "KUWAIT CITY —", "PUERTO MALDONADO, Peru —", "MANILA, March 3 (Asia Pacific Newswire) -", "DUBAI/KATHMANDU, 22 May 2024 —"
const DATELINE = /^(?<city>[A-Z][A-Z .'’-]+?)(?:\/[A-Z][A-Z .'’-]+?)?(?:,\s*(?<region>[A-Z][\w .'’]+?))?(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*(?:\([^)]*\)\s*)?[—–-]\s/

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())
}

/** Returns the ISO code of the country an article is written from: its dateline, else the country it names far most often. */
export function homeCountry(article: Article): string | null {
  const first = article.sentences[0]?.text ?? ''
  const d = DATELINE.exec(first)
  if (d) {
    const region = d.groups?.region ? lookupCountry(d.groups.region) : null
    if (region) return region.iso2
    const city = countryOfCity(titleCase(d.groups!.city!.trim()))
    if (city) return city.iso2
  }
  const tally = new Map<string, number>()
  for (const s of article.sentences) for (const h of findCountries(s.text)) tally.set(h.country.iso2, (tally.get(h.country.iso2) ?? 0) + 1)
  const [top, second] = [...tally.entries()].sort((a, b) => b[1] - a[1])
  if (top && top[1] >= 3 && (!second || top[1] >= 1.5 * second[1])) return top[0]
  return null
}

/**
 * Settles country records against the figures: a count that is the whole of its sentence stands only if the figures
 * extractor read that number as victims or suspects (its kind is the subject), and not when they are the article's
 * own nationals coming home; repeats are dropped.
 */
export const settleCountries: Refiner = {
  id: 'settle-countries',
  refine(draft: Draft) {
    const home = homeCountry(draft.article)
    const figures = draft.figures.filter((f) => !f.dropped && f.kind !== null)
    const kept: CountryCandidate[] = []
    const seen = new Set<string>()
    for (const c of draft.countries) {
      if (c.whole && c.numberAt !== undefined) {
        const fig = figures.find((f) => f.mention.end > c.numberAt! && f.mention.start <= c.numberAt!)
        if (!fig || fig.kind === 'cases') continue
        if (c.iso2 === home && c.relation === 'nationality') continue
        c.subject = fig.kind === 'suspects' ? 'suspects' : 'victims'
      }
      const key = `${c.iso2}|${c.count}|${c.subject}`
      if (seen.has(key)) continue
      seen.add(key)
      kept.push(c)
    }
    draft.countries = kept
  },
}
