import { describe, expect, it } from 'vitest';

import { VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import {
  ARCHITECTURES,
  COMPILERS,
  DEFAULT_ENVIRONMENT,
  type Environment,
  LIBSYSTEMD_LOADS,
  LINKERS,
  PACKAGE_BUILDS,
  SOURCE_KINDS,
  SSHD_BUILDS,
} from '../../../../src/lib/simulation/environment.ts';
import {
  initialPlayer,
  type PlayerAction,
  playerReducer,
  SPEEDS,
} from '../../../../src/lib/simulation/player.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { parseUrlState, serializeUrlState } from '../../../../src/lib/simulation/url-state.ts';
import { committedCarriers, noise } from './helpers.ts';

/** Seeded choices so a failure can be replayed. */
function chooser(seed: number) {
  const bytes = noise(seed, 4096);
  let at = 0;
  return <T>(options: readonly T[]): T => options[bytes[at++ % bytes.length]! % options.length]!;
}

describe('fuzz', () => {
  const carriers = { '5.6.0': committedCarriers('5.6.0'), '5.6.1': committedCarriers('5.6.1') };

  it('500 random environments and step sequences never throw and always reach a verdict', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const pick = chooser(seed);
      const env: Environment = {
        version: pick(VERSIONS),
        source: pick(SOURCE_KINDS),
        arch: pick(ARCHITECTURES),
        compiler: pick(COMPILERS),
        linker: pick(LINKERS),
        packageBuild: pick(PACKAGE_BUILDS),
        shared: pick([true, false]),
        ifunc: pick([true, false]),
        sshd: pick(SSHD_BUILDS),
        libsystemd: pick(LIBSYSTEMD_LOADS),
        bindNot: pick([true, false]),
      };
      const useCarriers = pick([true, true, true, false]);
      const draft = buildTrace({ env, carriers: useCarriers ? carriers[env.version] : null });
      expect(['backdoored', 'clean']).toContain(draft.outcome.verdict);
      expect(draft.outcome.makeCheckPassed).toBe(true);
      const expected =
        env.source !== 'git' &&
        env.arch === 'x86_64' &&
        env.compiler === 'gcc' &&
        env.linker === 'gnu-ld' &&
        env.packageBuild !== 'plain' &&
        env.shared &&
        env.ifunc &&
        useCarriers;
      expect(
        draft.outcome.verdict === 'backdoored',
        JSON.stringify({ seed, env, useCarriers }),
      ).toBe(expected);

      let state = initialPlayer(draft.steps.length + 1);
      const actions: PlayerAction[] = Array.from({ length: 30 }, () =>
        pick<PlayerAction>([
          { type: 'run' },
          { type: 'step' },
          { type: 'back' },
          { type: 'reset' },
          { type: 'tick' },
          { type: 'pause' },
          { type: 'goto', index: pick([-5, 0, 3, 17, 1e9]) },
          { type: 'speed', speed: pick(SPEEDS) },
        ]),
      );
      for (const action of actions) {
        state = playerReducer(state, action);
        expect(state.index).toBeGreaterThanOrEqual(-1);
        expect(state.index).toBeLessThan(state.total);
      }
      const stepId = state.index >= 0 ? (draft.steps[state.index]?.id ?? 'outcome') : null;
      expect(parseUrlState(serializeUrlState(env, stepId))).toEqual({
        env,
        step: stepId,
        message: null,
      });
    }
  }, 60_000);

  it('random garbage in the carriers or the URL never throws', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const pick = chooser(seed + 1000);
      const broken = {
        badXz: noise(seed, pick([0, 13, 512])),
        goodLarge: noise(seed + 1, pick([0, 100, 35_000])),
      };
      expect(() =>
        buildTrace({
          env: {
            ...DEFAULT_ENVIRONMENT,
            version: '5.6.1',
            source: 'tarball',
            arch: 'x86_64',
            compiler: 'gcc',
            linker: 'gnu-ld',
            packageBuild: 'deb',
            shared: true,
            ifunc: true,
          },
          carriers: broken,
        }),
      ).not.toThrow();
      const junk = String.fromCharCode(...noise(seed, 40).map((b) => 32 + (b % 90)));
      expect(() =>
        parseUrlState(`?env=${encodeURIComponent(junk)}&step=${encodeURIComponent(junk)}`),
      ).not.toThrow();
    }
  });
});
