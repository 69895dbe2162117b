import type { ArticleReport, Figure, FigureKind } from './schema.js'
import type { Draft, FigureCandidate, Span } from './types.js'

function span(s: Span): { start: number; end: number; text: string } {
  return { start: s.start, end: s.end, text: s.text }
}

function figure(c: FigureCandidate): Figure {
  return {
    value: c.value,
    approximate: c.approximate,
    action: c.action,
    year: c.year,
    period: c.period,
    qualifiers: c.qualifiers,
    partOf: c.link?.type === 'part' ? c.link.to.value : null,
    rule: c.rule,
    mention: span(c.mention),
    evidence: span(c.sentence),
  }
}

/** Returns the JSON record of a refined draft, in the contract's shape; figures in text order. */
export function toArticleReport(draft: Draft, source: { path: string; sha256: string; encoding?: string }): ArticleReport {
  const kept = draft.figures.filter((f) => !f.dropped && f.kind !== null).sort((a, b) => a.mention.start - b.mention.start)
  const of = (kind: FigureKind): Figure[] => kept.filter((f) => f.kind === kind).map(figure)
  return {
    source: { path: source.path, sha256: source.sha256, title: draft.article.title?.text ?? null, ...(source.encoding ? { encoding: source.encoding } : {}) },
    referenceYear: draft.referenceYear,
    referenceYearEvidence: draft.referenceYearEvidence ? span(draft.referenceYearEvidence) : null,
    cases: of('cases'),
    suspects: of('suspects'),
    victims: of('victims'),
    countries: draft.countries.map((c) => ({
      country: c.country,
      iso2: c.iso2,
      count: c.count,
      subject: c.subject,
      relation: c.relation,
      rule: c.rule,
      mention: span(c.mention),
      evidence: span(c.sentence),
    })),
    quotes: draft.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerRole: q.speakerRole,
      rule: q.rule,
      spans: q.spans.map(span),
      evidence: span(q.evidence),
    })),
    checks: draft.checks,
  }
}
