import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src/schema.js'

const BIN = join(__dirname, '..', '..', 'bin', 'traffick-extract.js')
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'articles', '000_aacf34397518f9b8.txt')

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the built CLI', () => {
  it('is built', () => {
    expect(existsSync(join(__dirname, '..', '..', 'dist', 'cli', 'main.js'))).toBe(true)
  })

  it('prints JSON that validates against the schema, with the figures of a seed article', () => {
    const r = run(['--json', FIXTURE])
    expect(r.status).toBe(0)
    const report = ReportSchema.parse(JSON.parse(r.stdout))
    expect(report.articles).toHaveLength(1)
    const a = report.articles[0]!
    expect(a.source.path).toBe(FIXTURE)
    expect(a.cases.map((f) => f.value)).toContain(109)
    const text = readFileSync(FIXTURE, 'utf8')
    for (const f of [...a.cases, ...a.suspects, ...a.victims]) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text)
  })

  it('reads standard input with -', () => {
    const r = run(['--json', '-'], 'Police rescued 45 victims of trafficking in 2019.')
    expect(r.status).toBe(0)
    const a = ReportSchema.parse(JSON.parse(r.stdout)).articles[0]!
    expect(a.victims.map((f) => [f.value, f.year])).toEqual([[45, 2019]])
  })

  it('exits 1 and reports a missing file, still printing the others', () => {
    const r = run(['--json', FIXTURE, '/no/such/file.txt'])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('/no/such/file.txt')
    const report = ReportSchema.parse(JSON.parse(r.stdout))
    expect(report.articles).toHaveLength(1)
    expect(report.errors).toEqual([{ path: '/no/such/file.txt', message: 'no such file or directory' }])
  })

  it('exits 2 on a usage error', () => {
    expect(run(['--format', 'xml', FIXTURE]).status).toBe(2)
    expect(run(['--year', 'last', FIXTURE]).status).toBe(2)
  })

  it('prints help with an example and the version', () => {
    const help = run(['extract', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Examples:')
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('writes JSONL, one article per line, and CSV with a header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'te-'))
    const out = join(dir, 'out.jsonl')
    expect(run(['--format', 'jsonl', '-o', out, FIXTURE, FIXTURE]).status).toBe(0)
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    expect(lines).toHaveLength(2)
    const csv = run(['--format', 'csv', FIXTURE]).stdout.split('\n')
    expect(csv[0]).toBe('file,kind,value,approximate,action,year,period,qualifiers,part_of,rule,mention,mention_start,mention_end,evidence_start,evidence_end,evidence')
    expect(csv.some((l) => l.includes(',cases,109,'))).toBe(true)
  })

  it('prints tables without colour when not on a terminal', () => {
    const r = run([FIXTURE])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('109')
    expect(r.stdout).not.toMatch(/\u001b\[/)
  })
})
