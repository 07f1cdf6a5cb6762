import { describe, expect, it } from 'vitest';

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
