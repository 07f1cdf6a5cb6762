import { describe, expect, it } from 'vitest';

import { claimQuery, CLAIMS } from '../../../../src/lib/simulation/claims.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { REAL_VS_STAND_IN } from '../../../../src/lib/simulation/stand-in-sizes.ts';
import { parseUrlState } from '../../../../src/lib/simulation/url-state.ts';
import { committedCarriers } from './helpers.ts';

describe('the claims you can check', () => {
  it('each claim’s link parses back to its own build and step, with no notice', () => {
    for (const claim of CLAIMS) {
      const state = parseUrlState(claimQuery(claim));
      expect(state.message, claim.text).toBeNull();
      expect(state.step).toBe(claim.step ?? 'outcome');
      for (const [setting, value] of Object.entries(claim.change))
        expect(state.env[setting as keyof typeof state.env], claim.text).toBe(value);
    }
  });

  it('each claim opens a step its build actually reaches', () => {
    for (const claim of CLAIMS.filter((c) => c.step)) {
      const { env } = parseUrlState(claimQuery(claim));
      const trace = buildTrace({ env, carriers: committedCarriers(env.version) });
      expect(
        trace.steps.map((step) => step.id),
        claim.text,
      ).toContain(claim.step);
    }
  });

  it('the git-source claim says clean, and the default build is the backdoored one', () => {
    const outcome = (text: RegExp) => {
      const { env } = parseUrlState(claimQuery(CLAIMS.find((c) => text.test(c.text))!));
      return buildTrace({ env, carriers: committedCarriers(env.version) }).outcome;
    };
    expect(outcome(/git tag is clean/).verdict).toBe('clean');
    expect(outcome(/default build/).verdict).toBe('backdoored');
  });
});

describe('the real-versus-stand-in sizes', () => {
  const figure = (text: string) => text.match(/^[\d,. /]+/)?.[0].trim() ?? null;

  it('a row marked “same” shows the same figures for the real file and the stand-in', () => {
    const same = REAL_VS_STAND_IN.filter((row) => row.same);
    expect(same.length).toBeGreaterThan(3);
    for (const row of same) {
      expect(figure(row.real), row.what).not.toBeNull();
      expect(figure(row.ours), row.what).toBe(figure(row.real));
    }
  });
});
