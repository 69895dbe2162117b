// Loads the CLI's bundle (dist/bundle/cli.cjs, made by scripts/bundle.mjs) for bin/traffick-extract.js and for the
// bundle's worker threads. CommonJS, so that it loads Node's own modules with require(), which costs a fraction of an
// ES import of the same module (~2-12 ms each at start-up).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Script } from 'node:vm'

/** What the bundle exports (src/cli/entry.ts). */
export interface Bundle {
  runCli(argv: string[]): Promise<void>
  startWorker(): Promise<void>
}

/** Returns the V8 flags the CLI runs with; the code cache is only accepted under the flags it was made with. */
export const V8_FLAGS: readonly string[] = [
  // why: the patterns are large regexes (the country gazetteer alone has ~700 alternatives) run over every sentence;
  // V8 first interprets a regex and compiles it only on a later run, and interpreting those costs ~50 ms on the first
  // article and ~15% of throughput. Compiling them at once is set here, before any regex runs, for every worker too.
  '--no-regexp-tier-up',
  // why: V8's default optimises a function after little use, then often again after its first deoptimisations; for a
  // run over many articles that recompiling costs ~4 s of CPU per thread (measured with --trace-opt-verbose) on
  // background threads that compete with the worker threads. Optimising later, once the types have settled, compiles
  // ~5x less: --jobs 2 runs ~15-20% faster, --jobs 1 within a few percent of before.
  '--interrupt-budget=1000000',
]

/** Sets the CLI's V8 flags for this process (worker threads included); call it before any other code runs. */
export function setV8Flags(): void {
  // why: required here, not at the top: the flags are the process's, set once by bin/, so a worker thread (which also
  // loads this module) does not load node:v8, which loads Node's streams (~2.5 ms)
  const { setFlagsFromString } = require('node:v8') as typeof import('node:v8')
  for (const flag of V8_FLAGS) setFlagsFromString(flag)
}

const BUNDLE_DIR = join(__dirname, '..', 'bundle')

type Loaded = { script: Script; cacheFile: string; cacheRejected: boolean; exports: Bundle }
let loaded: Loaded | null = null

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    // no cache (a build that did not make one): the bundle compiles as any script does
    return undefined
  }
}

/**
 * Returns the bundle's exports, loaded once per thread. The bundle is compiled with the code cache the build made
 * (dist/bundle/cli.cache: V8's bytecode of the functions a run uses), which saves most of the compiling at start-up;
 * V8 checks the cache against the source, its own version and the flags, and compiles from source when it does not fit.
 */
export function loadBundle(dir: string = BUNDLE_DIR): Bundle {
  if (loaded) return loaded.exports
  const file = join(dir, 'cli.cjs')
  const cacheFile = join(dir, 'cli.cache')
  const source = readFileSync(file, 'utf8')
  const cachedData = readCache(cacheFile)
  // the wrapper CommonJS gives a module, on the bundle's first line so that line numbers in stack traces stay right
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData })
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void
  const module = { exports: {} as Bundle }
  // why: not node:module's createRequire, whose module loads Node's ES module loader (~3 ms at every start); what the
  // bundle requires is Node's own modules, its two external packages and files beside itself
  const bundleRequire = ((id: string): unknown => require(id.startsWith('.') ? join(dir, id) : id)) as NodeJS.Require
  run.call(module.exports, module.exports, bundleRequire, module, file, dir)
  loaded = { script, cacheFile, cacheRejected: cachedData === undefined || script.cachedDataRejected === true, exports: module.exports }
  return loaded.exports
}

/** Returns whether the loaded bundle was compiled without a usable code cache (none, or one V8 rejected). */
export function codeCacheRejected(): boolean {
  if (!loaded) throw new Error('codeCacheRejected before loadBundle')
  return loaded.cacheRejected
}

/** Writes the code cache of the loaded bundle, with every function compiled so far; returns its size in bytes. */
export function writeCodeCache(): number {
  if (!loaded) throw new Error('writeCodeCache before loadBundle')
  const data = loaded.script.createCachedData()
  writeFileSync(loaded.cacheFile, data)
  return data.length
}
