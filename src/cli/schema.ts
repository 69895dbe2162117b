import { EXIT } from '../errors.js'
import { reportJsonSchema } from '../schema.js'
import { openSink } from './io.js'

/** Prints the JSON Schema of the --json output (generated from the zod schema). */
export async function runSchema(opts: { output?: string }): Promise<number> {
  const sink = openSink(opts.output)
  sink.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`)
  await sink.close()
  return EXIT.ok
}
