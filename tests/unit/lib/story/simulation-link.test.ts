import { describe, expect, it } from 'vitest';
import { simulationStepPath } from '../../../../src/lib/story/simulation-link';

describe('simulationStepPath', () => {
  it('opens the simulation at a step, escaping the step id', () => {
    expect(simulationStepPath('stage-0')).toMatch(/\/simulation\/\?step=stage-0$/);
    expect(simulationStepPath('a b')).toMatch(/\?step=a%20b$/);
  });
});
