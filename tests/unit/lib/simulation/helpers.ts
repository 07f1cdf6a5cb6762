import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import type { Version } from '../../../../src/lib/simulation/constants.ts';
import type { CarrierFiles } from '../../../../src/lib/simulation/fixtures/verify.ts';

/** Runs the real xz CLI (xz-utils) as an independent oracle. */
export const xzCli = (args: string[], input: Uint8Array) =>
  new Uint8Array(execFileSync('xz', args, { input, maxBuffer: 1 << 24 }));

export const bytesOf = (text: string) => new TextEncoder().encode(text);
export const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A .lzma header: properties byte, dictionary size, 64-bit uncompressed size (little-endian). */
export function lzmaAloneHeader(
  props: number,
  dict: number,
  sizeLow: number,
  sizeHigh: number,
): Uint8Array {
  const bytes = new Uint8Array(13);
  const view = new DataView(bytes.buffer);
  bytes[0] = props;
  view.setUint32(1, dict, true);
  view.setUint32(5, sizeLow, true);
  view.setUint32(9, sizeHigh, true);
  return bytes;
}

/** Deterministic noise for tests (xorshift32). */
export function noise(seed: number, length: number): Uint8Array {
  let s = seed >>> 0 || 1;
  return Uint8Array.from({ length }, () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s & 0xff;
  });
}

export function committedCarriers(version: Version): CarrierFiles {
  const dir = new URL(`../../../../public/simulation/${version}/`, import.meta.url);
  return {
    badXz: new Uint8Array(readFileSync(new URL('bad-3-corrupt_lzma2.xz', dir))),
    goodLarge: new Uint8Array(readFileSync(new URL('good-large_compressed.lzma', dir))),
  };
}
