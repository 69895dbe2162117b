import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../errors.js'

/** Default largest file read, in bytes (20 MB); `--max-size` changes it. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024

/** One input as the user named it: a file path, or "-" for standard input. */
export interface InputRef {
  path: string
}

const ARTICLE_FILE = /\.(?:txt|text|html?)$/i

/**
 * Returns the inputs named on the command line, in order: files as given, directories expanded to the
 * article files inside (sorted), "-" as standard input. A missing path or an empty directory is an InputError
 * in the list, so that the other inputs still run.
 */
export async function resolveInputs(args: string[]): Promise<(InputRef | InputError)[]> {
  const out: (InputRef | InputError)[] = []
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-' })
      continue
    }
    let info
    try {
      info = await stat(arg)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      out.push(new InputError(arg, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`))
      continue
    }
    if (info.isDirectory()) {
      let names: string[]
      try {
        names = (await readdir(arg)).filter((n) => ARTICLE_FILE.test(n)).sort()
      } catch (e) {
        out.push(new InputError(arg, `cannot list directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`))
        continue
      }
      if (!names.length) out.push(new InputError(arg, 'directory holds no .txt or .html files'))
      for (const n of names) out.push({ path: join(arg, n) })
    } else out.push({ path: arg })
  }
  return out
}

async function readStdin(maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += b.length
    if (size > maxSize) throw new InputError('-', `standard input is larger than the ${maxSize} byte limit (--max-size)`)
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}

/** Returns the bytes of one input; throws InputError for a missing, unreadable, empty or oversized file. */
export async function readInput(ref: InputRef, maxSize = DEFAULT_MAX_SIZE): Promise<Uint8Array> {
  let bytes: Uint8Array
  if (ref.path === '-') bytes = await readStdin(maxSize)
  else {
    let size: number
    try {
      const info = await stat(ref.path)
      if (info.isDirectory()) throw new InputError(ref.path, 'is a directory')
      size = info.size
    } catch (e) {
      if (e instanceof InputError) throw e
      const code = (e as NodeJS.ErrnoException).code
      throw new InputError(ref.path, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`)
    }
    if (size > maxSize) throw new InputError(ref.path, `file is ${size} bytes, over the ${maxSize} byte limit (--max-size)`)
    try {
      bytes = await readFile(ref.path)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new InputError(ref.path, code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`)
    }
  }
  if (bytes.length === 0) throw new InputError(ref.path, 'file is empty')
  return bytes
}
