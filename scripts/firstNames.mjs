#!/usr/bin/env node
// Build step (npm run build, after tsc): writes dist/nlp/firstNames.json, the first names compromise's lexicon tags as
// female or male, which src/nlp/gender.ts reads instead of loading compromise. Loading compromise costs ~200-300 ms of
// CPU in every process and worker thread that needs one name's sex; this file (~30 KB) loads in about a millisecond.
// The entries are the lexicon's, picked by the same function the module falls back on when this file is missing.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { firstNamesOf } from '../dist/nlp/gender.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lexicon = createRequire(import.meta.url)('compromise').model().one.lexicon
const out = join(root, 'dist', 'nlp', 'firstNames.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(firstNamesOf(lexicon)))
