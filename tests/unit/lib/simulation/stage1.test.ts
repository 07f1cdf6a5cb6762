import { describe, expect, it } from 'vitest';

import { VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import type { CarrierFiles } from '../../../../src/lib/simulation/fixtures/verify.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

const step = (id: string, change: Partial<Environment> = {}, carriers?: CarrierFiles) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return buildTrace({ env, carriers: carriers ?? committedCarriers(env.version) }).steps.find(
    (s) => s.id === id,
  );
};

describe('stage 1', () => {
  it('in 5.6.1 checks five times that it runs on Linux, and always passes', () => {
    const uname = step('stage1-uname')!;
    expect(uname.command.split('\n')).toEqual(Array(5).fill('[ ! $(uname) = "Linux" ] && exit 0'));
    expect(uname.gate).toEqual({ passed: true, reason: 'uname prints Linux' });
  });

  it('in 5.6.0 has no Linux check', () => {
    expect(step('stage1-uname', { version: '5.6.0' })).toBeUndefined();
    expect(step('stage1-srcdir', { version: '5.6.0' })).toBeDefined();
  });

  it('says how many bytes the large test file decompresses to', () => {
    const real = committedCarriers('5.6.1');
    const decompress = step('stage1-decompress')!;
    expect(decompress.output[0]).toMatch(
      new RegExp(`^${real.goodLarge.length.toLocaleString('en-US')} bytes in → [\\d,]+ bytes out$`),
    );
    expect(decompress.views![0]!.bytes.length).toBe(3200);
  });

  it('adds xz’s error to the decompression line when the file is cut off', () => {
    const real = committedCarriers('5.6.1');
    const cut = { badXz: real.badXz, goodLarge: real.goodLarge.slice(0, 2000) };
    expect(step('stage1-decompress', {}, cut)!.output[0]).toMatch(
      /^2,000 bytes in → [\d,]+ bytes? out \(error: unexpected end of compressed data\)$/,
    );
  });
});

const count = (text: string) => Number(text.replaceAll(',', ''));

describe('stage 1, step by step', () => {
  it('reads srcdir from config.status at the end of configure', () => {
    expect(step('stage1-srcdir')!.output).toEqual([
      "srcdir='.'   (run from the top build directory at the end of configure)",
    ]);
  });

  for (const version of VERSIONS) {
    it(`${version}: the head chain's counts add up to the bytes it reads and keeps`, () => {
      const head = step('stage1-head', { version })!;
      const [skipLine, keepLine, totals] = head.output;
      const [, skips, skipLength] = /^(\d+) × head -c \+(\d+) >\/dev\/null {3}\(thrown away\)$/
        .exec(skipLine!)!
        .map(Number);
      const [, repeats, keepLength, lastKeep] =
        /^(\d+) × head -c \+(\d+), then head -c \+(\d+) {3}\(kept\)$/.exec(keepLine!)!.map(Number);
      const [, read, kept] = /^read ([\d,]+) bytes, kept ([\d,]+) bytes$/.exec(totals!)!;
      const keptBytes = repeats! * keepLength! + lastKeep!;
      expect(count(kept!)).toBe(keptBytes);
      expect(count(read!)).toBe(skips! * skipLength! + keptBytes);
      expect(skips).toBe(repeats! + 1);
      expect(head.bytesOut).toBe(keptBytes);
      expect(head.views).toEqual([
        { label: 'kept bytes (start)', bytes: expect.any(Uint8Array), show: 'hex' },
      ]);
      expect(head.views![0]!.bytes.length).toBe(keptBytes);
      const decompressed = step('stage1-decompress', { version })!.views![0]!;
      expect([decompressed.label, decompressed.show]).toEqual(['decompressed (start)', 'hex']);
    });

    it(`${version}: tail drops the encrypted object and passes on the rest, byte for byte`, () => {
      const tail = step('stage1-tail', { version })!;
      const [, dropped, passed] =
        /^drops the first ([\d,]+) bytes \(the encrypted object, needed later\), passes on ([\d,]+) bytes$/.exec(
          tail.output[0]!,
        )!;
      expect(count(dropped!) + count(passed!)).toBe(tail.bytesIn);
      expect(count(passed!)).toBe(tail.bytesOut);
      expect(tail.output).toHaveLength(1);
      expect(tail.command).toBe(`… | tail -c +${count(dropped!) + 1}`);
    });

    it(`${version}: tr turns the tail into a raw LZMA1 stream, which decodes to stage 2`, () => {
      const tr = step('stage1-tr', { version })!;
      const size = tr.bytesIn!.toLocaleString('en-US');
      expect(tr.output[0]).toBe(
        'SET1 lists all 256 byte values in six octal ranges: the byte at position k becomes k',
      );
      expect(tr.output[1]).toMatch(new RegExp(`^${size} bytes in, [\\d,]+ changed$`));
      expect(tr.views!.map((v) => [v.label, v.bytes.length, v.show])).toEqual([
        ['before tr', tr.bytesIn, 'hex'],
        ['after tr: a raw LZMA1 stream', tr.bytesIn, 'hex'],
      ]);
      const lzma = step('stage1-lzma', { version })!;
      expect(lzma.views!.map((v) => [v.label, v.bytes.length, v.show])).toEqual([
        ['stage 2 (our harmless stand-in)', lzma.bytesOut, 'text'],
      ]);
    });
  }

  it('a stage 2 that does not decode leaves /bin/sh without a script', () => {
    const real = committedCarriers('5.6.1');
    const lzma = step(
      'stage1-lzma',
      {},
      { badXz: real.badXz, goodLarge: real.goodLarge.slice(0, 2000) },
    )!;
    expect(lzma.output.slice(1)).toEqual(['/bin/sh receives no script']);
  });
});
