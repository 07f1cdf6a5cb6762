import { describe, expect, it } from 'vitest';

import { crc32 } from '../../../../src/lib/simulation/transforms/crc.ts';
import { decodeXz } from '../../../../src/lib/simulation/transforms/xz.ts';
import { bytesOf, textOf, xzCli } from './helpers.ts';

const TEXT = 'a damaged file must say what is wrong with it\n';
/** A fresh one-block xz file with a CRC32 check: 12-byte header, block header at 12. */
const sample = () => xzCli(['-c', '-C', 'crc32'], bytesOf(TEXT));
const blockHeaderSize = (xz: Uint8Array) => (xz[12]! + 1) * 4;
/** Rewrites the CRC32 of bytes [from, to) stored little-endian at `to`, as an encoder would. */
function resealed(xz: Uint8Array, from: number, to: number): Uint8Array {
  new DataView(xz.buffer, xz.byteOffset).setUint32(to, crc32(xz, from, to), true);
  return xz;
}
const errorOf = (xz: Uint8Array) => decodeXz(xz).error;

describe('our xz decoder on damaged stream headers', () => {
  it('rejects stream flags it does not know', () => {
    const xz = sample();
    xz[6] = 1;
    expect(errorOf(resealed(xz, 6, 8))).toBe('unsupported stream flags');
  });

  it('notices a stream header whose CRC32 does not match', () => {
    const xz = sample();
    xz[8]! ^= 1;
    expect(errorOf(xz)).toBe('stream header is corrupt');
  });

  it('rejects an integrity check type it cannot verify', () => {
    const xz = sample();
    xz[7] = 2;
    expect(errorOf(resealed(xz, 6, 8))).toBe('unsupported integrity check');
    expect(decodeXz(xz).streams[0]!.check).toBe('unknown');
  });

  it('names the check of a good stream', () => {
    expect(decodeXz(sample()).streams[0]!.check).toBe('crc32');
    expect(decodeXz(xzCli(['-c', '-C', 'none'], bytesOf(TEXT))).streams[0]!.check).toBe('none');
  });
});

describe('our xz decoder on damaged blocks', () => {
  it('notices a block header whose CRC32 does not match', () => {
    const xz = sample();
    xz[12 + blockHeaderSize(xz) - 1]! ^= 1;
    expect(errorOf(xz)).toBe('block header is corrupt');
  });

  it('accepts only a single LZMA2 filter', () => {
    const end = (xz: Uint8Array) => 12 + blockHeaderSize(xz) - 4;
    const twoFilters = sample();
    twoFilters[13] = 0x01;
    expect(errorOf(resealed(twoFilters, 12, end(twoFilters)))).toBe(
      'unsupported filter chain (only LZMA2)',
    );
    const reserved = sample();
    reserved[13] = 0x04;
    expect(errorOf(resealed(reserved, 12, end(reserved)))).toBe(
      'unsupported filter chain (only LZMA2)',
    );
    const delta = sample();
    delta[14] = 0x03;
    expect(errorOf(resealed(delta, 12, end(delta)))).toBe('unsupported filter (only LZMA2)');
    const props = sample();
    props[15] = 2;
    expect(errorOf(resealed(props, 12, end(props)))).toBe('corrupt LZMA2 filter properties');
  });

  it('reads blocks whose headers carry their compressed and uncompressed sizes', () => {
    const xz = xzCli(['-c', '-T2', '--block-size=8'], bytesOf(TEXT));
    expect(xz[13]).toBe(0xc0);
    const result = decodeXz(xz);
    expect(result.error).toBeNull();
    expect(textOf(result.output)).toBe(TEXT);
  });

  it('notices a wrong CRC32 of the decoded data', () => {
    const xz = sample();
    const check = xz.length - 12 - 8 - 4; // before the index (8 bytes here) and footer
    xz[check]! ^= 1;
    expect(errorOf(xz)).toBe('compressed data is corrupt (CRC32 mismatch)');
  });

  it('stops at a block header that runs past the end of the file', () => {
    expect(errorOf(sample().slice(0, 16))).toBe('unexpected end of input');
  });
});

describe('our xz decoder on damaged indexes and footers', () => {
  const indexStart = (xz: Uint8Array) => xz.length - 12 - 8;

  it('notices an index that lists a different number of blocks', () => {
    const xz = sample();
    xz[indexStart(xz) + 1] = 2;
    expect(errorOf(xz)).toBe('index does not match the blocks');
  });

  it('notices an index record with the wrong sizes', () => {
    const unpadded = sample();
    unpadded[indexStart(unpadded) + 2]! += 1;
    expect(errorOf(unpadded)).toBe('index does not match the blocks');
    const uncompressed = sample();
    uncompressed[indexStart(uncompressed) + 3]! += 1;
    expect(errorOf(uncompressed)).toBe('index does not match the blocks');
  });

  it('notices an index whose CRC32 does not match', () => {
    const xz = sample();
    xz[xz.length - 13]! ^= 1;
    expect(errorOf(xz)).toBe('index is corrupt');
  });

  it('notices a damaged footer, by its CRC32 or by its magic bytes', () => {
    const crc = sample();
    crc[crc.length - 12]! ^= 1;
    expect(errorOf(crc)).toBe('stream footer is corrupt');
    const magic = sample();
    magic[magic.length - 1] = 0;
    expect(errorOf(magic)).toBe('stream footer is corrupt');
    const magicFirst = sample();
    magicFirst[magicFirst.length - 2] = 0;
    expect(errorOf(magicFirst)).toBe('stream footer is corrupt');
  });

  it('stops when the footer is cut off', () => {
    const xz = sample();
    expect(errorOf(xz.slice(0, xz.length - 1))).toBe('unexpected end of input');
  });
});

describe('what comes after a stream', () => {
  it('allows null padding in multiples of four, and nothing else', () => {
    const xz = sample();
    expect(errorOf(Uint8Array.from([...xz, 0, 0, 0, 0]))).toBeNull();
    const odd = decodeXz(Uint8Array.from([...xz, 0, 0]));
    expect(odd.error).toBe('stream padding is not a multiple of four bytes');
    expect(textOf(odd.output)).toBe(TEXT);
  });

  it('treats an empty file as cut off before its first stream', () => {
    expect(decodeXz(new Uint8Array(0))).toMatchObject({
      error: 'unexpected end of input',
      streams: [],
      consumed: 0,
    });
  });

  it('reports where each stream starts and ends, and what it produced', () => {
    const one = sample();
    const two = xzCli(['-c'], bytesOf('second\n'));
    const result = decodeXz(Uint8Array.from([...one, ...two]));
    expect(result.streams.map((s) => [s.offset, s.length, s.outputLength, s.error])).toEqual([
      [0, one.length, TEXT.length, null],
      [one.length, two.length, 7, null],
    ]);
    expect(result.consumed).toBe(one.length + two.length);
  });

  it('keeps the output length of a stream that broke off, not counting earlier streams', () => {
    const one = sample();
    const two = xzCli(['-c'], bytesOf('second stream, which breaks\n'));
    two[two.length - 1] = 0;
    const result = decodeXz(Uint8Array.from([...one, ...two]));
    expect(result.error).toBe('stream footer is corrupt');
    expect(result.streams[1]!.outputLength).toBe(28);
    expect(result.streams[1]!.error).toBe('stream footer is corrupt');
  });
});
