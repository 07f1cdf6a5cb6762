import { describe, expect, it } from 'vitest';

import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import { resolveLinkTarget, STEP_ALIASES } from '../../../../src/lib/simulation/link-targets.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import { readCollection } from '../../../support/content-files.ts';
import { committedCarriers } from './helpers.ts';

const trace = await simulate({
  env: { ...DEFAULT_ENVIRONMENT },
  carriers: committedCarriers('5.6.1'),
});
const defaultSteps = new Set(trace.steps.map((s) => s.id));

describe('links into the simulation', () => {
  it('every alias opens a step of the default build', () => {
    for (const [alias, step] of Object.entries(STEP_ALIASES))
      expect(defaultSteps.has(step), alias).toBe(true);
  });

  it('every chapter’s simulationStep opens a step or a section', async () => {
    const chapters = await readCollection<{ simulationStep?: string }>('chapters');
    const steps = chapters
      .map((chapter) => chapter.data.simulationStep)
      .filter((step): step is string => Boolean(step));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const target = resolveLinkTarget(step);
      expect(
        target.kind === 'section' || (target.kind === 'step' && defaultSteps.has(target.stepId)),
        step,
      ).toBe(true);
    }
  });

  it('an unknown name stays a step name, so the page can say it does not exist', () => {
    expect(resolveLinkTarget('no-such-step')).toEqual({ kind: 'step', stepId: 'no-such-step' });
    expect(resolveLinkTarget(null)).toEqual({ kind: 'none' });
  });
});

describe('names that only exist on Object.prototype', () => {
  it('?step=constructor and friends are neither sections nor aliases', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      expect(resolveLinkTarget(name)).toEqual({ kind: 'step', stepId: name });
  });
});
