import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { EXIT, exitCodeFor, ToolError } from '../errors.js'
import { FORMATS, runExtract } from './extract.js'

// why: read, not required: require() of a JSON file costs ~0.6 ms more of every start-up (its module lookup)
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

/** Returns the commander program with every command; actions store their exit code in `result`. */
export function buildProgram(result: { code: number }): Command {
  const program = new Command()
  program
    .name('traffick-extract')
    .description('Extract counts of trafficking cases, suspects and victims, country counts and quotes from news articles.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()

  program
    .command('extract', { isDefault: true })
    .description('extract records from article files (the default command)')
    .argument('[inputs...]', 'files, directories (every .txt/.html inside, sorted) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('table'))
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-y, --year <year>', 'the year "this year" means when the text does not say')
    .option('--max-size <size>', 'refuse files larger than this (e.g. 20MB, 500KB)', '20MB')
    .option('-j, --jobs <n>', 'worker threads to spread the files over (default: the number of cores)')
    .option('-q, --quiet', 'no progress bar (one is shown on a terminal for more than 20 files when the output goes elsewhere)')
    .addHelpText(
      'after',
      `
Examples:
  $ traffick-extract fixtures/articles
  $ traffick-extract --json article.txt | jq '.articles[0].victims'
  $ cat article.txt | traffick-extract --format csv --year 2018 -`,
    )
    .action(async (inputs: string[], opts) => {
      result.code = await runExtract(inputs, opts)
    })

  program
    .command('eval')
    .description('score the extractor against gold annotations (precision, recall, F1 as in GOLD.md)')
    .requiredOption('--gold <dir>', 'directory of gold .json files')
    .option('--articles <dir>', 'directory of the articles the gold files name (default: <gold>/../articles)')
    .option('--verbose', 'list every miss and extra')
    .option('--json', 'print the summary as JSON')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText('after', '\nExample:\n  $ traffick-extract eval --gold fixtures/gold --verbose')
    .action(async (opts) => {
      // why: commands other than extract are loaded only when run, to keep extraction's start-up short
      const { runEval } = await import('./eval.js')
      result.code = await runEval(opts)
    })

  const diffOptions = (cmd: Command): Command =>
    cmd
      .option('--json', 'print JSON')
      .option('--csv', 'print CSV')
      .option('-y, --year <year>', 'the year "this year" means when an article does not say')
      .option('-o, --output <file>', 'write to a file instead of standard output')

  diffOptions(
    program
      .command('diff')
      .description('compare figures between two years across articles, or two saved --json reports')
      .argument('<inputs...>', 'article files or directories, or OLD.json NEW.json')
      .option('--from <year>', 'the older year (default: the two latest years that share metrics)')
      .option('--to <year>', 'the newer year'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ traffick-extract diff fixtures/articles
  $ traffick-extract diff --from 2016 --to 2017 fixtures/articles
  $ traffick-extract diff old.json new.json`,
    )
    .action(async (inputs: string[], opts) => {
      const { runDiff } = await import('./diff.js')
      result.code = await runDiff(inputs, opts)
    })

  diffOptions(
    program
      .command('series')
      .description('every metric × every year found in the articles (a table, JSON or CSV for charts)')
      .argument('<inputs...>', 'article files or directories'),
  )
    .addHelpText('after', '\nExample:\n  $ traffick-extract series --csv fixtures/articles > series.csv')
    .action(async (inputs: string[], opts) => {
      const { runSeries } = await import('./diff.js')
      result.code = await runSeries(inputs, opts)
    })

  program
    .command('schema')
    .description('print the JSON Schema of the --json output')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText('after', '\nExample:\n  $ traffick-extract schema > report.schema.json')
    .action(async (opts) => {
      const { runSchema } = await import('./schema.js')
      result.code = await runSchema(opts)
    })

  return program
}

/** Runs the CLI with the given arguments and returns the exit code; the only place errors become exit codes. */
export async function main(argv: string[]): Promise<number> {
  const result = { code: EXIT.ok as number }
  const program = buildProgram(result)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return result.code
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    if (e instanceof ToolError) {
      process.stderr.write(`traffick-extract: ${e.message}\n`)
      return e.exitCode
    }
    process.stderr.write(`traffick-extract: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    return exitCodeFor(e)
  }
}

/** Runs the CLI as a process does: sets the process's exit code, and ends a run whose output pipe was closed. */
export async function runCli(argv: string[]): Promise<void> {
  // why: a reader that stops early (`| head`) closes the pipe, and what is left to print has nowhere to go: the run ends
  // at once and quietly, as Unix tools do, rather than with a stack trace or by extracting the remaining files for nothing
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok)
    process.stderr.write(`traffick-extract: cannot write the output: ${e.message}\n`)
    process.exit(EXIT.usage)
  })
  process.exitCode = await main(argv)
}
