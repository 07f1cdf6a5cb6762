/**
 * CRC32 (IEEE, as in .xz headers and the CRC32 check) and CRC64 (ECMA-182, the default .xz
 * check). CRC64 runs on two 32-bit halves so the hot loop never touches BigInt.
 */
const CRC32_TABLE = new Uint32Array(256);
const CRC64_LO = new Uint32Array(256);
const CRC64_HI = new Uint32Array(256);
const CRC64_POLY_HI = 0xc96c5795;
const CRC64_POLY_LO = 0xd7870f42;

for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c >>> 0;

  let lo = n;
  let hi = 0;
  for (let k = 0; k < 8; k++) {
    const carry = lo & 1;
    lo = ((lo >>> 1) | (hi << 31)) >>> 0;
    hi = hi >>> 1;
    if (carry) {
      lo = (lo ^ CRC64_POLY_LO) >>> 0;
      hi = (hi ^ CRC64_POLY_HI) >>> 0;
    }
  }
  CRC64_LO[n] = lo;
  CRC64_HI[n] = hi;
}

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC32_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC64 as the eight little-endian bytes .xz stores after a block. */
export function crc64Bytes(bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array {
  let lo = 0xffffffff;
  let hi = 0xffffffff;
  for (let i = start; i < end; i++) {
    const index = (lo ^ bytes[i]!) & 0xff;
    lo = (((lo >>> 8) | (hi << 24)) ^ CRC64_LO[index]!) >>> 0;
    hi = ((hi >>> 8) ^ CRC64_HI[index]!) >>> 0;
  }
  lo = (lo ^ 0xffffffff) >>> 0;
  hi = (hi ^ 0xffffffff) >>> 0;
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, lo, true);
  view.setUint32(4, hi, true);
  return out;
}

export function crc64Hex(bytes: Uint8Array): string {
  const le = crc64Bytes(bytes);
  return Array.from(le)
    .reverse()
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}
