import { describe, expect, it } from 'vitest';

import { EXTENSION_MARKERS } from '../../../../src/lib/simulation/constants.ts';
import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import type { CarrierFiles } from '../../../../src/lib/simulation/fixtures/verify.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import { bytesOf, committedCarriers } from './helpers.ts';

const real = committedCarriers('5.6.1');
const run = (carriers: CarrierFiles) => simulate({ env: DEFAULT_ENVIRONMENT, carriers });
const joined = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};
const decidingStep = async (carriers: CarrierFiles) => {
  const trace = await run(carriers);
  return {
    verdict: trace.outcome.verdict,
    step: trace.steps.find((s) => s.id === trace.outcome.decidedBy.stepId)!,
  };
};

describe('carrier files that are not what the script expects', () => {
  it('without a marker line anywhere, the grep finds nothing and the chain ends', async () => {
    const { verdict, step } = await decidingStep({
      badXz: bytesOf('nothing here'),
      goodLarge: bytesOf('nor here'),
    });
    expect(verdict).toBe('clean');
    expect(step.id).toBe('stage0-grep');
  });

  it('a marker line without xz data behind it stops stage 0 with xz’s own complaint', async () => {
    const { verdict, step } = await decidingStep({
      badXz: bytesOf('####Hello####\n'),
      goodLarge: real.goodLarge,
    });
    expect(verdict).toBe('clean');
    expect(step.id).toBe('stage0-xz');
    expect(step.gate).toEqual({
      passed: false,
      reason: 'xz produced nothing (file format not recognized)',
    });
    expect(step.output.at(-1)).toBe('the shell receives an empty script');
  });

  it('a cut-off second carrier stops stage 1 at the LZMA decoder, with its message', async () => {
    const { verdict, step } = await decidingStep({
      badXz: real.badXz,
      goodLarge: real.goodLarge.slice(0, 2000),
    });
    expect(verdict).toBe('clean');
    expect(step.id).toBe('stage1-lzma');
    expect(step.gate).toEqual({ passed: false, reason: 'xz: unexpected end of compressed data' });
    expect(step.views).toBeUndefined();
    expect(step.bytesOut).toBe(0);
  });
});

describe('the 5.6.1 extension hooks', () => {
  const hook = async (goodLarge: Uint8Array) =>
    (await run({ badXz: real.badXz, goodLarge })).steps.find((s) => s.id === 'stage2-hook1')!
      .output;

  it('report that no shipped file holds both markers', async () => {
    expect(await hook(real.goodLarge)).toEqual([
      'no file holds both markers: nothing to decode (none was ever shipped)',
    ]);
  });

  it('notice a test file that holds both markers of the configure hook', async () => {
    const [start, end] = EXTENSION_MARKERS.configure;
    expect(await hook(joined(real.goodLarge, bytesOf(`${start}abc${end}`)))).toEqual([
      'a file holds both markers',
    ]);
    expect(await hook(joined(real.goodLarge, bytesOf(`${start}abc`)))).toEqual([
      'no file holds both markers: nothing to decode (none was ever shipped)',
    ]);
  });
});
