// SHA-256 (FIPS 180-4) in plain JavaScript. Why not node:crypto: loading it runs ~15 of Node's own modules, ~7 ms of
// every process's and every worker thread's start-up, while hashing one article here takes well under a millisecond
// once warm (~80 MB/s). test/read/sha256.test.ts checks it against node:crypto.

// the first 32 bits of the fractional parts of the cube roots of the first 64 primes
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])
// the first 32 bits of the fractional parts of the square roots of the first 8 primes
const H0 = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])

const w = new Int32Array(64)
const h = new Int32Array(8)

/** Mixes the 64-byte block at `at` of `bytes` into the state `h`. */
function compress(bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++) {
    const j = at + 4 * i
    w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!
    const y = w[i - 2]!
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0
  }
  let a = h[0]!
  let b = h[1]!
  let c = h[2]!
  let d = h[3]!
  let e = h[4]!
  let f = h[5]!
  let g = h[6]!
  let k = h[7]!
  for (let i = 0; i < 64; i++) {
    const t1 = (k + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0
    k = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  h[0] = (h[0]! + a) | 0
  h[1] = (h[1]! + b) | 0
  h[2] = (h[2]! + c) | 0
  h[3] = (h[3]! + d) | 0
  h[4] = (h[4]! + e) | 0
  h[5] = (h[5]! + f) | 0
  h[6] = (h[6]! + g) | 0
  h[7] = (h[7]! + k) | 0
}

/** Returns the hex SHA-256 of the bytes, or of the UTF-8 encoding of the text (as node:crypto hashes a string). */
export function sha256(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const n = bytes.length
  h.set(H0)
  const whole = n - (n % 64)
  for (let at = 0; at < whole; at += 64) compress(bytes, at)
  // the last bytes, the 1 bit after them, zeros, and the length in bits as a 64-bit big-endian number: one or two blocks
  const tail = new Uint8Array(n - whole < 56 ? 64 : 128)
  tail.set(bytes.subarray(whole))
  tail[n - whole] = 0x80
  const bitsHigh = Math.floor(n / 0x20000000)
  const bitsLow = (n * 8) >>> 0
  const end = tail.length
  tail[end - 8] = bitsHigh >>> 24
  tail[end - 7] = bitsHigh >>> 16
  tail[end - 6] = bitsHigh >>> 8
  tail[end - 5] = bitsHigh
  tail[end - 4] = bitsLow >>> 24
  tail[end - 3] = bitsLow >>> 16
  tail[end - 2] = bitsLow >>> 8
  tail[end - 1] = bitsLow
  for (let at = 0; at < end; at += 64) compress(tail, at)
  let hex = ''
  for (let i = 0; i < 8; i++) hex += (h[i]! >>> 0).toString(16).padStart(8, '0')
  return hex
}
