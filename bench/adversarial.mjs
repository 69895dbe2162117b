#!/usr/bin/env node
// Times the extractor on hostile inputs (megabyte strings of digits, commas, quote marks, spaces, repeated words,
// lines without punctuation, hostile markup) and prints a table. Runs on the built dist/ (npm run build first).
//   node bench/adversarial.mjs            # 1 MB inputs
//   node bench/adversarial.mjs --size 200000 --only quotes --slow-size 1000000
// The main benchmark imports runAdversarial(); test/adversarial.test.ts uses adversarialInputs() (no timings there).
import { fileURLToPath } from 'node:url'

/** A seeded generator, so every run times the same bytes. */
function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function repeat(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

function mix(alphabet, size, seed) {
  const next = random(seed)
  const chars = new Array(size)
  for (let i = 0; i < size; i++) chars[i] = alphabet[Math.floor(next() * alphabet.length)]
  return chars.join('')
}

function lines(size, line) {
  const out = []
  let n = 0
  for (let i = 0; n < size; i++) {
    const l = line(i)
    out.push(l)
    n += l.length
  }
  return out.join('')
}

/**
 * Returns the hostile inputs, each about `size` characters. `slow` marks the inputs that stay slow because of
 * work outside the reader (see the note printed with the table); the tests feed those at a smaller size.
 */
export function adversarialInputs(size = 1_000_000) {
  return [
    { name: 'digits', text: repeat('1234567890', size) },
    { name: 'digits, commas, quotes, spaces (random)', text: mix('0123456789,,"" ', size, 1) },
    { name: '"1,1,1,1…"', text: repeat('1,', size) },
    { name: '"1, 1, 1, …"', text: repeat('1, ', size) },
    { name: '"1,000,000,…" without end', text: repeat('1,000,', size) },
    { name: '"1 1 1 …"', text: repeat('1 ', size) },
    { name: 'straight quotes', text: repeat('"', size) },
    { name: 'curly quotes', text: repeat('\u201C\u201D\u2018\u2019', size) },
    { name: 'quotes around numbers', text: repeat('"1" \u201C22\u201D ', size) },
    { name: '"said said said"', text: repeat('said ', size) },
    { name: 'a line without punctuation', text: repeat('police rescued victims and arrested suspects in the city ', size) },
    { name: 'article words, no full stop (refine: O(figures²))', text: repeat('12 "1,000 said, 45 victims rescued in 2019 ', size), slow: true },
    { name: 'number words', text: repeat('twenty five hundred thousand ', size) },
    { name: 'approximators', text: repeat('more than about some at least ', size) },
    { name: '"1. 1. 1."', text: repeat('1. ', size) },
    { name: 'spaces then a digit', text: `${' '.repeat(size - 1)}1` },
    { name: 'blank lines', text: repeat('\n', size) },
    { name: 'one number per line', text: lines(size, (i) => `${i}\n`) },
    { name: 'random unicode', text: mix('aé中😀\u200B\u00A0"“,.1 \n\u0301', size, 2) },
    { name: 'hostile HTML', text: `<!DOCTYPE html>${repeat('<a title="x><p', size / 2)}${repeat('<div a=\'>', size / 2)}` },
    { name: 'a figure per line (refine: O(figures²))', text: lines(size, (i) => `Police rescued ${i + 2} victims in the city.\n`), slow: true },
    { name: 'a quote per line', text: lines(size, (i) => `"We found them in the back room number ${i}"\n`) },
  ]
}

/**
 * Times each hostile input through the extractor; returns the rows and prints a table unless `quiet`. Inputs
 * marked slow run at `slowSize` (100 KB), since at a megabyte they take minutes.
 */
export async function runAdversarial({ size = 1_000_000, slowSize = 100_000, only, quiet = false } = {}) {
  const { extractArticle, ArticleReportSchema } = await import('../dist/index.js')
  const rows = []
  const inputs = [...adversarialInputs(size).filter((x) => !x.slow), ...adversarialInputs(Math.min(size, slowSize)).filter((x) => x.slow)]
  for (const { name, text, slow } of inputs) {
    if (only && !name.includes(only)) continue
    const t = performance.now()
    const report = extractArticle(text)
    const ms = performance.now() - t
    ArticleReportSchema.parse(report)
    const figures = report.cases.length + report.suspects.length + report.victims.length
    rows.push({ input: name, chars: text.length, ms: Math.round(ms), msPerMB: Math.round((ms * 1e6) / text.length), figures, slow: slow === true })
  }
  if (!quiet) {
    const w = Math.max(...rows.map((r) => r.input.length))
    console.log(`${'input'.padEnd(w)}  ${'chars'.padStart(9)}  ${'ms'.padStart(7)}  ${'ms/MB'.padStart(7)}  figures`)
    for (const r of rows) console.log(`${r.input.padEnd(w)}  ${String(r.chars).padStart(9)}  ${String(r.ms).padStart(7)}  ${String(r.msPerMB).padStart(7)}  ${r.figures}`)
    if (rows.some((r) => r.slow)) console.log('\nO(n²) rows: refine/years.ts and refine/links.ts scan every figure once per figure.')
  }
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name)
    return i === -1 ? undefined : process.argv[i + 1]
  }
  await runAdversarial({ size: Number(arg('--size') ?? 1_000_000), slowSize: Number(arg('--slow-size') ?? 100_000), only: arg('--only') })
}
