import { createRequire } from 'node:module'

/**
 * Returns a data file the build writes beside the calling module (`moduleUrl`: its import.meta.url), or, where that
 * file is missing (tests run from src/), what `fallback` reads from the package it was made from.
 */
export function builtData<T>(moduleUrl: string, file: string, fallback: (require: NodeJS.Require) => T): T {
  // why: createRequire gives a synchronous load; the pipeline is synchronous
  const require = createRequire(moduleUrl)
  try {
    return require(file) as T
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw e
    return fallback(require)
  }
}
