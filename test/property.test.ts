import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeInput, extractArticle, InputError, ReportSchema, ArticleReportSchema, type ArticleReport, type Evidence } from '../src/index.js'
import { utf16 } from './read/variants.js'

// Article-like fragments (numbers, verbs, nouns, years, quote marks, boilerplate lines, markup) mixed with random unicode
const WORDS = [
  'Police', 'police', 'rescued', 'arrested', 'said', 'says', 'told reporters', 'victims', 'suspects', 'cases', 'people', 'women',
  'children', 'were', 'was', 'had been', 'trafficked', 'convicted', 'including', 'of them', 'of whom', 'Of the', 'out of', 'in',
  'the', 'and', 'a total of', 'more than', 'about', 'some', 'between', 'down from', 'compared to', 'up from', 'the number of',
  'rose to', 'percent', 'aged', 'years old', 'last year', 'this year', 'the previous year', 'since', 'in the first half of',
  'between January and October of', 'fiscal year', 'Malaysia', 'Vietnamese', 'Nigeria', 'Côte d’Ivoire', 'Mr.', 'U.S.',
  'Sept.', 'MOST VIEWED', 'Related stories', 'By Jane Doe', 'Photo: AFP', '(c) 2024 Newswire', 'Read also:', '-ENDS-',
  'twenty-five', 'a dozen', 'one', 'hundred', 'thousand', 'million', 'RM34,560', '15.5%', 'Tier 2', 'Section 12',
]
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '(', ')', '[', ']', ',', '.', ';', ':', '—', '–', '-', '…', '?', '!', '/', '#', '%', '$', '€']
const SPACES = [' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u200B', '\u2028', '\uFEFF']
const MARKUP = ['<p>', '</p>', '<br>', '<div class="x">', '</div>', '<script>x=1</script>', '<!DOCTYPE html>', '&amp;', '&#8220;', '&rsquo;', '&nbsp;', '<b>', '</b>']

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 200_000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 99_999_999 }).map((n) => n.toLocaleString('en-US')) },
  { weight: 2, arbitrary: fc.integer({ min: 1950, max: 2035 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  // lone surrogate halves and control characters, which no arbitrary above produces
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)) },
)
const count = fc.oneof(
  fc.integer({ min: 0, max: 5_000 }).map(String),
  fc.integer({ min: 1_000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('twelve', 'twenty-five', 'a dozen', 'three hundred', '1.5 million', '45'),
)
// e.g. "Police rescued more than 45 victims in 2019, police said." — a sentence shaped like the ones figures come from
const sentence = fc
  .tuple(
    fc.constantFrom('Police', 'Officials', 'The agency', 'Authorities in Manila', '“We', 'They', 'Of the 109 cases,', 'In 2023, police'),
    fc.constantFrom('rescued', 'arrested', 'identified', 'charged', 'recorded', 'have rescued', 'had arrested', 'said they freed', 'foiled'),
    fc.constantFrom('', 'more than ', 'about ', 'some ', 'a total of ', 'at least ', 'between 30 and '),
    count,
    fc.constantFrom('victims', 'suspects', 'cases', 'women and girls', 'Vietnamese nationals', 'people', 'children', 'of them', 'trafficking cases'),
    fc.constantFrom('', ' in 2019', ' last year', ' between January and October of 2018', ' this year', ' in the first half of 2024', ', down from 129', ', up from 1,200 in 2022', ', including 13 juveniles'),
    fc.constantFrom('', ', police said', ',” she said', ' according to the report', ' — most of them women —'),
    fc.constantFrom('.', '. ', '!', '', ';', '.\n', '.\n\n'),
  )
  .map(([a, b, c, d, e, f, g, h]) => `${a} ${b} ${c}${d} ${e}${f}${g}${h}`)
const piece = fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 5, arbitrary: fc.tuple(fragment, fc.constantFrom(...SPACES)).map(([a, b]) => a + b) })
const article = fc.array(piece, { minLength: 1, maxLength: 120, size: 'max' }).map((parts) => parts.join(' '))
const anyText = fc.oneof({ weight: 4, arbitrary: article }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) })

// why: enough to find the rare input in CI; a local stress run used 3,000
const RUNS = 200

/** Every span a report carries: figures, countries, quotes, checks and the reference year's evidence. */
function spansOf(a: ArticleReport): Evidence[] {
  return [
    ...[...a.cases, ...a.suspects, ...a.victims].flatMap((f) => [f.mention, f.evidence]),
    ...a.countries.flatMap((c) => [c.mention, c.evidence]),
    ...a.quotes.flatMap((q) => [...q.spans, q.evidence]),
    ...a.checks.flatMap((c) => c.evidence),
    ...(a.referenceYearEvidence ? [a.referenceYearEvidence] : []),
  ]
}

function records(a: ArticleReport): Omit<ArticleReport, 'source'> {
  const { source: _source, ...rest } = a
  return rest
}

describe('the extractor on any text', () => {
  it('does not throw, and its output validates against the report schema', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = extractArticle(s)
        ArticleReportSchema.parse(a)
        ReportSchema.parse({ schemaVersion: 1, articles: [a], errors: [] })
      }),
      { numRuns: RUNS },
    )
  })

  it('puts every evidence and mention span inside the decoded text, where its slice is its text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const text = decodeInput(s).text
        for (const span of spansOf(extractArticle(s))) {
          expect(span.start).toBeLessThanOrEqual(span.end)
          expect(span.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(span.start, span.end)).toBe(span.text)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(JSON.stringify(extractArticle(s))).toBe(JSON.stringify(extractArticle(s)))
      }),
      { numRuns: RUNS },
    )
  })

  it('gives the same records whatever the line endings', () => {
    fc.assert(
      fc.property(article, (s) => {
        const lf = s.replace(/\r\n?/g, '\n')
        expect(records(extractArticle(lf.replace(/\n/g, '\r\n')))).toEqual(records(extractArticle(lf)))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('the extractor on any bytes', () => {
  it('throws nothing but InputError, and reads UTF-8 and UTF-16 bytes of a text as the text itself', () => {
    fc.assert(
      fc.property(article, (s) => {
        for (const bytes of [Buffer.from(s), utf16(s, true), utf16(s, false)]) {
          let a: ArticleReport
          try {
            a = extractArticle(bytes)
          } catch (e) {
            expect(e).toBeInstanceOf(InputError)
            continue
          }
          ArticleReportSchema.parse(a)
          expect(records(a)).toEqual(records(extractArticle(s)))
        }
      }),
      { numRuns: RUNS / 2 },
    )
  })

  it('throws nothing but InputError for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          ArticleReportSchema.parse(extractArticle(bytes))
        } catch (e) {
          expect(e).toBeInstanceOf(InputError)
        }
      }),
      { numRuns: RUNS },
    )
  })
})
