import { describe, expect, it } from 'vitest';

import { SOURCES } from '../../../../src/lib/simulation/constants.ts';
import {
  buildNeededBy,
  type BuildVerdict,
  type DefenceId,
  DEFENCES,
  evaluateDefence,
  isDefenceId,
} from '../../../../src/lib/simulation/defences.ts';
import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';

const decidedBy = { stepId: 'gate-x', title: 'The gate', reason: 'it said no' };
const clean: BuildVerdict = { verdict: 'clean', decidedBy };
const backdoored: BuildVerdict = {
  verdict: 'backdoored',
  decidedBy,
  digests: { built: 'a'.repeat(64), reference: 'b'.repeat(64) },
  runtime: { hooked: true, stoppedAt: null },
};

describe('the build a defence rests on', () => {
  it('is the default target from git for an autoreconf build from the tag', () => {
    expect(buildNeededBy('git-autoreconf')).toEqual({
      env: { ...DEFAULT_ENVIRONMENT, source: 'git' },
      withCarriers: true,
    });
  });

  it('is the default target without the carriers for the no-binary-tests policy', () => {
    expect(buildNeededBy('no-binary-tests')).toEqual({
      env: DEFAULT_ENVIRONMENT,
      withCarriers: false,
    });
  });

  it('is the default target itself for both reproducibility checks', () => {
    for (const id of ['reproducible-builds', 'tarball-vs-git-build'] as const)
      expect(buildNeededBy(id)).toEqual({ env: DEFAULT_ENVIRONMENT, withCarriers: true });
  });

  it('is the default target with an upstream sshd for the no-libsystemd defence', () => {
    expect(buildNeededBy('sshd-no-libsystemd')).toEqual({
      env: { ...DEFAULT_ENVIRONMENT, sshd: 'sshd-upstream' },
      withCarriers: true,
    });
  });

  it('follows the chosen release', () => {
    expect(buildNeededBy('git-autoreconf', '5.6.0')!.env.version).toBe('5.6.0');
    expect(buildNeededBy('no-binary-tests', '5.6.0')!.env.version).toBe('5.6.0');
  });

  it('is none for the defences the file model alone decides', () => {
    for (const id of ['file-list', 'm4-diff', 'reproducible-dist', 'slsa', 'runtime'] as const)
      expect(buildNeededBy(id)).toBeNull();
  });
});

describe('defence ids from a link or a form', () => {
  it('accepts every listed defence and nothing else', () => {
    for (const { id } of DEFENCES) expect(isDefenceId(id)).toBe(true);
    expect(isDefenceId('firewall')).toBe(false);
    expect(isDefenceId('')).toBe(false);
  });
});

describe('what each defence says', () => {
  /** Each defence judged on the outcome its real build has (defence-chain.test.ts runs them). */
  const realistic: Partial<Record<DefenceId, BuildVerdict>> = {
    'git-autoreconf': clean,
    'no-binary-tests': clean,
    'reproducible-builds': backdoored,
    'tarball-vs-git-build': backdoored,
    'sshd-no-libsystemd': { ...backdoored, runtime: { hooked: false, stoppedAt: 'runtime-load' } },
  };
  const evaluate = (id: DefenceId) => evaluateDefence(id, realistic[id] ?? null);

  it('opens with a headline that agrees with its verdict', () => {
    for (const { id } of DEFENCES) {
      const result = evaluate(id);
      const opening = result.caught ? /^(Catches|Stops)/ : /^Misses/;
      expect(result.headline, id).toMatch(opening);
      expect(result.id).toBe(id);
    }
  });

  it('gives a caveat of substance, and names its sources or says it is our own reasoning', () => {
    for (const { id } of DEFENCES) {
      const result = evaluate(id);
      expect(result.caveat!.length, id).toBeGreaterThan(40);
      for (const source of result.sources) expect(Object.keys(SOURCES), id).toContain(source);
      if (result.sources.length === 0) expect(result.caveat, id).toMatch(/^Our reasoning/);
    }
  });

  it('counts the tarball-only files for the file-list check and explains why none is suspicious', () => {
    const result = evaluateDefence('file-list');
    expect(result.evidence[0]).toMatch(/^\d+ files only in the tarball, 0 unexpected$/);
    expect(result.evidence.slice(1).join('\n')).toMatch(
      /allow-list[\s\S]*carrier files are in git/,
    );
  });

  it('names the doctored m4 file with both serials and the size of the change', () => {
    expect(evaluateDefence('m4-diff').evidence).toEqual([
      'm4/build-to-host.m4: # serial 30 in the tarball, serial 3 upstream; 2 lines changed, 27 added',
    ]);
  });

  it('lists exactly what a make dist from the tag would produce differently', () => {
    expect(evaluateDefence('reproducible-dist').evidence).toEqual([
      'configure differs',
      'm4/build-to-host.m4 differs (serial 30 vs 3)',
    ]);
  });

  it('gives evidence lines of substance for every defence', () => {
    for (const { id } of DEFENCES)
      for (const line of evaluate(id).evidence) expect(line.length, id).toBeGreaterThan(15);
  });

  it('reports the autoreconf build’s verdict and the step that decided it', () => {
    expect(evaluateDefence('git-autoreconf', clean).evidence).toEqual([
      'simulated build of the default environment from git: clean',
      'decided at “The gate”: it said no',
    ]);
  });

  it('reports the build without test files and the step that decided it', () => {
    const result = evaluateDefence('no-binary-tests', clean);
    expect(result).toMatchObject({ caught: true, breaksAt: 'commit' });
    expect(result.evidence).toEqual([
      'simulated default build without the two test files: clean',
      'decided at “The gate”: it said no',
    ]);
  });

  it('shows a reproducible build’s digest shortened and labelled as a stand-in', () => {
    const result = evaluateDefence('reproducible-builds', backdoored);
    expect(result.evidence[0]).toBe(
      'simulated default build from the tarball: backdoored, aaaaaaaaaaaa… (stand-in)',
    );
    expect(evaluateDefence('reproducible-builds', clean).evidence[0]).toMatch(
      /clean, \?… \(stand-in\)$/,
    );
  });

  it('catches the attack when the tarball build and the git build differ, and not when they match', () => {
    const differ = evaluateDefence('tarball-vs-git-build', backdoored);
    expect(differ).toMatchObject({ caught: true, breaksAt: 'ship' });
    expect(differ.evidence).toEqual([
      'from the tarball: aaaaaaaaaaaa… (stand-in)',
      'from the git tag (autogen.sh): bbbbbbbbbbbb… (stand-in)',
      'different: something in the tarball changed the build',
    ]);
    const same = evaluateDefence('tarball-vs-git-build', {
      ...backdoored,
      digests: { built: 'c'.repeat(64), reference: 'c'.repeat(64) },
    });
    expect(same).toMatchObject({ caught: false, breaksAt: null });
    expect(same.evidence[2]).toBe('identical');
    expect(evaluateDefence('tarball-vs-git-build', clean)).toMatchObject({
      caught: false,
      breaksAt: null,
    });
  });

  it('counts an sshd without libsystemd as a stop only when the hook never ran', () => {
    const stopped = evaluateDefence('sshd-no-libsystemd', {
      ...backdoored,
      runtime: { hooked: false, stoppedAt: 'runtime-load' },
    });
    expect(stopped).toMatchObject({ caught: true, breaksAt: 'runtime' });
    expect(stopped.evidence).toEqual([
      'simulated default build, sshd without libsystemd: library backdoored',
      'run time: liblzma is never loaded into sshd, so the hook never runs',
    ]);
    const hooked = evaluateDefence('sshd-no-libsystemd', backdoored);
    expect(hooked).toMatchObject({ caught: false, breaksAt: null });
    expect(hooked.evidence[1]).toBe('run time: not reached');
    expect(
      evaluateDefence('sshd-no-libsystemd', { verdict: 'backdoored', decidedBy }),
    ).toMatchObject({
      caught: false,
      breaksAt: null,
    });
    expect(evaluateDefence('sshd-no-libsystemd', clean)).toMatchObject({
      caught: true,
      breaksAt: 'runtime',
    });
  });

  it('gives the measured figures for the run-time signals', () => {
    expect(evaluateDefence('runtime').evidence.join('\n')).toMatch(
      /0\.299 s → 0\.807 s[\s\S]*Valgrind/,
    );
  });
});
