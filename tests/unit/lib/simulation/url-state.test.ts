import { describe, expect, it } from 'vitest';

import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import {
  environmentToken,
  parseEnvironmentToken,
  parseUrlState,
  serializeUrlState,
} from '../../../../src/lib/simulation/url-state.ts';

describe('URL state', () => {
  it('round-trips every setting', () => {
    const env = {
      ...DEFAULT_ENVIRONMENT,
      version: '5.6.0' as const,
      source: 'git' as const,
      arch: 'aarch64' as const,
      compiler: 'clang' as const,
      linker: 'lld' as const,
      packageBuild: 'rpm' as const,
      shared: false,
      ifunc: false,
    };
    expect(parseUrlState(serializeUrlState(env, 'gate-compiler'))).toEqual({
      env,
      step: 'gate-compiler',
      message: null,
    });
  });

  it('writes a readable link with unescaped commas', () => {
    expect(serializeUrlState(DEFAULT_ENVIRONMENT, 'make')).toBe(
      '?step=make&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc',
    );
  });

  it('fills settings the link leaves out with the defaults, in any order', () => {
    expect(parseEnvironmentToken('clang,5.6.0').env).toEqual({
      ...DEFAULT_ENVIRONMENT,
      compiler: 'clang',
      version: '5.6.0',
    });
  });

  it('falls back to the default with a message for an unknown setting', () => {
    const parsed = parseUrlState('?env=x86_64,riscv128');
    expect(parsed.env).toEqual(DEFAULT_ENVIRONMENT);
    expect(parsed.message).toMatch(/riscv128.*not a known setting.*default/);
  });

  it('falls back with a message when a setting repeats', () => {
    expect(parseEnvironmentToken('gcc,clang').message).toMatch(/repeats/);
  });

  it('rejects a step that is not a step name, with a message', () => {
    const parsed = parseUrlState('?step=<script>');
    expect(parsed.step).toBeNull();
    expect(parsed.message).toMatch(/not a step name/);
  });

  it('an empty query is the default, without a message', () => {
    expect(parseUrlState('')).toEqual({ env: DEFAULT_ENVIRONMENT, step: null, message: null });
    expect(environmentToken(DEFAULT_ENVIRONMENT).split(',')).toHaveLength(8);
  });
});

import {
  announce,
  buildTreeAt,
  phasesOf,
  resolveStep,
} from '../../../../src/lib/simulation/session.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

describe('linking to a step', () => {
  const trace = simulate({
    env: { ...DEFAULT_ENVIRONMENT, compiler: 'clang' },
    carriers: committedCarriers('5.6.1'),
  });

  it('finds a step that happens in this build', async () => {
    const t = await trace;
    expect(resolveStep(t, 'gate-compiler')).toEqual({
      index: t.steps.findIndex((s) => s.id === 'gate-compiler'),
      message: null,
    });
  });

  it('a step the chain never reached falls back to where it ended, with a message', async () => {
    const t = await trace;
    const r = resolveStep(t, 'merge-object');
    expect(t.steps[r.index]!.id).toBe('gate-compiler');
    expect(r.message).toMatch(/does not happen in this build/);
  });

  it('a name that is no step at all starts from the beginning, with a message', async () => {
    const full = await simulate({ env: DEFAULT_ENVIRONMENT, carriers: committedCarriers('5.6.1') });
    expect(full.outcome.verdict).toBe('backdoored');
    expect(resolveStep(full, '999')).toEqual({
      index: -1,
      message:
        "The link's step “999” is not a step of this simulation, so the run starts at the beginning.",
    });
  });

  it('announces the gate result of the step on screen', async () => {
    const t = await trace;
    const i = t.steps.findIndex((s) => s.id === 'gate-compiler');
    expect(announce(t.steps[i], i, t.steps.length)).toMatch(
      /^Step \d+ of \d+: The compiler is gcc — failed: GCC='yes' but CC='clang'/,
    );
  });

  it('lists the phases in order and folds the build tree', async () => {
    const t = await trace;
    expect(phasesOf(t).map((p) => p.phase)).toEqual([
      'release',
      'source',
      'configure',
      'stage0',
      'stage1',
      'stage2-configure',
      'make',
      'check',
      'outcome',
    ]);
    expect(buildTreeAt(t, t.steps.length - 1).map((f) => f.path)).toContain(
      'src/liblzma/.libs/liblzma.so.5.6.1',
    );
    expect(buildTreeAt(t, -1)).toEqual([]);
  });
});

describe('highlighting files', () => {
  it('a carrier read by the build lights up in the git and tarball panes too', async () => {
    const { touchedPaths } = await import('../../../../src/lib/simulation/session.ts');
    const t = await simulate({
      env: { ...DEFAULT_ENVIRONMENT },
      carriers: committedCarriers('5.6.1'),
    });
    const grep = t.steps.find((s) => s.id === 'stage0-grep');
    expect(touchedPaths(grep, 'git').has('tests/files/bad-3-corrupt_lzma2.xz')).toBe(true);
    expect(
      touchedPaths(
        t.steps.find((s) => s.id === 'configure'),
        'git',
      ).size,
    ).toBe(0);
  });
});

describe('describing the build machine', () => {
  it('names every setting in one line', async () => {
    const { describeEnvironment } = await import('../../../../src/lib/simulation/controls.ts');
    expect(describeEnvironment(DEFAULT_ENVIRONMENT)).toBe(
      'Release tarball · x86_64 · gcc · GNU ld · Debian (debian/rules) · xz 5.6.1 · shared library · ifunc',
    );
    expect(describeEnvironment({ ...DEFAULT_ENVIRONMENT, shared: false })).toContain(
      'no shared library',
    );
  });
});
