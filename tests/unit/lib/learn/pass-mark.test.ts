import { describe, expect, it } from 'vitest';

import {
  chapterState,
  MASTERY_PERCENT,
  pathPassed,
  reachesMastery,
} from '../../../../src/lib/learn/pass-mark';

describe('the pass mark', () => {
  it('is 80 %, the mastery score the SCORM manifest carries', () => {
    expect(MASTERY_PERCENT).toBe(80);
  });

  it('is reached at exactly 80 % and missed just below it, without rounding up', () => {
    expect(reachesMastery({ correct: 4, total: 5 })).toBe(true);
    expect(reachesMastery({ correct: 3, total: 4 })).toBe(false);
    // 159 of 200 is 79.5 %: a rounded percentage would say 80.
    expect(reachesMastery({ correct: 159, total: 200 })).toBe(false);
    expect(reachesMastery({ correct: 3, total: 4 }, 75)).toBe(true);
  });

  it('counts a chapter with nothing to answer as reaching it', () => {
    expect(reachesMastery({ correct: 0, total: 0 })).toBe(true);
  });
});

describe('the state of a chapter', () => {
  const chapter = { answered: 0, correct: 0, total: 3, exercisesSolved: 0, done: false };

  it('is not started until something is answered or solved', () => {
    expect(chapterState(chapter)).toBe('not-started');
    expect(chapterState({ ...chapter, exercisesSolved: 1 })).toBe('in-progress');
    expect(chapterState({ ...chapter, answered: 1, correct: 1 })).toBe('in-progress');
  });

  it('is done but not passed below the mark, and passed at it', () => {
    expect(chapterState({ ...chapter, answered: 3, correct: 2, done: true })).toBe('done');
    expect(chapterState({ ...chapter, answered: 3, correct: 3, done: true })).toBe('passed');
  });

  it('is never passed before it is done, however good the answers so far', () => {
    expect(chapterState({ ...chapter, answered: 2, correct: 2 })).toBe('in-progress');
  });
});

describe('passing the path', () => {
  const passed = { correct: 5, total: 5, done: true };
  const short = { correct: 2, total: 5, done: true };

  it('needs the path complete and every chapter at the mark', () => {
    expect(pathPassed({ complete: true, chapters: [passed, passed] })).toBe(true);
    expect(pathPassed({ complete: true, chapters: [passed, short] })).toBe(false);
    expect(pathPassed({ complete: false, chapters: [passed, passed] })).toBe(false);
  });
});
