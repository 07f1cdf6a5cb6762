import { describe, expect, it } from 'vitest';

import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

const steps = (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return buildTrace({ env, carriers: committedCarriers(env.version) }).steps;
};

describe('make', () => {
  it('compiles as usual, and the armed link runs $(LTDEPS) first', () => {
    const make = steps().find((s) => s.id === 'make')!;
    expect(make.output.at(-1)).toBe(
      '  CCLD     liblzma.la   ← the edited AM_V_CCLD runs $(LTDEPS) first',
    );
    expect(make.output[0]).toBe('  CC       liblzma_la-check.lo');
    expect(make.explain).toMatch(/^Ordinary compilation, until the link/);
  });

  it('without the edits compiles and links with nothing hidden, and no stage runs again', () => {
    const all = steps({ compiler: 'clang' });
    const make = all.find((s) => s.id === 'make')!;
    expect(make.output.at(-1)).toBe('  CCLD     liblzma.la');
    expect(make.explain).toMatch(/Nothing was edited/);
    expect(all.some((s) => s.id === 'make-rerun')).toBe(false);
  });

  it('re-runs the stages on the same bytes, from two levels down', () => {
    const rerun = steps().find((s) => s.id === 'make-rerun')!;
    expect(rerun.output[0]).toMatch(
      /^stage 0 → [\d,]+ bytes \(stage 1\), stage 1 → [\d,]+ bytes \(stage 2\): the same bytes as during configure$/,
    );
    expect(rerun.output[1]).toBe("stage 1 finds ../../config.status: srcdir='../../.'");
    expect(rerun.gate!.reason).toMatch(/→ branch B$/);
  });

  it('hands stage 2 a link line with the added flags and the build’s own', () => {
    const link = steps().find((s) => s.id === 'gate-make-link-flags')!;
    expect(link.gate).toEqual({ passed: true, reason: 'the link line has -z,now' });
    const rpm = steps({ packageBuild: 'rpm' }).find((s) => s.id === 'gate-make-link-flags')!;
    expect(rpm.gate!.passed).toBe(true);
  });

  it('looks for the make-time extension file only in 5.6.1', () => {
    expect(steps().some((s) => s.id === 'stage2-hook2')).toBe(true);
    expect(steps({ version: '5.6.0' }).some((s) => s.id === 'stage2-hook2')).toBe(false);
  });
});
