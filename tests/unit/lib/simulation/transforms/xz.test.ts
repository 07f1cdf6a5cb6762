import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { decodeXz, hasXzMagic } from '../../../../../src/lib/simulation/transforms/xz.ts';
import { bytesOf, textOf, xzCli } from '../helpers.ts';

const TEXT = 'the container around the data must be read as carefully as the data\n';
/** A one-block xz file: 12-byte stream header, then the block header at 12. */
const sample = (check = 'crc32', text = TEXT) => xzCli(['-c', '-C', check], bytesOf(text));
/** The start of the index: the footer is 12 bytes, and for these samples the index is `size`. */
const indexStart = (xz: Uint8Array, size: number) => xz.length - 12 - size;

/** What the real xz makes of a file: its output, or "refused" when it exits with an error. */
function xzVerdict(xz: Uint8Array): string {
  const run = spawnSync('xz', ['-d', '-c'], { input: xz });
  return run.status === 0 ? textOf(run.stdout) : 'refused';
}

describe('recognising an xz file', () => {
  it('needs all six magic bytes, as xz does', () => {
    const xz = sample();
    expect(hasXzMagic(xz)).toBe(true);
    const almost = Uint8Array.from(xz);
    almost[5] = 0x01;
    expect(hasXzMagic(almost)).toBe(false);
    expect(xzVerdict(almost)).toBe('refused');
    expect(decodeXz(almost).error).toBe('file format not recognized');
  });

  it('stops cleanly when the file ends inside the stream header', () => {
    const xz = sample();
    expect(xzVerdict(xz.subarray(0, 7))).toBe('refused');
    expect(decodeXz(xz.subarray(0, 7)).error).toBe('unexpected end of input');
  });

  it('says the input ended, not a JavaScript error, when the file ends inside a CRC field', () => {
    const xz = sample();
    // Bytes 8–11 are the stream header's CRC32; the block header ends in its own CRC32. A copy,
    // not a view: a view of a longer buffer would let a read run on past its end.
    const blockHeaderEnd = 12 + (xz[12]! + 1) * 4;
    for (const cut of [9, 11, blockHeaderEnd - 2]) {
      expect(decodeXz(xz.slice(0, cut)).error, `cut at ${cut}`).toBe('unexpected end of input');
    }
  });

  it('stops cleanly when the file ends right after a block header', () => {
    const xz = sample();
    const blockData = 12 + (xz[12]! + 1) * 4;
    expect(decodeXz(xz.subarray(0, blockData)).error).toBe('unexpected end of LZMA2 data');
  });
});

describe('integrity checks', () => {
  it('decodes a file with a CRC64 check, and notices when one byte of it is wrong', () => {
    const xz = sample('crc64');
    expect(decodeXz(xz)).toMatchObject({ error: null });
    expect(textOf(decodeXz(xz).output)).toBe(TEXT);
    const check = xz.length - 12 - 8 - 8; // before the index (8 bytes here) and footer
    for (const at of [check, check + 7]) {
      const damaged = Uint8Array.from(xz);
      damaged[at]! ^= 0x10;
      expect(xzVerdict(damaged)).toBe('refused');
      expect(decodeXz(damaged).error).toBe('compressed data is corrupt (CRC64 mismatch)');
    }
  });
});

describe('the index', () => {
  it('refuses a variable-length integer longer than nine bytes', () => {
    const xz = sample();
    const at = indexStart(xz, 8) + 1; // the record count
    const long = Uint8Array.from([
      ...xz.subarray(0, at),
      ...new Array<number>(9).fill(0x80),
      0x01,
      ...new Array<number>(24).fill(0),
    ]);
    expect(decodeXz(long).error).toBe('corrupt variable-length integer');
  });

  it('refuses index padding that is not zero, as xz does', () => {
    // 200 bytes of output need a two-byte size: index 00 01 uu ss ss, then three padding bytes.
    const text = 'x'.repeat(200);
    const xz = sample('crc32', text);
    const start = indexStart(xz, 12);
    expect([...xz.subarray(start, start + 2)]).toEqual([0x00, 0x01]);
    expect([...xz.subarray(start + 5, start + 8)]).toEqual([0, 0, 0]);
    const damaged = Uint8Array.from(xz);
    damaged[start + 6] = 1;
    expect(xzVerdict(damaged)).toBe('refused');
    expect(decodeXz(damaged).error).toBe('non-null padding');
  });
});

describe('several streams', () => {
  it('counts only its own output for a third stream that breaks', () => {
    const one = sample('crc32', 'first\n');
    const two = sample('crc32', 'second stream\n');
    const three = sample('crc32', 'third stream, which breaks\n');
    three[three.length - 1] = 0;
    const result = decodeXz(Uint8Array.from([...one, ...two, ...three]));
    expect(result.error).toBe('stream footer is corrupt');
    expect(result.streams.map((s) => s.outputLength)).toEqual([6, 14, 27]);
  });
});
