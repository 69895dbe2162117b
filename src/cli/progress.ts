import { warn } from './io.js'

/** Above this many files a run shows a progress bar (when it may); a handful finish before a bar would help. */
export const PROGRESS_MIN_FILES = 20

/** What decides whether a run shows a progress bar. */
export interface ProgressWhen {
  quiet: boolean
  files: number
  /** standard error is a terminal */
  stderrTTY: boolean
  /** the output itself goes to that terminal (tables or JSON on standard output), where a bar would tear it */
  outputOnTerminal: boolean
}

/** Returns true when a progress bar belongs on standard error: a terminal, many files, output elsewhere, no --quiet. */
export function wantsProgress(w: ProgressWhen): boolean {
  return !w.quiet && w.stderrTTY && !w.outputOnTerminal && w.files > PROGRESS_MIN_FILES
}

/** Counts files done on a bar, and writes warnings above it so the two do not tear each other. */
export interface Progress {
  tick(): void
  warn(line: string): void
  stop(): void
}

const SILENT: Progress = { tick: () => {}, warn, stop: () => {} }

/** Returns a progress bar over `total` files on standard error, or one that only passes warnings on when `show` is false. */
export async function openProgress(total: number, show: boolean): Promise<Progress> {
  if (!show) return SILENT
  // why: loaded only when a bar is shown
  const { default: cliProgress } = await import('cli-progress')
  const bars = new cliProgress.MultiBar(
    { format: 'extracting {bar} {value}/{total} files | {percentage}% | {eta_formatted} left', stream: process.stderr, clearOnComplete: true, etaBuffer: 100, hideCursor: false },
    cliProgress.Presets.shades_classic,
  )
  const bar = bars.create(total, 0)
  return {
    tick: () => bar.increment(),
    warn: (line) => bars.log(line.endsWith('\n') ? line : `${line}\n`),
    stop: () => {
      // why: the bar writes logged lines only when it redraws; one last redraw writes those logged since, then it clears
      bars.update()
      bars.stop()
    },
  }
}
