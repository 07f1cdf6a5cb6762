import { describe, expect, it } from 'vitest';

import { STAGE0_SWAP, VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import type { CarrierFiles } from '../../../../src/lib/simulation/fixtures/verify.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { translate, trTable } from '../../../../src/lib/simulation/transforms/tr.ts';
import { bytesOf, committedCarriers, xzCli } from './helpers.ts';

const stage0Steps = (carriers: CarrierFiles, version: (typeof VERSIONS)[number] = '5.6.1') =>
  buildTrace({ env: { ...DEFAULT_ENVIRONMENT, version }, carriers }).steps.filter((s) =>
    s.id.startsWith('stage0'),
  );
const STREAM_LINE = /^stream (\d+): bytes (\d+)–(\d+) → ([\d,]+) bytes?$/;

describe('stage 0', () => {
  for (const version of VERSIONS) {
    it(`${version}: tr swaps the four byte values in place and highlights every byte it changed`, () => {
      const carriers = committedCarriers(version);
      const tr = stage0Steps(carriers, version).find((s) => s.id === 'stage0-tr')!;
      const [shipped, swapped] = tr.views!;
      expect([shipped!.label, shipped!.show]).toEqual(['bad-3-corrupt_lzma2.xz as shipped', 'hex']);
      expect(shipped!.bytes).toEqual(carriers.badXz);
      expect([swapped!.label, swapped!.show]).toEqual(['after tr', 'hex']);
      const differ = [...shipped!.bytes.keys()].filter(
        (i) => shipped!.bytes[i] !== swapped!.bytes[i],
      );
      expect(differ.length).toBeGreaterThan(0);
      expect(shipped!.highlight).toEqual(differ);
      expect(swapped!.highlight).toEqual(differ);
      const n = carriers.badXz.length.toLocaleString('en-US');
      expect(tr.output).toEqual([`${n} bytes in, ${n} bytes out; ${differ.length} bytes changed`]);
    });

    it(`${version}: the three xz streams cover the file end to end, and their outputs make stage 1`, () => {
      const carriers = committedCarriers(version);
      const xz = stage0Steps(carriers, version).find((s) => s.id === 'stage0-xz')!;
      const streams = xz.output.slice(0, -1).map((line) => {
        const match = STREAM_LINE.exec(line);
        expect(match, line).not.toBeNull();
        const [, n, from, to, out] = match!.map((part) => Number(part?.replaceAll(',', '')));
        return { n, from, to, out };
      });
      expect(streams.map((s) => s.n)).toEqual([1, 2, 3]);
      expect(streams[0]!.from).toBe(0);
      expect(streams[1]!.from).toBe(streams[0]!.to! + 1);
      expect(streams[2]!.from).toBe(streams[1]!.to! + 1);
      expect(streams[2]!.to).toBe(carriers.badXz.length - 1);
      expect(streams.reduce((sum, s) => sum + s.out!, 0)).toBe(xz.bytesOut);
      expect(xz.views).toEqual([
        { label: 'stage 1 (our harmless stand-in)', bytes: expect.any(Uint8Array), show: 'text' },
      ]);
      expect(xz.views![0]!.bytes.length).toBe(xz.bytesOut);
    });
  }

  it('a cut-off carrier shows xz’s error on the stream it broke', () => {
    const real = committedCarriers('5.6.1');
    const xz = stage0Steps({ badXz: real.badXz.slice(0, 450), goodLarge: real.goodLarge }).find(
      (s) => s.id === 'stage0-xz',
    )!;
    expect(xz.output[0]).toMatch(STREAM_LINE);
    expect(xz.output[2]).toBe('stream 3: from byte 440 → 0 bytes (error: unexpected end of input)');
  });

  it('a marker line in the other carrier is enough for the grep; an empty xz stream then stops stage 0 without an error', () => {
    // An xz stream of nothing, stored the way the carrier is: with tr's swap applied.
    const emptyStream = translate(
      xzCli(['-c'], new Uint8Array(0)),
      trTable(STAGE0_SWAP.set1, STAGE0_SWAP.set2),
    );
    const steps = stage0Steps({ badXz: emptyStream, goodLarge: bytesOf('filler ####Hello####\n') });
    expect(steps.map((s) => s.id)).toEqual(['stage0-grep', 'stage0-tr', 'stage0-xz']);
    expect(steps[0]!.gate).toEqual({ passed: true, reason: 'one file has the marker lines' });
    expect(steps[2]!.gate).toEqual({ passed: false, reason: 'xz produced nothing' });
  });

  it('when the grep finds no marker line, nothing is decoded or run', () => {
    const steps = stage0Steps({ badXz: bytesOf('no marker'), goodLarge: bytesOf('none here') });
    expect(steps.map((s) => s.id)).toEqual(['stage0-grep']);
    expect(steps[0]!.output).toEqual([
      '(no file matches)',
      '✗ no file in the tree has a marker line',
      'gl_am_configmake is empty, so the command string is empty and nothing runs',
    ]);
  });
});
