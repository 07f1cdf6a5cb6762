/**
 * Stage 2's awk decryptor, described by Gynvael Coldwind: RC4's output step over a fixed
 * table c[i] = (7·i + 5) mod 256 (no secret key), a warm-up of 4096 (5.6.0) or 8192 (5.6.1)
 * discarded rounds, and output (v + k) mod 256 — addition where RC4 would XOR.
 */

export function rc4LikeKeystream(length: number, warmUpRounds: number): Uint8Array {
  const c = new Uint8Array(256);
  for (let n = 0; n < 256; n++) c[n] = (7 * n + 5) % 256;
  let i = 0;
  let j = 0;
  for (let round = 0; round < warmUpRounds; round++) {
    i = (i + 1) % 256;
    const a = c[i]!;
    j = (j + a) % 256;
    c[i] = c[j]!;
    c[j] = a;
  }
  const stream = new Uint8Array(length);
  for (let n = 0; n < length; n++) {
    i = (i + 1) % 256;
    const a = c[i]!;
    j = (j + a) % 256;
    const b = c[j]!;
    c[i] = b;
    c[j] = a;
    stream[n] = c[(a + b) % 256]!;
  }
  return stream;
}

/** What the awk script does to each byte v: (v + k) mod 256. */
export function rc4LikeDecrypt(bytes: Uint8Array, warmUpRounds: number): Uint8Array {
  const k = rc4LikeKeystream(bytes.length, warmUpRounds);
  return bytes.map((v, n) => (v + k[n]!) & 0xff);
}

/** The inverse, used only by our fixture generator: (v − k) mod 256. */
export function rc4LikeEncrypt(bytes: Uint8Array, warmUpRounds: number): Uint8Array {
  const k = rc4LikeKeystream(bytes.length, warmUpRounds);
  return bytes.map((v, n) => (v - k[n]! + 256) & 0xff);
}
