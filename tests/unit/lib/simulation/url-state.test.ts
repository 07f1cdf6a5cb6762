import { describe, expect, it } from 'vitest';

import { describeEnvironment } from '../../../../src/lib/simulation/controls.ts';
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

  it('an empty step parameter starts at the beginning, without a message', () => {
    expect(parseUrlState('?step=')).toEqual({
      env: DEFAULT_ENVIRONMENT,
      step: null,
      message: null,
    });
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
  touchedPaths,
} from '../../../../src/lib/simulation/session.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

describe('linking to a step', () => {
  // Built inside each test, not when the file loads: mutation testing credits a test only with
  // the code that runs during it.
  const trace = () =>
    simulate({
      env: { ...DEFAULT_ENVIRONMENT, compiler: 'clang' },
      carriers: committedCarriers('5.6.1'),
    });

  it('finds a step that happens in this build', async () => {
    const t = await trace();
    expect(resolveStep(t, 'gate-compiler')).toEqual({
      index: t.steps.findIndex((s) => s.id === 'gate-compiler'),
      message: null,
    });
  });

  it('a step the chain never reached falls back to where it ended, with a message', async () => {
    const t = await trace();
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
    const t = await trace();
    const i = t.steps.findIndex((s) => s.id === 'gate-compiler');
    expect(announce(t.steps[i], i, t.steps.length)).toMatch(
      /^Step \d+ of \d+: The compiler is gcc — failed: GCC='yes' but CC='clang'/,
    );
  });

  it('lists the phases in order and folds the build tree', async () => {
    const t = await trace();
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
    expect(describeEnvironment(DEFAULT_ENVIRONMENT)).toBe(
      'Release tarball · x86_64 · gcc · GNU ld · Debian (debian/rules) · xz 5.6.1 · shared library · ifunc',
    );
    expect(describeEnvironment({ ...DEFAULT_ENVIRONMENT, shared: false })).toContain(
      'no shared library',
    );
  });
});

describe('links in detail', () => {
  it('names the run-time settings only when they differ from the default', () => {
    expect(
      environmentToken({
        ...DEFAULT_ENVIRONMENT,
        sshd: 'sshd-upstream',
        libsystemd: 'systemd-dlopen',
        bindNot: true,
      }),
    ).toBe(
      '5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc,sshd-upstream,systemd-dlopen,bind-not',
    );
    expect(environmentToken({ ...DEFAULT_ENVIRONMENT, shared: false, ifunc: false })).toBe(
      '5.6.1,tarball,x86_64,gcc,gnu-ld,deb,static,no-ifunc',
    );
  });

  it('reads words for the switches, ignoring case and spaces around tokens', () => {
    expect(parseEnvironmentToken(' STATIC , no-ifunc,bind-not ,bind-default').message).toMatch(
      /“bind-default” repeats a setting/,
    );
    expect(parseEnvironmentToken(' STATIC , no-ifunc,bind-not ').env).toEqual({
      ...DEFAULT_ENVIRONMENT,
      shared: false,
      ifunc: false,
      bindNot: true,
    });
    expect(parseEnvironmentToken('shared,ifunc,bind-default').env).toEqual(DEFAULT_ENVIRONMENT);
  });

  it('treats a blank env like no env at all', () => {
    expect(parseEnvironmentToken('   ')).toEqual({ env: DEFAULT_ENVIRONMENT, message: null });
    expect(parseEnvironmentToken(null)).toEqual({ env: DEFAULT_ENVIRONMENT, message: null });
  });

  it('quotes at most 40 characters of an unknown token or step', () => {
    const long = 'y'.repeat(60);
    expect(parseEnvironmentToken(long).message).toBe(
      `The link's environment could not be read (“${'y'.repeat(40)}” is not a known setting), so the default build is shown.`,
    );
    expect(parseUrlState(`?step=${'Z'.repeat(60)}`).message).toBe(
      `The link's step “${'Z'.repeat(40)}” is not a step name, so the run starts at the beginning.`,
    );
  });

  it('gives both messages when the env and the step are both wrong', () => {
    const { message } = parseUrlState('?env=nope&step=BAD');
    expect(message).toMatch(/^The link's environment could not be read .* The link's step “BAD”/);
  });

  it('accepts step names of 1 to 40 lowercase letters, digits and dashes', () => {
    expect(parseUrlState(`?step=${'a'.repeat(40)}`).step).toBe('a'.repeat(40));
    expect(parseUrlState(`?step=${'a'.repeat(41)}`).step).toBeNull();
    expect(parseUrlState('?step=')).toEqual({
      env: DEFAULT_ENVIRONMENT,
      step: null,
      message: null,
    });
    expect(parseUrlState('?step=stage0-xz').step).toBe('stage0-xz');
    expect(parseUrlState('?step=x y').step).toBeNull();
  });

  it('leaves the step out of a link to the start', () => {
    expect(serializeUrlState(DEFAULT_ENVIRONMENT, null)).toBe(
      '?env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc',
    );
  });
});
