import { describe, expect, it } from 'vitest';

import { decodeLzma1Raw } from '../../../../../src/lib/simulation/transforms/lzma1.ts';
import { bytesOf, xzCli } from '../helpers.ts';

const rawOptions = ['-c', '-F', 'raw', '--lzma1'];

describe('the start of a range-coded stream', () => {
  it('must be a zero byte, then a code below the full range', () => {
    expect(() => decodeLzma1Raw(Uint8Array.of(1, 0, 0, 0, 0, 0, 0))).toThrow(
      'corrupt range coder start',
    );
    expect(() => decodeLzma1Raw(Uint8Array.of(0, 0xff, 0xff, 0xff, 0xff, 0, 0))).toThrow(
      'corrupt range coder start',
    );
  });

  it('names its error as a decode error when it is printed', () => {
    const thrown = (() => {
      try {
        return decodeLzma1Raw(Uint8Array.of(1, 0, 0, 0, 0));
      } catch (error) {
        return error;
      }
    })();
    expect(String(thrown)).toBe('DecodeError: corrupt range coder start');
  });
});

describe('the end of a range-coded stream', () => {
  it('is not made up when the last byte is missing, even a zero byte, as xz says', () => {
    const raw = xzCli(rawOptions, bytesOf('a'));
    expect(raw.at(-1)).toBe(0);
    const cut = raw.subarray(0, raw.length - 1);
    expect(() => xzCli(['-d', ...rawOptions], cut)).toThrow();
    expect(() => decodeLzma1Raw(cut)).toThrow('unexpected end of compressed data');
  });
});
