import { basename } from 'node:path'
import { z } from 'zod'

// The scoring rules of GOLD.md, kept line for line with the reference scorer (score.mjs) so both give the same numbers.

const GoldFigureSchema = z.object({ value: z.union([z.number(), z.string()]), year: z.number().nullable().optional() }).loose()
const GoldSchema = z
  .object({
    article: z.string(),
    referenceYear: z.number().nullable().optional(),
    cases: z.array(GoldFigureSchema).optional(),
    suspects: z.array(GoldFigureSchema).optional(),
    victims: z.array(GoldFigureSchema).optional(),
    countries: z.array(z.object({ country: z.string(), count: z.number().nullable().optional() }).loose()).optional(),
    quotes: z.array(z.object({ text: z.string(), speaker: z.union([z.string(), z.array(z.string())]) }).loose()).optional(),
    optional: z
      .object({
        values: z.array(z.union([z.number(), z.string()])).optional(),
        quotes: z.array(z.string()).optional(),
        countries: z.array(z.string()).optional(),
      })
      .loose()
      .optional(),
  })
  .loose()

/** A gold annotation file (shared/spec/GOLD.md). */
export type Gold = z.infer<typeof GoldSchema>

/** Returns a validated gold annotation; throws with the zod message when the file does not match GOLD.md. */
export function parseGold(data: unknown): Gold {
  return GoldSchema.parse(data)
}

const ALIASES: Record<string, string> = {
  'viet nam': 'vietnam', 'lao pdr': 'laos', lao: 'laos', "lao people's democratic republic": 'laos',
  us: 'united states', usa: 'united states', 'u.s.': 'united states', america: 'united states', 'united states of america': 'united states',
  uk: 'united kingdom', 'u.k.': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  czechia: 'czech republic', burma: 'myanmar', korea: 'south korea', 'republic of korea': 'south korea',
  holland: 'netherlands', 'the netherlands': 'netherlands', prc: 'china', "people's republic of china": 'china',
  uae: 'united arab emirates', 'timor-leste': 'east timor', 'ivory coast': "cote d'ivoire", "côte d'ivoire": "cote d'ivoire",
  'the philippines': 'philippines', 'russian federation': 'russia',
}

/** Returns a country name folded for matching (aliases, case). */
export function canonCountry(c: unknown): string {
  const k = String(c ?? '').trim().toLowerCase()
  return ALIASES[k] ?? k
}

/** Returns the words of a text as the scorer compares them. */
export function words(s: unknown): string[] {
  return String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

function speakerOk(gold: string | string[], sys: string | null | undefined): boolean {
  if (!sys) return false
  const s = ` ${words(sys).join(' ')} `
  const alts = Array.isArray(gold) ? gold : [gold]
  return alts.some((g) => {
    const ws = words(g)
    const fam = ws.length > 1 ? ws[ws.length - 1] : ws[0]
    return ws.length > 0 && s.includes(` ${fam} `)
  })
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')))

/** The parts of an extracted article the scorer reads. */
export interface ScoredArticle {
  source?: { path?: string }
  referenceYear?: number | null
  cases?: { value: number | string; year?: number | null }[]
  suspects?: { value: number | string; year?: number | null }[]
  victims?: { value: number | string; year?: number | null }[]
  countries?: { country: string; count?: number | null }[]
  quotes?: { text: string; speaker?: string | null }[]
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

/** What the scorer found for one article: counts, and each miss and extra in words. */
export interface ArticleScore {
  article: string
  missingArticle?: boolean
  fig: Counts
  ctry: Counts
  q: { found: number; attr: number; gold: number; fp: number }
  misses: string[]
  extras: string[]
}

/** Precision, recall and F1 with their counts, or the quote summary. */
export interface Summary {
  articles: number
  missingArticles: number
  figures: { p: number; r: number; f1: number } & Counts
  yearAccuracy: number | null
  countries: { p: number; r: number; f1: number } & Counts
  quotes: { p: number; r: number; f1: number; found: number; attributed: number; falsePositives: number }
  referenceYearAccuracy: number | null
  overall: number
}

const prf = ({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } => {
  const p = tp + fp ? tp / (tp + fp) : 0
  const r = tp + fn ? tp / (tp + fn) : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** Scores extracted articles against gold files, exactly as shared/spec/score.mjs does. */
export function score(golds: Gold[], output: ScoredArticle[]): { summary: Summary; rows: ArticleScore[] } {
  const sysArticles = new Map(output.map((a) => [basename(String(a.source?.path ?? '')), a]))
  const CATS = ['cases', 'suspects', 'victims'] as const
  const T = { fig: { tp: 0, fp: 0, fn: 0 }, year: { ok: 0, n: 0 }, ctry: { tp: 0, fp: 0, fn: 0 }, qfound: { tp: 0, fn: 0 }, qattr: { ok: 0, n: 0 }, qfp: { fp: 0, n: 0 }, ref: { ok: 0, n: 0 }, missing: 0 }
  const rows: ArticleScore[] = []
  for (const g of [...golds].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0))) {
    const a = sysArticles.get(g.article)
    const r: ArticleScore = { article: g.article, fig: { tp: 0, fp: 0, fn: 0 }, ctry: { tp: 0, fp: 0, fn: 0 }, q: { found: 0, attr: 0, gold: 0, fp: 0 }, misses: [], extras: [] }
    if (!a) {
      T.missing++
      r.missingArticle = true
    }
    const optVals = new Set([...(g.optional?.values ?? []), ...(g.countries ?? []).map((c) => c.count).filter((c) => c != null)].map(num))
    for (const cat of CATS) {
      const gold = (g[cat] ?? []).map((x) => ({ ...x, used: false }))
      const seen = new Set<string>()
      const sys: { value: number | string; year?: number | null }[] = []
      for (const f of a?.[cat] ?? []) {
        const k = `${num(f.value)}|${f.year ?? null}`
        if (!seen.has(k)) {
          seen.add(k)
          sys.push(f)
        }
      }
      for (const f of sys) {
        const v = num(f.value)
        const m = gold.find((x) => !x.used && num(x.value) === v && (x.year ?? null) === (f.year ?? null)) ?? gold.find((x) => !x.used && num(x.value) === v)
        if (m) {
          m.used = true
          r.fig.tp++
          if (m.year != null) {
            T.year.n++
            if (f.year === m.year) T.year.ok++
            else r.misses.push(`${cat} ${v}: year ${f.year} != ${m.year}`)
          }
        } else if (optVals.has(v)) {
          /* neither */
        } else {
          r.fig.fp++
          r.extras.push(`${cat} ${v}${f.year ? ' (' + f.year + ')' : ''}`)
        }
      }
      for (const x of gold) {
        if (!x.used) {
          r.fig.fn++
          r.misses.push(`${cat} ${x.value}${x.year ? ' (' + x.year + ')' : ''}`)
        }
      }
    }
    {
      const gold = (g.countries ?? []).map((x) => ({ c: canonCountry(x.country), n: x.count ?? null, used: false }))
      const optC = new Set((g.optional?.countries ?? []).map(canonCountry))
      const seen = new Set<string>()
      for (const c of a?.countries ?? []) {
        const k = `${canonCountry(c.country)}|${c.count ?? null}`
        if (seen.has(k)) continue
        seen.add(k)
        const m = gold.find((x) => !x.used && x.c === canonCountry(c.country) && x.n === (c.count ?? null))
        if (m) {
          m.used = true
          r.ctry.tp++
        } else if ((c.count ?? null) === null && (optC.has(canonCountry(c.country)) || gold.some((x) => x.c === canonCountry(c.country)))) {
          /* a bare mention of a country gold or optional knows */
        } else {
          r.ctry.fp++
          r.extras.push(`country ${c.country} ${c.count ?? ''}`)
        }
      }
      for (const x of gold) {
        if (!x.used) {
          r.ctry.fn++
          r.misses.push(`country ${x.c} ${x.n ?? ''}`)
        }
      }
    }
    {
      const sysQ = (a?.quotes ?? []).map((q) => ({ ...q, ws: words(q.text) }))
      const goldQ = (g.quotes ?? []).map((q) => ({ ...q, ws: words(q.text) }))
      const optQ = (g.optional?.quotes ?? []).map((t) => ({ ws: words(t) }))
      for (const gq of goldQ) {
        r.q.gold++
        const gset = new Set(gq.ws)
        const covering = sysQ.filter((sq) => {
          const s = new Set(sq.ws)
          let k = 0
          for (const w of gset) if (s.has(w)) k++
          return k / gset.size >= 0.3 || (sq.ws.length > 0 && sq.ws.filter((w) => gset.has(w)).length / sq.ws.length >= 0.8 && k >= 3)
        })
        const cov = new Set<string>()
        for (const sq of covering) for (const w of sq.ws) if (gset.has(w)) cov.add(w)
        if (gset.size && cov.size / gset.size >= 0.6) {
          r.q.found++
          const best = covering.sort((x, y) => y.ws.filter((w) => gset.has(w)).length - x.ws.filter((w) => gset.has(w)).length)[0]!
          if (speakerOk(gq.speaker, best.speaker)) r.q.attr++
          else r.misses.push(`quote speaker "${best.speaker}" != "${gq.speaker}": ${gq.text.slice(0, 40)}`)
        } else r.misses.push(`quote (${gq.speaker}): ${gq.text.slice(0, 50)}`)
      }
      for (const sq of sysQ) {
        if (!sq.ws.length) continue
        const inAny = [...goldQ, ...optQ].some((gq) => {
          const s = new Set(gq.ws)
          return sq.ws.filter((w) => s.has(w)).length / sq.ws.length >= 0.5
        })
        if (!inAny) {
          r.q.fp++
          r.extras.push(`quote: ${String(sq.text).slice(0, 50)}`)
        }
      }
    }
    if (g.referenceYear != null) {
      T.ref.n++
      if (a?.referenceYear === g.referenceYear) T.ref.ok++
    }
    for (const k of ['tp', 'fp', 'fn'] as const) {
      T.fig[k] += r.fig[k]
      T.ctry[k] += r.ctry[k]
    }
    T.qfound.tp += r.q.found
    T.qfound.fn += r.q.gold - r.q.found
    T.qattr.ok += r.q.attr
    T.qattr.n += r.q.gold
    T.qfp.fp += r.q.fp
    T.qfp.n += (a?.quotes ?? []).length
    rows.push(r)
  }
  const fig = prf(T.fig)
  const ctry = prf(T.ctry)
  const quote = prf({ tp: T.qattr.ok, fp: T.qfp.fp + (T.qfound.tp - T.qattr.ok), fn: T.qattr.n - T.qattr.ok })
  const summary: Summary = {
    articles: rows.length,
    missingArticles: T.missing,
    figures: { ...fig, ...T.fig },
    yearAccuracy: T.year.n ? T.year.ok / T.year.n : null,
    countries: { ...ctry, ...T.ctry },
    quotes: { ...quote, found: T.qfound.tp / (T.qfound.tp + T.qfound.fn || 1), attributed: T.qattr.n ? T.qattr.ok / T.qattr.n : 0, falsePositives: T.qfp.fp },
    referenceYearAccuracy: T.ref.n ? T.ref.ok / T.ref.n : null,
    overall: 0,
  }
  summary.overall = (summary.figures.f1 + summary.countries.f1 + summary.quotes.f1) / 3
  return { summary, rows }
}

const pc = (x: number | null): string => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5))

/** Returns the scores as the reference scorer prints them (and each miss and extra with verbose). */
export function formatScore({ summary, rows }: { summary: Summary; rows: ArticleScore[] }, verbose: boolean): string {
  const out: string[] = []
  if (verbose) {
    for (const r of rows) {
      out.push(`# ${r.article}${r.missingArticle ? '  (NO OUTPUT FOR THIS ARTICLE)' : ''}`)
      for (const m of r.misses) out.push(`  missed  ${m}`)
      for (const e of r.extras) out.push(`  extra   ${e}`)
    }
  }
  const f = summary.figures
  const c = summary.countries
  const q = summary.quotes
  out.push(`articles ${summary.articles} (missing ${summary.missingArticles})`)
  out.push(`figures   P ${pc(f.p)}  R ${pc(f.r)}  F1 ${pc(f.f1)}   (tp ${f.tp} fp ${f.fp} fn ${f.fn})  year acc ${pc(summary.yearAccuracy)}`)
  out.push(`countries P ${pc(c.p)}  R ${pc(c.r)}  F1 ${pc(c.f1)}   (tp ${c.tp} fp ${c.fp} fn ${c.fn})`)
  out.push(`quotes    P ${pc(q.p)}  R ${pc(q.r)}  F1 ${pc(q.f1)}   found ${pc(q.found)} attributed ${pc(q.attributed)} fp ${q.falsePositives}`)
  out.push(`refYear acc ${pc(summary.referenceYearAccuracy)}   OVERALL F1 ${pc(summary.overall)}`)
  return `${out.join('\n')}\n`
}
