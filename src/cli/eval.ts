import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { EXIT, UsageError } from '../errors.js'
import { extractFiles } from '../index.js'
import { formatScore, parseGold, score, type Gold } from '../eval/score.js'
import { openSink } from './io.js'

export interface EvalCommandOptions {
  gold: string
  articles?: string
  verbose?: boolean
  json?: boolean
  output?: string
}

async function loadGold(dir: string): Promise<Gold[]> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    throw new UsageError(`--gold ${dir}: not a readable directory`)
  }
  if (!names.length) throw new UsageError(`--gold ${dir}: no .json gold files`)
  const out: Gold[] = []
  for (const n of names) {
    try {
      out.push(parseGold(JSON.parse(await readFile(join(dir, n), 'utf8'))))
    } catch (e) {
      throw new UsageError(`--gold ${join(dir, n)}: not a gold file (${(e as Error).message.split('\n')[0]})`)
    }
  }
  return out
}

/** Runs the extractor on the articles the gold files name and prints precision, recall and F1 as GOLD.md defines them. */
export async function runEval(opts: EvalCommandOptions): Promise<number> {
  const golds = await loadGold(opts.gold)
  const articles = opts.articles ?? join(dirname(opts.gold.replace(/\/+$/, '')), 'articles')
  const report = await extractFiles(golds.map((g) => join(articles, g.article)))
  const result = score(golds, report.articles)
  const sink = openSink(opts.output)
  sink.write(opts.json ? `${JSON.stringify(result.summary)}\n` : formatScore(result, opts.verbose === true))
  await sink.close()
  for (const e of report.errors) process.stderr.write(`traffick-extract: ${e.path}: ${e.message}\n`)
  return report.errors.length ? EXIT.input : EXIT.ok
}
