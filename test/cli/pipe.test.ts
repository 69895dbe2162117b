import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'traffick-extract.js')
const ALL = [join(ROOT, 'fixtures', 'articles'), join(ROOT, 'fixtures', 'dev', 'articles'), join(ROOT, 'fixtures', 'own', 'articles')]

/** Runs the CLI, reads its first output, then closes the pipe as `| head -1` does; returns how it ended. */
function readFirstThenClose(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let first = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString()
      child.stdout.destroy()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stderr, first }))
  })
}

describe('a reader that stops early (| head)', () => {
  it.each([
    ['jsonl, one thread', ['--format', 'jsonl', '--jobs', '1', ...ALL]],
    ['jsonl, worker threads', ['--format', 'jsonl', '--jobs', '2', ...ALL]],
    ['the table', ALL],
    ['--help', ['extract', '--help']],
  ])('ends the run quietly with exit code 0: %s', async (_, args) => {
    const r = await readFirstThenClose(args)
    expect(r.first.length).toBeGreaterThan(0)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })
})
