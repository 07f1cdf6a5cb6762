import { describe, expect, it } from 'vitest';

import {
  emptyProgress,
  parseProgress,
  serialiseProgress,
  withAnswer,
  withExerciseAttempt,
  withoutAnswers,
  withRoute,
} from '../../../../src/lib/learn/progress';

describe('parsing stored progress', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({
      progress: emptyProgress(),
      outcome: 'empty',
      dropped: 0,
    });
    expect(parseProgress('').outcome).toBe('empty');
  });

  it('reads back what was serialised', () => {
    const progress = withExerciseAttempt(
      withAnswer(emptyProgress(), 'q1', { choice: 2, correct: true }),
      'ex',
      false,
    );
    expect(parseProgress(serialiseProgress(progress))).toEqual({
      progress,
      outcome: 'loaded',
      dropped: 0,
    });
  });

  it('calls text that is not JSON unreadable and starts afresh', () => {
    expect(parseProgress('{"version":1,"answers":')).toEqual({
      progress: emptyProgress(),
      outcome: 'unreadable',
      dropped: 0,
    });
  });

  it('calls JSON of another shape or version unreadable', () => {
    for (const raw of [
      '[]',
      '"text"',
      '42',
      'null',
      '{"version":2,"answers":{}}',
      '{"answers":{}}',
    ]) {
      expect(parseProgress(raw).outcome, raw).toBe('unreadable');
    }
  });

  it('keeps the valid entries of damaged progress and counts the ones it drops', () => {
    const raw = JSON.stringify({
      version: 1,
      answers: {
        good: { choice: 1, correct: false },
        negative: { choice: -1, correct: true },
        fraction: { choice: 1.5, correct: true },
        stringy: { choice: '1', correct: true },
        missing: { choice: 0 },
        notAnObject: 'yes',
      },
      exercises: {
        solved: { solved: true, attempts: 3 },
        impossible: { solved: true, attempts: 0 },
        nonsense: { solved: 'yes', attempts: 1 },
      },
    });
    const parsed = parseProgress(raw);
    expect(parsed.outcome).toBe('repaired');
    expect(parsed.dropped).toBe(7);
    expect(parsed.progress.answers).toEqual({ good: { choice: 1, correct: false } });
    expect(parsed.progress.exercises).toEqual({ solved: { solved: true, attempts: 3 } });
  });

  it('treats a missing map as empty but a wrong-typed map as damaged', () => {
    expect(parseProgress('{"version":1}')).toMatchObject({ outcome: 'loaded', dropped: 0 });
    expect(parseProgress('{"version":1,"answers":[1,2],"exercises":{}}')).toMatchObject({
      outcome: 'repaired',
      dropped: 1,
    });
  });
});

describe('recording progress', () => {
  it('keeps the first answer to a question and ignores later ones', () => {
    const first = withAnswer(emptyProgress(), 'q1', { choice: 0, correct: false });
    const second = withAnswer(first, 'q1', { choice: 1, correct: true });
    expect(second).toBe(first);
    expect(second.answers.q1).toEqual({ choice: 0, correct: false });
  });

  it('does not change the progress it was given', () => {
    const before = emptyProgress();
    withAnswer(before, 'q1', { choice: 0, correct: true });
    expect(before.answers).toEqual({});
  });

  it('counts exercise attempts until solved, then stops counting', () => {
    let progress = withExerciseAttempt(emptyProgress(), 'ex', false);
    progress = withExerciseAttempt(progress, 'ex', false);
    progress = withExerciseAttempt(progress, 'ex', true);
    expect(progress.exercises.ex).toEqual({ solved: true, attempts: 3 });
    expect(withExerciseAttempt(progress, 'ex', false)).toBe(progress);
  });

  it('forgets only the answers it is given, and returns the same progress when none is there', () => {
    const progress = withAnswer(
      withAnswer(emptyProgress(), 'q1', { choice: 0, correct: false }),
      'q2',
      { choice: 1, correct: true },
    );
    expect(withoutAnswers(progress, ['q1', 'missing']).answers).toEqual({
      q2: { choice: 1, correct: true },
    });
    expect(progress.answers.q1).toBeDefined();
    expect(withoutAnswers(progress, ['missing'])).toBe(progress);
  });
});

describe('the chosen route in stored progress', () => {
  const stored = (extra: object) =>
    JSON.stringify({
      version: 1,
      answers: { q1: { choice: 0, correct: true } },
      exercises: {},
      ...extra,
    });

  it('reads a store written before routes existed as the full route, with nothing repaired', () => {
    const parsed = parseProgress(stored({}));
    expect(parsed.progress.route).toBe('full');
    expect(parsed.outcome).toBe('loaded');
  });

  it('keeps the essentials route through a save and a reload', () => {
    const progress = withRoute(emptyProgress(), 'essentials');
    expect(parseProgress(serialiseProgress(progress)).progress.route).toBe('essentials');
  });

  it('falls back to the full route on an unknown route and says the store was repaired', () => {
    const parsed = parseProgress(stored({ route: 'express' }));
    expect(parsed.progress.route).toBe('full');
    expect(parsed.progress.answers.q1).toEqual({ choice: 0, correct: true });
    expect(parsed).toMatchObject({ outcome: 'repaired', dropped: 1 });
  });

  it('switches route without losing answers, and returns the same object when nothing changes', () => {
    const answered = withAnswer(emptyProgress(), 'q1', { choice: 1, correct: false });
    const switched = withRoute(answered, 'essentials');
    expect(switched.route).toBe('essentials');
    expect(switched.answers).toEqual(answered.answers);
    expect(withRoute(switched, 'essentials')).toBe(switched);
  });
});
