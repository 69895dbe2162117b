import * as fs from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { InputError } from '../errors.js'

// why: the callback API made promises, not node:fs/promises, whose module loads eight more of Node's own (~2 ms)
const stat = promisify(fs.stat)
const readdir = promisify(fs.readdir)
const open = promisify(fs.open)
const read = promisify(fs.read)
const close = promisify(fs.close)

/** Default largest file read, in bytes (20 MB); `--max-size` changes it. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024

/** One input as the user named it: a file path, or "-" for standard input. */
export interface InputRef {
  path: string
}

const ARTICLE_FILE = /\.(?:txt|text|html?|xhtml)$/i

/** Returns a byte count as people read it: "812 bytes", "1.5 KB", "25.3 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB']
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`
}

function tooLarge(path: string, size: number | null, maxSize: number): InputError {
  const what = size === null ? `larger than the ${formatSize(maxSize)} limit` : `${formatSize(size)}, over the ${formatSize(maxSize)} limit`
  return new InputError(path, `${path === '-' ? 'standard input is' : 'file is'} ${what} (raise it with --max-size)`)
}

/** Returns the message for a failed file system call: the errors users meet, in words. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory, not a file'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links (a link loop)'
    case 'ENAMETOOLONG':
      return 'file name too long'
    default:
      return `cannot read (${code ?? (e instanceof Error ? e.message : String(e))})`
  }
}

/**
 * Returns the inputs named on the command line, in order: files as given, directories expanded to the
 * article files inside (.txt/.text/.html/.htm, not hidden, sorted), "-" as standard input. A missing path or a
 * directory without article files is an InputError in the list, so that the other inputs still run.
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
      out.push(new InputError(arg, reason(e)))
      continue
    }
    if (info.isDirectory()) {
      let names: string[]
      try {
        // why: hidden files ("._article.txt" from macOS, ".~lock") are never articles
        names = (await readdir(arg)).filter((n) => ARTICLE_FILE.test(n) && !n.startsWith('.')).sort()
      } catch (e) {
        out.push(new InputError(arg, `cannot list directory (${reason(e)})`))
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
    if (size > maxSize) throw tooLarge('-', null, maxSize)
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}

/** Returns at most maxSize bytes of a regular file, or throws: a file that grew past the limit is refused, not cut. */
async function readBounded(path: string, size: number, maxSize: number): Promise<Uint8Array> {
  const fd = await open(path, 'r')
  try {
    let buf = Buffer.allocUnsafe(Math.min(size, maxSize) + 1)
    let length = 0
    for (;;) {
      if (length === buf.length) {
        if (length > maxSize) throw tooLarge(path, null, maxSize)
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxSize + 1))
        buf.copy(bigger, 0, 0, length)
        buf = bigger
      }
      const { bytesRead } = await read(fd, buf, length, buf.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxSize) throw tooLarge(path, null, maxSize)
    return buf.subarray(0, length)
  } finally {
    await close(fd)
  }
}

/**
 * Returns the bytes of one input; throws InputError for a missing, unreadable, empty or oversized file, a
 * directory, or something that is not a regular file (a FIFO would block; pipe it to "-" instead). An oversized
 * file is refused from its size, before any of it is read.
 */
export async function readInput(ref: InputRef, maxSize = DEFAULT_MAX_SIZE): Promise<Uint8Array> {
  let bytes: Uint8Array
  if (ref.path === '-') bytes = await readStdin(maxSize)
  else {
    let info
    try {
      info = await stat(ref.path)
    } catch (e) {
      throw new InputError(ref.path, reason(e))
    }
    if (info.isDirectory()) throw new InputError(ref.path, 'is a directory, not a file')
    if (!info.isFile()) throw new InputError(ref.path, 'not a regular file (a FIFO, socket or device); pipe it to standard input with - instead')
    if (info.size > maxSize) throw tooLarge(ref.path, info.size, maxSize)
    try {
      bytes = await readBounded(ref.path, info.size, maxSize)
    } catch (e) {
      if (e instanceof InputError) throw e
      throw new InputError(ref.path, reason(e))
    }
  }
  if (bytes.length === 0) throw new InputError(ref.path, ref.path === '-' ? 'standard input is empty' : 'file is empty')
  return bytes
}
