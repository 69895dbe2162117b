#!/usr/bin/env node
// Build step (npm run build, after tsc): writes dist/patterns/gazetteer.json, the country tables of
// src/patterns/countries.ts compiled from the world-countries data set by the module's own compileGazetteer (names,
// demonyms, cities, and the forms filed by their first run of word characters). Reading them costs a fraction of the
// ~15 ms that compiling them takes at the start of every run and every worker thread, and of parsing the package's
// 1.4 MB of JSON. Without this file (tests run from src/) the module compiles the tables itself; a test checks the file
// against that.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'patterns', 'gazetteer.json')
// why: the module reads the file of an earlier build when it loads; this build compiles from the package
rmSync(out, { force: true })
const { compileGazetteer } = await import(join(root, 'dist', 'patterns', 'countries.js'))
const tables = compileGazetteer(createRequire(import.meta.url)('world-countries'))
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(tables))
