// The constants of the JSON contract that the extract path needs at run time, kept apart from schema.ts so that
// extracting and printing never load zod (about 100 ms of start-up); schema.ts re-exports them.

/** The JSON contract version; bump only on a breaking change of the fields in schema.ts. */
export const SCHEMA_VERSION = 1 as const

/** The figure categories of an article report, in output order. */
export const FIGURE_KINDS = ['cases', 'suspects', 'victims'] as const
export type FigureKind = (typeof FIGURE_KINDS)[number]
