import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Returns a data file the build writes beside the calling module (`moduleUrl`: its import.meta.url), or, where that
 * file is missing (tests run from src/), what `fallback` reads from the package it was made from.
 */
export function builtData<T>(moduleUrl: string, file: string, fallback: (require: NodeJS.Require) => T): T {
  // why: a synchronous read (the pipeline is synchronous), and not require(), whose module lookup costs ~1.5 ms more
  // of every thread's start-up for the gazetteer
  let text: string
  try {
    text = readFileSync(new URL(file, moduleUrl), 'utf8')
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ENOENT') throw e
    return fallback(createRequire(moduleUrl))
  }
  return JSON.parse(text) as T
}
