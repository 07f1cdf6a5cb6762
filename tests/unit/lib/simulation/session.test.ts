import { describe, expect, it } from 'vitest';

import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import {
  announce,
  buildTreeAt,
  phasesOf,
  resolveStep,
  touchedPaths,
} from '../../../../src/lib/simulation/session.ts';
import type { FileTouch, Trace, TraceStep } from '../../../../src/lib/simulation/trace.ts';

const step = (id: string, extra: Partial<TraceStep> = {}): TraceStep => ({
  id,
  phase: 'configure',
  title: `Title of ${id}`,
  command: '',
  output: [],
  explain: '',
  touches: [],
  ...extra,
});

/** A short clean build that ended at its second step. */
const cleanTrace = (): Trace =>
  ({
    env: DEFAULT_ENVIRONMENT,
    steps: [
      step('git-tag', { phase: 'release' }),
      step('gate-compiler', { gate: { passed: false, reason: 'CC is clang' } }),
      step('outcome', { phase: 'outcome', output: ['first line', 'Verdict: clean'] }),
    ],
    outcome: {
      verdict: 'clean',
      decidedBy: { stepId: 'gate-compiler', title: 'The compiler is gcc', reason: 'CC is clang' },
    },
  }) as unknown as Trace;

describe('resolving a linked step', () => {
  it('shows nothing yet when the link names no step', () => {
    expect(resolveStep(cleanTrace(), null)).toEqual({ index: -1, message: null });
  });

  it('finds a linked step even when it is the very first', () => {
    expect(resolveStep(cleanTrace(), 'git-tag')).toEqual({ index: 0, message: null });
  });

  it('falls back to the deciding step of a clean build, naming both', () => {
    expect(resolveStep(cleanTrace(), 'merge-object')).toEqual({
      index: 1,
      message:
        'The step “merge-object” does not happen in this build — the chain ended at “The compiler is gcc”. Showing that step instead.',
    });
  });

  it('quotes at most 40 characters of a nonsense link in a backdoored build', () => {
    const trace = { ...cleanTrace(), outcome: { ...cleanTrace().outcome, verdict: 'backdoored' } };
    const { message } = resolveStep(trace as Trace, 'x'.repeat(100));
    expect(message).toContain(`“${'x'.repeat(40)}”`);
  });
});

describe('announcing a step to screen readers', () => {
  const trace = cleanTrace();

  it('says so when nothing has run yet', () => {
    expect(announce(undefined, -1, 3)).toBe('Reset: nothing has run yet.');
  });

  it('names a plain step by its position and title', () => {
    expect(announce(trace.steps[0], 0, 3)).toBe('Step 1 of 3: Title of git-tag.');
  });

  it('adds a gate’s result and the reason it failed', () => {
    expect(announce(trace.steps[1], 1, 3)).toBe(
      'Step 2 of 3: Title of gate-compiler — failed: CC is clang.',
    );
    expect(announce(step('g', { gate: { passed: true, reason: 'ok' } }), 4, 9)).toBe(
      'Step 5 of 9: Title of g — passed.',
    );
  });

  it('reads out the verdict, the last line of the outcome', () => {
    expect(announce(trace.steps[2], 2, 3)).toBe('Step 3 of 3: Title of outcome. Verdict: clean');
    expect(announce(step('outcome'), 0, 1)).toBe('Step 1 of 1: Title of outcome. ');
  });
});

describe('phases and files of a trace', () => {
  it('starts a phase at its first step, not its last', () => {
    const trace = {
      ...cleanTrace(),
      steps: [step('a', { phase: 'release' }), step('b', { phase: 'release' })],
    } as Trace;
    expect(phasesOf(trace).map((p) => p.firstIndex)).toEqual([0]);
  });

  it('lists each phase once, at its first step, with its label', () => {
    expect(phasesOf(cleanTrace())).toEqual([
      { phase: 'release', label: expect.any(String), firstIndex: 0 },
      { phase: 'configure', label: expect.any(String), firstIndex: 1 },
      { phase: 'outcome', label: expect.any(String), firstIndex: 2 },
    ]);
  });

  const touch = (
    tree: FileTouch['tree'],
    path: string,
    change: FileTouch['change'],
    bytes?: number,
  ) => ({ tree, path, change, ...(bytes === undefined ? {} : { bytes }) }) as FileTouch;
  const withTouches = (...touches: FileTouch[][]): Trace =>
    ({ ...cleanTrace(), steps: touches.map((t, i) => step(`s${i}`, { touches: t })) }) as Trace;

  it('keeps a file’s creation visible through later reads, and its size', () => {
    const trace = withTouches(
      [touch('build', 'b.o', 'created', 10), touch('git', 'README', 'read')],
      [touch('build', 'b.o', 'read'), touch('build', 'a.c', 'read')],
    );
    expect(buildTreeAt(trace, 1)).toEqual([
      { path: 'a.c', change: 'read', current: true },
      { path: 'b.o', change: 'created', bytes: 10, current: true },
    ]);
    expect(buildTreeAt(trace, 0)).toEqual([
      { path: 'b.o', change: 'created', bytes: 10, current: true },
    ]);
  });

  it('lets a later write replace the earlier state and marks only the current step’s files', () => {
    const trace = withTouches(
      [touch('build', 'x', 'created', 5), touch('build', 'y', 'created')],
      [touch('build', 'x', 'deleted')],
    );
    expect(buildTreeAt(trace, 1)).toEqual([
      { path: 'x', change: 'deleted', bytes: 5, current: true },
      { path: 'y', change: 'created', current: false },
    ]);
  });

  it('lights up a file the build reads in the source trees, but not one it writes', () => {
    const s = step('s', {
      touches: [
        touch('build', 'tests/files/carrier', 'read'),
        touch('build', 'out.o', 'created'),
        touch('tarball', 'configure', 'read'),
      ],
    });
    expect([...touchedPaths(s, 'git')]).toEqual(['tests/files/carrier']);
    expect([...touchedPaths(s, 'tarball')]).toEqual(['tests/files/carrier', 'configure']);
    expect([...touchedPaths(s, 'build')]).toEqual(['tests/files/carrier', 'out.o']);
    expect(touchedPaths(undefined, 'git').size).toBe(0);
  });
});
