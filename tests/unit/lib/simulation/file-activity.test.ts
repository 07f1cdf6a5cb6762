import { describe, expect, it } from 'vitest';

import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

/**
 * What the file panes and the source list show for each step: its phase, the files it touches
 * and the sources it cites. One line per step, reviewed as a snapshot.
 */
function activity(change: Partial<Environment>): string {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return buildTrace({ env, carriers: committedCarriers(env.version) })
    .steps.map((step) => {
      const touches = step.touches.map(
        (t) => `${t.change} ${t.tree}:${t.path}${t.bytes === undefined ? '' : ` (${t.bytes})`}`,
      );
      return [
        `${step.id} [${step.phase}]${step.endsChain ? ' ends the chain' : ''}`,
        ...touches.map((t) => `  ${t}`),
        `  sources: ${(step.sources ?? []).join(', ') || '—'}`,
      ].join('\n');
    })
    .join('\n');
}

describe('the files each step touches and the sources it cites', () => {
  it('in the default backdoored build', () => {
    expect(activity({})).toMatchSnapshot();
  });

  it('in a build from git', () => {
    expect(activity({ source: 'git' })).toMatchSnapshot();
  });

  it('in an aarch64 build, whose merge fails', () => {
    expect(activity({ arch: 'aarch64' })).toMatchSnapshot();
  });

  it('in an RPM build of 5.6.0 with autoreconf', () => {
    expect(
      activity({ version: '5.6.0', packageBuild: 'rpm', source: 'tarball-autoreconf' }),
    ).toMatchSnapshot();
  });
});
