import { describe, expect, it } from 'vitest';

import { simulationStagePath, simulationStepPath } from '../../../../src/lib/story/simulation-link';

describe('links to a moment of the simulation', () => {
  it('open the full simulation at a step, escaping the step id', () => {
    expect(simulationStepPath('stage-0')).toMatch(/\/simulation\/\?step=stage-0$/);
    expect(simulationStepPath('a b')).toMatch(/\?step=a%20b$/);
  });

  it('name the build machine when one is given', () => {
    expect(simulationStepPath('gates', '5.6.0')).toMatch(/\/simulation\/\?step=gates&env=5\.6\.0$/);
    expect(simulationStepPath('gates', '5.6.1,git')).toMatch(/&env=5\.6\.1,git$/);
    expect(simulationStepPath('gates', 'a&b')).toMatch(/&env=a%26b$/);
  });

  it('lead a slide’s frame to the stage view at the same step and machine', () => {
    expect(simulationStagePath('stage-1', '5.6.0')).toMatch(
      /\/embed\/simulation-stage\/\?step=stage-1&env=5\.6\.0$/,
    );
    expect(simulationStagePath('stage-1')).toMatch(/\/embed\/simulation-stage\/\?step=stage-1$/);
  });
});
