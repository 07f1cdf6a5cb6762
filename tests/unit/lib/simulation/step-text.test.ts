import { describe, expect, it } from 'vitest';

import { SOURCES } from '../../../../src/lib/simulation/constants.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { PHASE_LABELS } from '../../../../src/lib/simulation/trace.ts';
import { committedCarriers } from './helpers.ts';

/** Builds that between them take every branch of the pipeline. */
const BUILDS: Array<Partial<Environment>> = [
  {},
  { version: '5.6.0' },
  { source: 'git' },
  { source: 'tarball-autoreconf', packageBuild: 'rpm' },
  { arch: 'aarch64' },
  { compiler: 'clang' },
  { linker: 'lld' },
  { packageBuild: 'plain' },
  { shared: false },
  { ifunc: false },
  { sshd: 'sshd-upstream' },
  { libsystemd: 'systemd-dlopen' },
  { bindNot: true },
];
const carriers = { '5.6.0': committedCarriers('5.6.0'), '5.6.1': committedCarriers('5.6.1') };
// Built inside each test, not when the file loads: mutation testing credits a test only with
// the code that runs during it.
const traces = () =>
  BUILDS.map((change) => {
    const env = { ...DEFAULT_ENVIRONMENT, ...change };
    return { change, trace: buildTrace({ env, carriers: carriers[env.version] }) };
  });

describe('every step the page shows reads as text', () => {
  it('has a title, a command and an explanation of at least a sentence', () => {
    for (const { change, trace } of traces()) {
      for (const step of trace.steps) {
        const where = `${JSON.stringify(change)} ${step.id}`;
        expect(step.title.trim(), where).toBe(step.title);
        expect(step.title.length, where).toBeGreaterThan(3);
        expect(step.command.trim().length, where).toBeGreaterThan(0);
        expect(step.explain.length, where).toBeGreaterThan(10);
        expect(step.explain, where).toMatch(/[.)”!?]$/);
        expect(PHASE_LABELS[step.phase], where).toBeTruthy();
      }
    }
  });

  it('prints no empty output lines and names only known sources', () => {
    for (const { change, trace } of traces()) {
      for (const step of trace.steps) {
        const where = `${JSON.stringify(change)} ${step.id}`;
        for (const line of step.output) expect(line.trim().length, where).toBeGreaterThan(0);
        for (const source of step.sources ?? [])
          expect(Object.keys(SOURCES), where).toContain(source);
        for (const touch of step.touches) expect(touch.path.length, where).toBeGreaterThan(0);
        for (const view of step.views ?? []) expect(view.label.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('gives every gate a reason that is printed as its ✓ or ✗ line', () => {
    for (const { change, trace } of traces()) {
      for (const step of trace.steps.filter((s) => s.gate)) {
        const where = `${JSON.stringify(change)} ${step.id}`;
        expect(step.gate!.reason.length, where).toBeGreaterThan(5);
        expect(step.output, where).toContain(
          `${step.gate!.passed ? '✓' : '✗'} ${step.gate!.reason}`,
        );
      }
    }
  });
});
