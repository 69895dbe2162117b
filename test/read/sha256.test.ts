import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256 } from '../../src/read/sha256.js'

const native = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex')

describe('sha256', () => {
  // the test vectors of FIPS 180-4's examples and NIST's one-million-a message
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes %# as the standard says', (text, hex) => {
    expect(sha256(text)).toBe(hex)
    expect(sha256(new TextEncoder().encode(text))).toBe(hex)
  })

  // why: the padding takes one block or two depending on the length modulo 64; these are the lengths around each edge
  it.each([1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 6000])('agrees with node:crypto on %i bytes', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 0xff)
    expect(sha256(bytes)).toBe(native(bytes))
  })

  it('hashes a string as its UTF-8 bytes, as node:crypto does (curly quotes, accents, lone surrogates)', () => {
    for (const text of ['“It’s over,” she said.', 'Côte d’Ivoire — São Tomé', 'bad \ud800 half', '😀 emoji'])
      expect(sha256(text)).toBe(native(text))
  })

  it('agrees with node:crypto on random bytes and text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => sha256(bytes) === native(bytes)), { numRuns: 500 })
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256(text) === native(text)), { numRuns: 300 })
  })

  it('hashes a view into a larger buffer by its own bytes only', () => {
    const buffer = new Uint8Array(200).map((_, i) => i)
    const view = buffer.subarray(30, 130)
    expect(sha256(view)).toBe(native(Uint8Array.from(view)))
  })
})
