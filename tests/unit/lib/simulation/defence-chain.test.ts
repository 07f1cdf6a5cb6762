import { describe, expect, it } from 'vitest';

import {
  buildNeededBy,
  CHAIN,
  type DefenceId,
  DEFENCES,
  evaluateDefence,
} from '../../../../src/lib/simulation/defences.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

/** Where each control breaks the attack chain (null: it does not), from the project's analysis. */
const EXPECTED: Record<DefenceId, { caught: boolean; breaksAt: string | null }> = {
  'file-list': { caught: false, breaksAt: null },
  'm4-diff': { caught: true, breaksAt: 'import' },
  'reproducible-dist': { caught: true, breaksAt: 'release' },
  'git-autoreconf': { caught: true, breaksAt: 'configure' },
  'reproducible-builds': { caught: false, breaksAt: null },
  'tarball-vs-git-build': { caught: true, breaksAt: 'ship' },
  slsa: { caught: true, breaksAt: 'import' },
  'sshd-no-libsystemd': { caught: true, breaksAt: 'runtime' },
  'no-binary-tests': { caught: true, breaksAt: 'commit' },
  runtime: { caught: true, breaksAt: 'runtime' },
};

describe('each defence breaks the attack chain at its own link', () => {
  it.each(DEFENCES.map((defence) => [defence.id] as const))('%s', async (id) => {
    const build = buildNeededBy(id);
    const outcome =
      build &&
      (
        await simulate({
          env: build.env,
          carriers: build.withCarriers ? committedCarriers(build.env.version) : null,
        })
      ).outcome;
    const result = evaluateDefence(id, outcome);
    expect({ caught: result.caught, breaksAt: result.breaksAt }).toEqual(EXPECTED[id]);
    if (result.breaksAt) expect(CHAIN.map((link) => link.id)).toContain(result.breaksAt);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it('a defence that rests on a build refuses to judge without one', () => {
    expect(() => evaluateDefence('git-autoreconf')).toThrow(/needs the outcome of the build/);
    expect(() => evaluateDefence('no-binary-tests')).toThrow(/“no-binary-tests”/);
  });

  it('a build that still ends compromised means the build-based defences miss it', () => {
    const compromised = {
      verdict: 'backdoored' as const,
      decidedBy: { stepId: 'stage2', title: 'Stage 2', reason: 'the hook is linked in' },
    };
    for (const id of ['git-autoreconf', 'no-binary-tests'] as const)
      expect(evaluateDefence(id, compromised).caught).toBe(false);
  });
});
