import { describe, expect, it } from 'vitest';

import { xzDecompress } from '../../../../../src/lib/simulation/transforms/decompress.ts';
import { bytesOf, textOf, xzCli } from '../helpers.ts';

const TEXT = 'xz -dc tells the two formats apart by their first bytes\n';

describe('xz -dc on either format', () => {
  it('names the format of an .xz file', () => {
    const result = xzDecompress(xzCli(['-c'], bytesOf(TEXT)));
    expect([result.format, textOf(result.output), result.error]).toEqual(['xz', TEXT, null]);
  });

  it('names the format of a .lzma file, also when it cannot decode it', () => {
    const lzma = xzCli(['-c', '-F', 'lzma'], bytesOf(TEXT));
    expect(xzDecompress(lzma).format).toBe('lzma');
    const cut = xzDecompress(lzma.subarray(0, 20));
    expect(cut).toEqual({
      format: 'lzma',
      output: new Uint8Array(0),
      error: 'unexpected end of compressed data',
    });
  });

  it('reports anything else as an .xz file it does not recognise', () => {
    expect(xzDecompress(bytesOf('plain text, neither format'))).toEqual({
      format: 'xz',
      output: new Uint8Array(0),
      error: 'file format not recognized',
    });
  });
});
