// What the extract command, the pool and its workers say to each other; no imports, so that the main thread of a
// pooled run loads none of the pipeline.
import type { InputErrorRecord } from '../schema.js'

/** The output formats of the extract command. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const
export type Format = (typeof FORMATS)[number]

/** What a task needs besides its input: the extract options and how to print an article. */
export interface TaskOptions {
  format: Format
  maxSize: number
  year: number | null
  /** the table view's colour and width */
  color: boolean
  width: number
}

/** A task as the pool posts it to a worker: input number `index`, the file to read. */
export interface TaskMessage {
  index: number
  path: string
}

/** One input done: the article printed in the chosen format, or its error (`internal`: a bug, not a bad file). */
export type TaskResult =
  | { index: number; text: string; error?: undefined }
  | { index: number; error: InputErrorRecord; internal: boolean; text?: undefined }
