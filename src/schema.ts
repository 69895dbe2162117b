import { z } from 'zod'
import { FIGURE_KINDS, SCHEMA_VERSION, type FigureKind } from './contract.js'

export { FIGURE_KINDS, SCHEMA_VERSION, type FigureKind }

/** A half-open [start, end) span of the decoded text with the text it covers. */
export const EvidenceSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .describe('Half-open [start, end) character offsets into the decoded text, and the text of that span')

/** A month range such as 2018-01..2018-10, or a fiscal year (start and end months). */
export const PeriodSchema = z
  .object({
    start: z.string().regex(/^\d{4}(-\d{2})?$/),
    end: z.string().regex(/^\d{4}(-\d{2})?$/),
    label: z.string().optional().describe('the period as written, e.g. "between January and October of 2018"'),
  })
  .describe('The period a figure covers, as YYYY or YYYY-MM bounds (inclusive)')

export const QualifiersSchema = z
  .object({
    age: z.string().optional(),
    sex: z.enum(['female', 'male', 'mixed']).optional(),
    nationality: z.string().optional(),
    location: z.string().optional(),
    exploitation: z.string().optional(),
    group: z.string().optional().describe('the people counted, as written: "juveniles", "foreigners", "children"'),
  })
  .describe('Breakdown of a figure: who or what part of a total it counts')

export const FigureSchema = z.object({
  value: z.number().int().nonnegative(),
  approximate: z.boolean(),
  action: z.string().nullable().describe('rescued, arrested, convicted, foiled, recorded…'),
  year: z.number().int().nullable().describe('calendar year the figure belongs to, or null when the text does not say'),
  period: PeriodSchema.nullable(),
  qualifiers: QualifiersSchema,
  partOf: z.number().nullable().describe('the total this figure is a part of ("69 out of 189" → 189), or null'),
  rule: z.string().describe('id of the rule that produced the record'),
  mention: EvidenceSchema.describe('the number as written, e.g. "some 1,000"'),
  evidence: EvidenceSchema.describe('the sentence the figure comes from'),
})

export const CountrySchema = z.object({
  country: z.string().describe('English short name'),
  iso2: z.string().length(2).describe('ISO 3166-1 alpha-2'),
  count: z.number().int().nonnegative().nullable(),
  subject: z.enum(['victims', 'suspects']),
  relation: z.string().describe('rescued-from, repatriated-from, destination, origin, nationality…'),
  rule: z.string(),
  mention: EvidenceSchema,
  evidence: EvidenceSchema,
})

export const QuoteSchema = z.object({
  text: z.string().describe('the quoted words without the marks; paragraphs of one quote joined by a space'),
  speaker: z.string().nullable(),
  speakerRole: z.string().nullable(),
  rule: z.string(),
  spans: z.array(EvidenceSchema).describe('each quoted stretch, marks excluded'),
  evidence: EvidenceSchema.describe('from the first quoted word to the end of the attribution'),
})

export const CheckSchema = z.object({
  kind: z.string(),
  ok: z.boolean(),
  message: z.string(),
  stated: z.number().nullable().optional(),
  computed: z.number().nullable().optional(),
  evidence: z.array(EvidenceSchema),
})

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  encoding: z.string().optional(),
})

export const ArticleReportSchema = z.object({
  source: SourceSchema,
  referenceYear: z.number().int().nullable(),
  referenceYearEvidence: EvidenceSchema.nullable().optional(),
  cases: z.array(FigureSchema),
  suspects: z.array(FigureSchema),
  victims: z.array(FigureSchema),
  countries: z.array(CountrySchema),
  quotes: z.array(QuoteSchema),
  checks: z.array(CheckSchema),
})

export const InputErrorSchema = z.object({ path: z.string(), message: z.string() })

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleReportSchema),
  errors: z.array(InputErrorSchema),
})

export type Evidence = z.infer<typeof EvidenceSchema>
export type Period = z.infer<typeof PeriodSchema>
export type Qualifiers = z.infer<typeof QualifiersSchema>
export type Figure = z.infer<typeof FigureSchema>
export type CountryRecord = z.infer<typeof CountrySchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Check = z.infer<typeof CheckSchema>
export type Source = z.infer<typeof SourceSchema>
export type ArticleReport = z.infer<typeof ArticleReportSchema>
export type InputErrorRecord = z.infer<typeof InputErrorSchema>
export type Report = z.infer<typeof ReportSchema>

/** Returns the report contract as a JSON Schema document. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' })
}
