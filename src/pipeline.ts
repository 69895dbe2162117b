import type { Article, Context, Draft, Extractor, Refiner } from './types.js'
import { figures } from './extract/figures.js'
import { countries } from './extract/countries.js'
import { quotes } from './extract/quotes.js'
import { checkFigures } from './refine/checks.js'
import { settleCountries } from './refine/countries.js'
import { dedupeFigures } from './refine/dedupe.js'
import { linkFigures } from './refine/links.js'
import { referenceYear } from './refine/referenceYear.js'
import { resolveYears } from './refine/years.js'
import { resolveSpeakers } from './refine/speakers.js'

/** The extractors, each over the whole article; their order does not matter. */
export const EXTRACTORS: Extractor[] = [
  figures, // cases, suspects and victims: every number with its head noun, verbs and time
  countries, // per-country counts and lists of countries about the people counted
  quotes, // direct quotations, with the speaker their own sentence names
]

/** The refiners, in the order they run; each line says why it sits where it does. */
export const REFINERS: Refiner[] = [
  referenceYear, // first: "this year" and "last year" mean nothing until the reference year is known
  linkFigures, // before years: a part takes its total's year, a comparison its own
  resolveYears, // needs links and the reference year
  dedupeFigures, // after years: the same value in two years is two figures
  settleCountries, // after figures are linked: a lone nationality count stands only if it is a figure
  checkFigures, // last of the figure work: it reads settled figures, links and country counts
  resolveSpeakers, // quotes only: pronouns, short names and quotes that continue a speaker need the whole article
]

/** Runs every extractor and refiner over an article and returns the refined draft. */
export function runPipeline(article: Article, ctx: Context): Draft {
  const draft: Draft = { article, referenceYear: null, referenceYearEvidence: null, figures: [], countries: [], quotes: [], checks: [] }
  for (const x of EXTRACTORS) {
    const found = x.extract(article, ctx)
    if (found.figures) draft.figures.push(...found.figures)
    if (found.countries) draft.countries.push(...found.countries)
    if (found.quotes) draft.quotes.push(...found.quotes)
  }
  draft.figures.sort((a, b) => a.mention.start - b.mention.start)
  for (const r of REFINERS) r.refine(draft, ctx)
  return draft
}
