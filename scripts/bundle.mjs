#!/usr/bin/env node
// Build step (npm run build): bundles the compiled CLI (dist/cli/main.js) and its worker thread (dist/workers/worker.js)
// into dist/bundle/, which bin/traffick-extract.js runs. Loading ~60 ES modules one by one (resolve, read, link)
// cost ~100 ms of every run's start-up and of every worker's; one file per entry, plus shared chunks, costs a fraction.
// Modules the CLI loads on demand (the table format with chalk, the worker pool) stay separate chunks, loaded when
// used. The library (dist/index.js) is not bundled.
import { copyFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'bundle')
await build({
  entryPoints: { main: join(root, 'dist/cli/main.js'), worker: join(root, 'dist/workers/worker.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // read at run time through createRequire, only when the build's data files below are missing
  external: ['compromise', 'world-countries'],
  // why: bundled CommonJS packages (commander, cli-table3) call require() for Node's own modules
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
})
// the data files the bundled modules read next to themselves
copyFileSync(join(root, 'dist/patterns/gazetteer.json'), join(out, 'gazetteer.json'))
copyFileSync(join(root, 'dist/nlp/firstNames.json'), join(out, 'firstNames.json'))
