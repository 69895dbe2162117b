import type { Article, CountryCandidate, Draft, Refiner } from '../types.js'
import { countryOfCity, findCountries, lookupCountry } from '../patterns/countries.js'

// e.g. "KUWAIT CITY —", "PUERTO MALDONADO, Peru —", "MANILA, March 3 (Asia Pacific Newswire) -", "DUBAI/KATHMANDU, 22 May 2024 —"
const DATELINE = /^(?<city>[A-Z][A-Z .'’-]+?)(?:\/[A-Z][A-Z .'’-]+?)?(?:,\s*(?<region>[A-Z][\w .'’]+?))?(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*(?:\([^)]*\)\s*)?[—–-]\s/

const US_STATES = /^(?:Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.?H|N\.?J|N\.?M|N\.?Y|N\.?C|N\.?D|Ohio|Okla|Ore|Pa|R\.?I|S\.?C|S\.?D|Tenn|Texas|Utah|Vt|Va|Wash|W\.?Va|Wis|Wyo|D\.?C|Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Illinois|Indiana|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+\w+|North\s+\w+|South\s+\w+|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|Tennessee|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming)\.?$/

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
    // "RALEIGH, N.C. –", "COLUMBUS, Ohio —": a US state after the city
    if (d.groups?.region && US_STATES.test(d.groups.region.trim())) return 'US'
    // a dateline names a place we do not know: better no home country than a guess from counting mentions
    return null
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
