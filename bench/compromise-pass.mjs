// The baseline the benchmark compares against: every article of a directory through plain compromise
// (nlp(text), then .numbers(), .quotations() and .people()), as one whole process. Prints {articles, bytes, found}.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'

const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: node bench/compromise-pass.mjs DIR\n')
  process.exit(2)
}
let articles = 0
let bytes = 0
let found = 0
for (const name of readdirSync(dir).sort()) {
  const buf = readFileSync(join(dir, name))
  const doc = nlp(buf.toString('utf8'))
  found += doc.numbers().length + doc.quotations().length + doc.people().length
  articles++
  bytes += buf.length
}
process.stdout.write(`${JSON.stringify({ articles, bytes, found })}\n`)
