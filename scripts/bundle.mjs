#!/usr/bin/env node
// Build step (npm run build): bundles the compiled CLI (dist/cli/entry.js: the CLI and its worker thread's loop) into
// one CommonJS file, dist/bundle/cli.cjs, which bin/traffick-extract.js and dist/bundle/worker.js load through
// dist/cli/loadBundle.cjs. Loading ~60 ES modules one by one (resolve, read, link) cost ~100 ms of every run's start-up
// and of every worker's. Modules the CLI loads on demand (the table format with chalk, the worker pool, eval, diff)
// are in the file but run only when used; zod, which only eval, diff and schema use, is in a file of its own beside
// it (dist/bundle/zod.cjs). scripts/codeCache.mjs then makes the bundle's code cache.
// The library (dist/index.js) is not bundled.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'bundle')

// why: the bundle runs as a plain script (loadBundle), where import() has nothing to resolve with; a dynamic import of
// one of Node's own modules (the pool's node:worker_threads) becomes a require() made when the import runs.
// Modules in LAZY are loaded on first use: commander requires node:child_process (~8 ms to load, with node:net) for
// subcommands that are separate executables, which this CLI does not have.
// node:module is not loaded at all (it loads Node's ES module loader, ~3 ms): every module of the bundle has the
// bundle's URL for import.meta.url, so createRequire(import.meta.url) is the bundle's own require, which loadBundle
// gives it.
const LAZY = new Set(['node:child_process'])
const SHIMS = { 'node:module': 'exports.createRequire = () => require' }
const builtinsAsRequire = {
  name: 'builtins-as-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.namespace !== 'builtin' && (args.kind === 'dynamic-import' || LAZY.has(args.path) || args.path in SHIMS)
        ? { path: args.path, namespace: 'builtin' }
        : { path: args.path, external: true })
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: SHIMS[args.path] ?? (LAZY.has(args.path)
        ? `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(args.path)}))[k] })`
        : `module.exports = require(${JSON.stringify(args.path)})`),
      loader: 'js',
    }))
  },
}
// why: zod is ~60% of the bundle's text (~820 KB) and only the eval, diff and schema commands use it; it is bundled
// on its own into zod.cjs, beside the bundle, which the bundle requires when one of those commands first needs it.
// Every run used to read it (~2.5 ms of start-up, in each worker thread too).
const zodApart = {
  name: 'zod-apart',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, () => ({ path: './zod.cjs', external: true }))
  },
}

/**
 * Returns the code with every non-ASCII character written as a \u escape, which means the same character in a string,
 * a template, a regex or an identifier ("\’", an escaped character, becomes the escape alone).
 */
function asciiOnly(code) {
  let out = ''
  let last = 0
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i)
    if (c < 128) continue
    let slashes = 0
    while (code.charCodeAt(i - 1 - slashes) === 92) slashes++
    out += code.slice(last, slashes % 2 ? i - 1 : i) + '\\u' + c.toString(16).padStart(4, '0')
    last = i + 1
  }
  return out + code.slice(last)
}

// a clean directory, so files of an earlier build do not linger
rmSync(out, { recursive: true, force: true })
// what both bundles (the CLI's and zod's) are built with
const COMMON = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // why: not 'node20', under which esbuild rewrites regex literals with \p{…} outside a class (/^\p{Lu}/u) as new
  // RegExp() calls, made each time the expression runs; node 20 runs ES2023 as written
  target: 'es2023',
  logLevel: 'warning',
  write: false,
}
const result = await build({
  ...COMMON,
  entryPoints: [join(root, 'dist/cli/entry.js')],
  outfile: join(out, 'cli.cjs'),
  // read at run time through require, only when the build's data files below are missing
  external: ['compromise', 'world-countries'],
  // why: the modules find their data files and the worker's file next to themselves, through import.meta.url, which
  // CommonJS does not have; in the bundle it is the bundle's own URL (loadBundle passes __filename)
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [builtinsAsRequire, zodApart],
})
// zod on its own (zodApart above), as the eval, diff and schema commands load it
const zod = await build({ ...COMMON, stdin: { contents: 'export * from "zod"', resolveDir: root, loader: 'js' }, outfile: join(out, 'zod.cjs') })
// why: esbuild leaves non-ASCII characters in regex literals; an ASCII file is read into a one-byte string, which
// takes a third of the time of decoding UTF-8 into a two-byte one (~10 ms of start-up for this bundle)
mkdirSync(out, { recursive: true })
for (const file of [...result.outputFiles, ...zod.outputFiles]) writeFileSync(file.path, asciiOnly(file.text))
// the data files the bundled modules read next to themselves
copyFileSync(join(root, 'dist/patterns/gazetteer.json'), join(out, 'gazetteer.json'))
copyFileSync(join(root, 'dist/nlp/firstNames.json'), join(out, 'firstNames.json'))
// the worker pool starts its threads from ./worker.js beside the module that holds it: here, beside the bundle;
// the directory is CommonJS, so that each worker thread starts without Node's ES module loader (~4 ms each)
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ '//': 'written by scripts/bundle.mjs', type: 'commonjs' }, null, 2)}\n`)
writeFileSync(
  join(out, 'worker.js'),
  `// A worker thread of the bundled CLI (written by scripts/bundle.mjs): loads the bundle once, then serves the pool.
'use strict'
require('../cli/loadBundle.cjs').loadBundle().startWorker()
`,
)
