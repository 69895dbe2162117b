#!/usr/bin/env node
// Build step (npm run build, after scripts/bundle.mjs): makes dist/bundle/cli.cache, V8's code cache of the CLI's
// bundle. It runs the bundled CLI, under the CLI's own V8 flags, on the bundled fixtures (JSONL over all of them, then
// one article as a table and as JSON, the commonest single runs), then saves the bytecode of every function compiled
// by then. A run that loads the bundle with this cache skips most of its compiling (~50-70 ms of a one-article run).
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { devNull } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { loadBundle, setV8Flags, writeCodeCache } = createRequire(import.meta.url)(join(root, 'dist/cli/loadBundle.cjs'))
setV8Flags()
const cli = loadBundle()
const dirs = ['articles', 'dev/articles', 'own/articles'].map((d) => join(root, 'fixtures', d))
const first = join(dirs[0], readdirSync(dirs[0]).filter((f) => f.endsWith('.txt')).sort()[0])
// why: one thread, so the functions a worker runs are compiled here; output to nowhere, the run is for its side effect
await cli.runCli(['--jobs', '1', '--format', 'jsonl', '--quiet', '-o', devNull, ...dirs])
await cli.runCli(['--format', 'json', '-o', devNull, first])
await cli.runCli(['-o', devNull, first])
if (process.exitCode) throw new Error(`the training run of the bundle failed (exit code ${process.exitCode})`)
const bytes = writeCodeCache()
console.log(`code cache: ${(bytes / 1024).toFixed(0)} KB`)
