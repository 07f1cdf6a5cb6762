import { describe, expect, it } from 'vitest';

import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

const outcomeOf = async (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  const trace = await simulate({ env, carriers: committedCarriers(env.version) });
  return { trace, step: trace.steps.at(-1)! };
};

describe('the result step', () => {
  it('for the default build: backdoored, digests that differ, and sshd hooked', async () => {
    const { trace, step } = await outcomeOf();
    const { built, reference } = trace.outcome.digests;
    expect(step).toMatchObject({
      id: 'outcome',
      phase: 'outcome',
      title: 'Result: backdoored',
      command: 'sha256sum liblzma.so.5.6.1',
      touches: [],
    });
    expect(step.output).toEqual([
      `${built}  liblzma.so.5.6.1   (this build)`,
      `${reference}  liblzma.so.5.6.1   (same machine, built from the git tag)`,
      'different: the object is in',
      'sshd on this machine: hooked — a command signed with the attacker’s key would run as root',
      'both digests are of our stand-in bytes: not indicators of compromise',
    ]);
    expect(step.explain).toBe(
      `Decided at “${trace.outcome.decidedBy.title}”: ${trace.outcome.decidedBy.reason}.`,
    );
  });

  it('for a build stopped before the edits: clean and identical, with no run-time line', async () => {
    const { step } = await outcomeOf({ compiler: 'clang' });
    expect(step.title).toBe('Result: clean');
    expect(step.output.slice(2)).toEqual([
      'identical',
      'both digests are of our stand-in bytes: not indicators of compromise',
    ]);
  });

  it('for an aarch64 build: clean, yet different because stage 2 changed the flags', async () => {
    const { trace, step } = await outcomeOf({ arch: 'aarch64' });
    expect(trace.outcome.flagsAltered).toBe(true);
    expect(step.output[2]).toBe(
      'different, but no object went in: stage 2 only changed compiler and linker flags',
    );
  });

  it('for an sshd that never loads the library: not hooked, with the reason', async () => {
    const { trace, step } = await outcomeOf({ sshd: 'sshd-upstream' });
    expect(trace.outcome.runtime).toEqual({ hooked: false, stoppedAt: 'runtime-load' });
    expect(step.output[3]).toBe(
      'sshd on this machine: not hooked — this sshd does not link libsystemd, so liblzma is never loaded; the library itself is still backdoored',
    );
  });

  it('decided by the first failing gate, with that gate’s reason', async () => {
    const { trace } = await outcomeOf({ linker: 'lld' });
    const gate = trace.steps.find((s) => s.id === 'gate-linker')!;
    expect(trace.outcome.decidedBy).toEqual({
      stepId: 'gate-linker',
      title: gate.title,
      reason: gate.gate!.reason,
    });
    expect(trace.outcome.runtime).toBeNull();
    expect(trace.outcome.artifact).toBe('liblzma.so.5.6.1');
  });
});
