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

describe('the stage-0 grep', () => {
  const grep = async (carriers: CarrierFiles | null) =>
    (await simulate({ env: DEFAULT_ENVIRONMENT, carriers })).steps.find(
      (s) => s.id === 'stage0-grep',
    )!;

  it('lists the carrier, each marker line with its offset and the decompressor it implies', async () => {
    const step = await grep(real);
    expect(step.output[0]).toBe('./tests/files/bad-3-corrupt_lzma2.xz');
    expect(step.output.slice(1, -2)).toEqual([
      expect.stringMatching(/^ {2}\(line ending “####Hello####” at byte \d+\)$/),
      expect.stringMatching(/^ {2}\(line ending “####World####” at byte \d+\)$/),
    ]);
    expect(step.output.at(-2)).toBe(
      "gl_localedir_prefix=xz   # the file name's suffix after the last dot",
    );
    expect(step.bytesIn).toBe(real.badXz.length + real.goodLarge.length);
    expect(step.gate).toEqual({ passed: true, reason: 'one file has the marker lines' });
  });

  it('reads nothing and finds nothing in a tree without the carriers', async () => {
    const step = await grep(null);
    expect(step.output).toEqual([
      '(no file matches)',
      '✗ no file in the tree has a marker line',
      'gl_am_configmake is empty, so the command string is empty and nothing runs',
    ]);
    expect(step.touches).toEqual([]);
    expect(step.bytesIn).toBe(0);
  });
});
