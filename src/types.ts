import type { FigureKind, Qualifiers, Check } from './schema.js'

/** Half-open [start, end) into Article.text; text === article.text.slice(start, end). */
export interface Span {
  start: number
  end: number
  text: string
}

/** Why a paragraph is not article body, or null when it is body. */
export type BoilerplateKind =
  | 'logo'
  | 'headline'
  | 'caption'
  | 'byline'
  | 'dateline-header'
  | 'pull-quote'
  | 'related'
  | 'footer'
  | 'share'
  | 'junk'

export interface Paragraph extends Span {
  index: number
  boilerplate: BoilerplateKind | null
}

export interface Sentence extends Span {
  /** index into Article.paragraphs */
  paragraph: number
  /** index into Article.sentences */
  index: number
}

/** A decoded article: the text every offset refers to, its paragraphs and body sentences. */
export interface Article {
  path: string
  text: string
  title: Span | null
  paragraphs: Paragraph[]
  /** sentences of body paragraphs only, in text order */
  sentences: Sentence[]
}

/**
 * How a time expression dates a figure:
 * - year: an explicit calendar year ("in 2016", "October 2021")
 * - relative: an offset from the reference year ("this year", "last year", "between April and June")
 * - anchor: an offset from the sentence's main time ("the previous year", "a year earlier")
 * - context: the time already under discussion ("during the year", "over the period")
 * - multi: more than one calendar year or a fiscal year ("2022-23", "since 2021", "the 12 months to March"): no year
 * - recent: a day of the news ("yesterday", "on Monday", "Nov 9"): the reference year
 */
export type TimeKind = 'year' | 'relative' | 'anchor' | 'context' | 'multi' | 'recent'

/** A time expression found in a sentence; relative forms are resolved later, never guessed. */
export interface TimeExpr extends Span {
  kind: TimeKind
  /** kind 'year' */
  year: number | null
  /** kind 'relative' (from the reference year) or 'anchor' (from the main time) */
  rel: number | null
  /** months covered, 1-based inclusive */
  months: [number, number] | null
  /** "the same period last year": a like-for-like comparison */
  samePeriod: boolean
  /** follows a verb of saying ("said on Tuesday"): dates the statement, not the figure */
  attribution: boolean
}

export type PersonRole = 'victims' | 'suspects'

/**
 * How a number relates to another figure when its own words do not say what it counts:
 * - comparison: "down from 129", "compared to 253 last year" — the same metric at another time
 * - part: "75 of them", "including 13 juveniles", "Of that number, 138 were under 15" — a part of a total
 * - restated: "Of the 109 cases," — a figure already given, named again
 * - anaphor: "The number increased to 185" — the metric under discussion, at another time
 * - bare: "19 women and eight men" — people with no verb; kept only if they add up to a total
 */
export type FigureCue = 'comparison' | 'part' | 'restated' | 'anaphor' | 'bare'

/** A count of cases, suspects or victims found in a sentence, before refinement. */
export interface FigureCandidate {
  kind: FigureKind | null
  value: number
  approximate: boolean
  action: string | null
  qualifiers: Qualifiers
  /** the number as written, with its approximation word */
  mention: Span
  sentence: Sentence
  rule: string
  /** how sure the rule that set `kind` is (0 when no rule did) */
  strength: number
  cue: FigureCue | null
  /** the paragraph introducing the breakdown list this figure is an item of */
  listIntro?: number
  /** the words of a leading "Of the potential victims," that name the total, if any */
  partLead: string | null
  /** the time expression governing this figure in its sentence, if any */
  time: TimeExpr | null
  /** the action comes from an active verb right before the number ("prosecuting 180 suspects"), not from a noun or a passive */
  activeVerb?: boolean
  /** the tense of the verb that governs the figure: a past event of the news, a cumulative perfect, a present state */
  tense: 'past' | 'perfect' | 'present' | null
  /** every time expression of the sentence */
  sentenceTimes: TimeExpr[]
  /** the figure this one was read against, set by the linker */
  link: { type: Exclude<FigureCue, 'bare' | 'restated'> | 'same'; to: FigureCandidate } | null
  /** resolved by refiners */
  year: number | null
  period: { start: string; end: string; label?: string } | null
  /** set by refiners to leave the candidate out of the output, with the reason */
  dropped?: string
}

export interface CountryCandidate {
  country: string
  iso2: string
  count: number | null
  subject: PersonRole
  relation: string
  rule: string
  mention: Span
  sentence: Sentence
  /** the whole count of its sentence ("28 Indonesians were repatriated"), not an entry of a breakdown list */
  whole?: boolean
  /** the offset of the number it counts, to match it with a figure of the same sentence */
  numberAt?: number
}

export type Gender = 'male' | 'female'

/** What a noun phrase that can speak is: a named person, a pronoun, an unnamed person, a body, or a lone capitalised word. */
export type SpeakerKind = 'person' | 'pronoun' | 'anon' | 'body' | 'name'

/** A speaker as the text gives it ("she", "Chanthy Vann", "the report", "one farm owner"), before it is resolved. */
export interface SpeakerCue {
  kind: SpeakerKind
  /** the speaker as it should be shown: "Budi Santoso", "farm owner", "report", "she" */
  text: string
  start: number
  end: number
  role: string | null
  gender: Gender | null
  plural: boolean
  /** "the official", "the report": points back at a speaker named before */
  definite: boolean
  /** the head noun of an unnamed person or a body ("official", "agency") */
  head: string | null
  /** a title or honorific stood right before the name ("Senator Holm", "Ms Whitfield") */
  titled: boolean
}

export interface QuoteCandidate {
  text: string
  spans: Span[]
  speaker: string | null
  speakerRole: string | null
  rule: string
  /** from the opening mark to the end of the attribution (or the closing mark) */
  evidence: Span
  /** the paragraph the quote starts in */
  paragraph: number
  /** the speaker as the quote's own sentence gives it, if it does; resolved by the speakers refiner */
  cue?: SpeakerCue | null
  /** the quote opens its sentence (or follows "said:"), so it can continue an earlier speaker */
  opensSentence?: boolean
}

/** Everything the extractors found in one article, refined in place by the refiners. */
export interface Draft {
  article: Article
  referenceYear: number | null
  referenceYearEvidence: Span | null
  /** the month of the article's date, when its dateline gives one ("ABUJA, Feb 7") */
  referenceMonth?: number | null
  figures: FigureCandidate[]
  countries: CountryCandidate[]
  quotes: QuoteCandidate[]
  checks: Check[]
}

/** Options that reach every stage. */
export interface Context {
  /** --year: the year "this year" means, overriding what the text says */
  year: number | null
}

/** What one extractor found in an article. */
export interface Found {
  figures?: FigureCandidate[]
  countries?: CountryCandidate[]
  quotes?: QuoteCandidate[]
}

/** Turns an article into candidates; rejects by returning nothing, never by throwing. */
export interface Extractor {
  id: string
  extract(article: Article, ctx: Context): Found
}

/** One refinement step over the draft: merge, dedupe, resolve years, check. */
export interface Refiner {
  id: string
  refine(draft: Draft, ctx: Context): void
}
