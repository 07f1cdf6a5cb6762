import { describe, expect, it } from 'vitest';

import { SIMULATION_STEPS } from '../../../../src/lib/present/simulation-steps';
import { resolveLinkTarget } from '../../../../src/lib/simulation/link-targets';
import { simulate } from '../../../../src/lib/simulation/simulate';
import { parseEnvironmentToken } from '../../../../src/lib/simulation/url-state';
import { committedCarriers } from '../simulation/helpers';

describe('the simulation step descriptions', () => {
  it('cover stage 0, stage 1, the gates, make time and the build from the git tag, in that order', () => {
    expect(SIMULATION_STEPS.map((step) => step.id)).toEqual([
      'stage-0',
      'stage-1',
      'gates',
      'stage-2-make',
      'git-tag',
    ]);
  });

  it('each open a step that the simulation really shows, in the version whose numbers they quote', async () => {
    for (const step of SIMULATION_STEPS) {
      const { env, message } = parseEnvironmentToken(step.env);
      expect(message, step.id).toBeNull();
      const trace = await simulate({ env, carriers: committedCarriers(env.version) });
      const target = resolveLinkTarget(step.id);
      expect(
        target.kind === 'step' && trace.steps.some((shown) => shown.id === target.stepId),
        step.id,
      ).toBe(true);
    }
  });

  it('end with the git tag built from git, so Run on that slide shows a clean library', async () => {
    const gitTag = SIMULATION_STEPS.find((step) => step.id === 'git-tag')!;
    const { env } = parseEnvironmentToken(gitTag.env);
    expect(env).toMatchObject({ version: '5.6.0', source: 'git' });
    expect(
      (await simulate({ env, carriers: committedCarriers(env.version) })).outcome.verdict,
    ).toBe('clean');
  });

  it('name the public constants of the injection', () => {
    const text = SIMULATION_STEPS.flatMap((step) => [
      step.command,
      ...step.points,
      ...step.notes,
    ]).join('\n');
    for (const fact of [
      'tr "\\t \\-_" " \\t_\\-"',
      'xz -d',
      'bad-3-corrupt_lzma2.xz',
      'tail -c +31265',
      'xz -F raw --lzma1',
      'debian/rules',
      'RPM_ARCH',
      '88,792',
      'build-to-host.m4',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });
});
