import type { TableOptions } from './table.js'

/** The styles the table views colour with; each returns its text wrapped in the style (or unchanged). */
export interface Paint {
  bold: (s: string) => string
  dim: (s: string) => string
  green: (s: string) => string
  red: (s: string) => string
  yellow: (s: string) => string
  underline: (s: string) => string
}

const same = (s: string): string => s

/** Plain text: every style returns its text unchanged. */
export const PLAIN: Paint = { bold: same, dim: same, green: same, red: same, yellow: same, underline: same }

/** Returns the table options for a sink: with colour, chalk's styles (chalk is loaded only then); without, plain text. */
export async function tableOptions(color: boolean, width?: number): Promise<TableOptions> {
  if (!color) return { color, width, paint: PLAIN }
  // why: chalk takes ~17 ms to load, a tenth of a one-article run; output to a file or a pipe never needs it
  const { Chalk } = await import('chalk')
  const c = new Chalk({ level: 1 })
  return { color, width, paint: { bold: (s) => c.bold(s), dim: (s) => c.dim(s), green: (s) => c.green(s), red: (s) => c.red(s), yellow: (s) => c.yellow(s), underline: (s) => c.underline(s) } }
}
