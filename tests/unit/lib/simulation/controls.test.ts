import { describe, expect, it } from 'vitest';

import {
  controlStatus,
  describeEnvironment,
  ENVIRONMENT_CONTROLS,
  type EnvironmentControl,
} from '../../../../src/lib/simulation/controls.ts';
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
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import type { Trace } from '../../../../src/lib/simulation/trace.ts';
import { committedCarriers } from './helpers.ts';

const control = (setting: keyof Environment): EnvironmentControl =>
  ENVIRONMENT_CONTROLS.find((c) => c.setting === setting)!;
const run = (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return simulate({ env, carriers: committedCarriers(env.version) });
};
const statuses = (trace: Trace) =>
  Object.fromEntries(ENVIRONMENT_CONTROLS.map((c) => [c.setting, controlStatus(c, trace)]));

describe('the environment panel’s controls', () => {
  it('offers every value the simulation knows, in the menu order of the environment', () => {
    const values = (setting: keyof Environment) =>
      control(setting).options.map((option) => option.value);
    expect(values('source')).toEqual([...SOURCE_KINDS]);
    expect(values('arch')).toEqual([...ARCHITECTURES]);
    expect(values('compiler')).toEqual([...COMPILERS]);
    expect(values('linker')).toEqual([...LINKERS]);
    expect(values('packageBuild')).toEqual([...PACKAGE_BUILDS]);
    expect(values('version')).toEqual(['5.6.0', '5.6.1']);
    expect(values('sshd')).toEqual([...SSHD_BUILDS]);
    expect(values('libsystemd')).toEqual([...LIBSYSTEMD_LOADS]);
  });

  it('has one control per setting, a checkbox exactly for the on/off ones', () => {
    expect(ENVIRONMENT_CONTROLS.map((c) => c.setting).sort()).toEqual(
      Object.keys(DEFAULT_ENVIRONMENT).sort(),
    );
    for (const c of ENVIRONMENT_CONTROLS) {
      const onOff = typeof DEFAULT_ENVIRONMENT[c.setting] === 'boolean';
      expect(c.kind, c.setting).toBe(onOff ? 'checkbox' : 'select');
      expect(c.options.length === 0, c.setting).toBe(onOff);
      expect(c.label.length, c.setting).toBeGreaterThan(0);
      expect(c.explains.length, c.setting).toBeGreaterThan(20);
    }
  });

  it('links each setting to steps that the default build really runs', async () => {
    const ids = new Set((await run()).steps.map((s) => s.id));
    for (const c of ENVIRONMENT_CONTROLS) {
      expect(c.steps.length, c.setting).toBeGreaterThan(0);
      for (const id of c.steps) expect(ids, `${c.setting} → ${id}`).toContain(id);
    }
  });
});

describe('what a control says about the current build', () => {
  it('says nothing before a build has run', () => {
    for (const c of ENVIRONMENT_CONTROLS)
      expect(controlStatus(c, null)).toEqual({ state: 'not-reached', text: '' });
  });

  it('in the default build every setting lets the attack through, and the version points to its steps', async () => {
    const all = statuses(await run());
    for (const [setting, status] of Object.entries(all)) {
      if (setting === 'version')
        expect(status).toEqual({ state: 'shown', text: 'see the tail, tr and RC4 steps' });
      else expect(status, setting).toEqual({ state: 'passed', text: 'lets the attack through' });
    }
  });

  it('gives the credit to the setting whose gate stopped the attack', async () => {
    const trace = await run({ compiler: 'clang' });
    const title = trace.steps.find((s) => s.id === 'gate-compiler')!.title;
    expect(controlStatus(control('compiler'), trace)).toEqual({
      state: 'failed',
      text: `stops the attack at “${title}”`,
    });
    expect(controlStatus(control('arch'), trace).state).toBe('passed');
  });

  it('says a setting whose steps never ran was not reached', async () => {
    const trace = await run({ source: 'git' });
    expect(controlStatus(control('compiler'), trace)).toEqual({
      state: 'not-reached',
      text: 'not reached in this build',
    });
    expect(controlStatus(control('source'), trace).state).toBe('failed');
  });

  it('blames the sshd, not libsystemd, when sshd never loads libsystemd', async () => {
    const trace = await run({ sshd: 'sshd-upstream', libsystemd: 'systemd-dlopen' });
    expect(controlStatus(control('sshd'), trace).state).toBe('failed');
    expect(controlStatus(control('libsystemd'), trace)).toEqual({
      state: 'not-reached',
      text: 'not reached: this sshd never loads libsystemd',
    });
  });

  it('says the run-time settings were not reached when the build itself came out clean', async () => {
    const trace = await run({ compiler: 'clang', sshd: 'sshd-upstream' });
    for (const setting of ['sshd', 'libsystemd', 'bindNot'] as const)
      expect(controlStatus(control(setting), trace), setting).toEqual({
        state: 'not-reached',
        text: 'not reached in this build',
      });
  });

  it('blames lazy libsystemd, not the sshd, when a patched sshd loads a libsystemd that skips liblzma', async () => {
    const trace = await run({ libsystemd: 'systemd-dlopen' });
    expect(controlStatus(control('sshd'), trace)).toEqual({
      state: 'passed',
      text: 'lets the attack through',
    });
    expect(controlStatus(control('libsystemd'), trace).state).toBe('failed');
  });

  it('blames LD_BIND_NOT alone when the library loads but the hook does not take', async () => {
    const all = statuses(await run({ bindNot: true }));
    expect(all.bindNot!.state).toBe('failed');
    expect(all.sshd!.state).toBe('passed');
    expect(all.libsystemd!.state).toBe('passed');
  });
});

describe('describing the build machine', () => {
  it('names the settings that differ from the usual in their own words', () => {
    const env: Environment = {
      ...DEFAULT_ENVIRONMENT,
      version: '5.6.0',
      source: 'git',
      arch: 'aarch64',
      compiler: 'clang',
      linker: 'lld',
      packageBuild: 'plain',
      shared: false,
      ifunc: false,
      sshd: 'sshd-upstream',
      libsystemd: 'systemd-dlopen',
      bindNot: true,
    };
    expect(describeEnvironment(env)).toBe(
      'Git tag + ./autogen.sh · aarch64 · clang · LLD · None: plain ./configure · xz 5.6.0 · no shared library · no ifunc · sshd without libsystemd · lazy libsystemd · LD_BIND_NOT=1',
    );
  });

  it('falls back to the raw value of a setting it has no label for', () => {
    const env = { ...DEFAULT_ENVIRONMENT, arch: 'riscv64' } as unknown as Environment;
    expect(describeEnvironment(env).split(' · ')[1]).toBe('riscv64');
  });
});
