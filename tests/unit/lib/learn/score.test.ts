import { describe, expect, it } from 'vitest';

import {
  describeChapterScore,
  describeExercise,
  describePath,
} from '../../../../src/lib/learn/describe';
import {
  emptyProgress,
  type LearnProgress,
  withAnswer,
  withExerciseAttempt,
} from '../../../../src/lib/learn/progress';
import { type Catalogue, scorePath } from '../../../../src/lib/learn/score';

const catalogue: Catalogue = {
  chapters: [
    { id: 'one', order: 1, title: 'One', questions: ['a', 'b'] },
    { id: 'two', order: 2, title: 'Two', questions: ['c'] },
  ],
  exercises: [{ id: 'ex', title: 'Exercise', chapter: 'two' }],
};

const answer = (progress: LearnProgress, id: string, correct: boolean) =>
  withAnswer(progress, id, { choice: 0, correct });

describe('scoring the path', () => {
  it('scores nothing done as not started', () => {
    const score = scorePath(catalogue, emptyProgress());
    expect(score).toMatchObject({
      answered: 0,
      correct: 0,
      total: 3,
      percent: 0,
      chaptersDone: 0,
      complete: false,
      started: false,
    });
    expect(describePath(score)).toBe('Not started yet: 3 questions and 1 exercise to go.');
  });

  it('counts answered and correct answers per chapter and in total', () => {
    const progress = answer(answer(emptyProgress(), 'a', true), 'b', false);
    const score = scorePath(catalogue, progress);
    expect(score.chapters[0]).toMatchObject({ answered: 2, correct: 1, total: 2, done: true });
    expect(score.chapters[1]).toMatchObject({ answered: 0, done: false });
    expect(score).toMatchObject({
      answered: 2,
      correct: 1,
      percent: 33,
      chaptersDone: 1,
      started: true,
    });
  });

  it('ignores answers to questions that are no longer in the path', () => {
    const progress = answer(emptyProgress(), 'removed-question', true);
    const score = scorePath(catalogue, progress);
    expect(score).toMatchObject({ answered: 0, correct: 0, started: false });
  });

  it('needs the chapter exercise solved before the chapter is done', () => {
    let progress = answer(emptyProgress(), 'c', true);
    expect(scorePath(catalogue, progress).chapters[1]!.done).toBe(false);
    progress = withExerciseAttempt(progress, 'ex', false);
    expect(scorePath(catalogue, progress).chapters[1]!.done).toBe(false);
    progress = withExerciseAttempt(progress, 'ex', true);
    expect(scorePath(catalogue, progress).chapters[1]!.done).toBe(true);
  });

  it('is complete only with every question answered and every exercise solved, right or wrong', () => {
    let progress = answer(answer(answer(emptyProgress(), 'a', false), 'b', false), 'c', true);
    expect(scorePath(catalogue, progress).complete).toBe(false);
    progress = withExerciseAttempt(progress, 'ex', true);
    const score = scorePath(catalogue, progress);
    expect(score).toMatchObject({ complete: true, correct: 1, percent: 33, exercisesSolved: 1 });
    expect(describePath(score)).toBe(
      'Path complete but not passed yet: 1 of 3 answers correct (33%) and the exercise solved; 1 chapter below the 80% pass mark to retry.',
    );
  });

  it('is passed only when every chapter reaches the pass mark, and says so per chapter', () => {
    let progress = answer(answer(answer(emptyProgress(), 'a', true), 'b', false), 'c', true);
    progress = withExerciseAttempt(progress, 'ex', true);
    const failing = scorePath(catalogue, progress);
    expect(failing.chapters.map((chapter) => chapter.state)).toEqual(['done', 'passed']);
    expect(failing.passed).toBe(false);
    expect(describeChapterScore(failing.chapters[0]!)).toBe(
      'Done, not passed: 1 of 2 correct (50%; 80% passes)',
    );

    const passing = scorePath(catalogue, {
      ...progress,
      answers: { ...progress.answers, b: { choice: 1, correct: true } },
    });
    expect(passing.passed).toBe(true);
    expect(describePath(passing)).toBe(
      'Path passed: 3 of 3 answers correct (100%) and the exercise solved.',
    );
  });

  it('says how many of the chapters done are passed', () => {
    const score = scorePath(catalogue, answer(answer(emptyProgress(), 'a', true), 'b', false));
    expect(describePath(score)).toBe(
      '2 of 3 questions answered (1 correct), 0 of 1 exercises solved, 1 of 2 chapters done (0 passed).',
    );
  });

  it('describes a path in progress in one sentence', () => {
    const score = scorePath(catalogue, answer(emptyProgress(), 'a', true));
    expect(describePath(score)).toBe(
      '1 of 3 questions answered (1 correct), 0 of 1 exercises solved, 0 of 2 chapters done.',
    );
  });
});

describe('describing a route without exercises', () => {
  const noExercises = { ...catalogue, exercises: [] };

  it('never mentions exercises, before, during or after', () => {
    expect(describePath(scorePath(noExercises, emptyProgress()))).toBe(
      'Not started yet: 3 questions to go.',
    );
    let progress = answer(emptyProgress(), 'a', true);
    expect(describePath(scorePath(noExercises, progress))).toBe(
      '1 of 3 questions answered (1 correct), 0 of 2 chapters done.',
    );
    progress = answer(answer(progress, 'b', false), 'c', true);
    expect(describePath(scorePath(noExercises, progress))).toBe(
      'Route complete: 2 of 3 answers correct (67%).',
    );
  });
});

describe('describing a chapter and an exercise', () => {
  it('says what a chapter holds before it is started', () => {
    const score = scorePath(catalogue, emptyProgress());
    expect(describeChapterScore(score.chapters[0]!)).toBe('Not started · 2 questions');
    expect(describeChapterScore(score.chapters[1]!)).toBe(
      'Not started · 1 question and an exercise',
    );
  });

  it('says how far a chapter has got', () => {
    const partly = scorePath(catalogue, answer(emptyProgress(), 'a', false));
    expect(describeChapterScore(partly.chapters[0]!)).toBe('1 of 2 answered, 0 correct');
    const withExercise = scorePath(
      catalogue,
      withExerciseAttempt(answer(emptyProgress(), 'c', true), 'ex', true),
    );
    expect(describeChapterScore(withExercise.chapters[1]!)).toBe(
      'Passed: 1 of 1 correct (100%) · exercise solved',
    );
  });

  it('says how an exercise went', () => {
    expect(describeExercise(undefined)).toBe('Not tried yet');
    expect(describeExercise({ solved: false, attempts: 2 })).toBe(
      'Not solved yet · 2 tries so far',
    );
    expect(describeExercise({ solved: true, attempts: 1 })).toBe('Solved at the first try');
    expect(describeExercise({ solved: true, attempts: 4 })).toBe('Solved in 4 tries');
  });
});

/** A path of `total` questions in one chapter, the first `correct` of them answered right. */
function percentOf(correct: number, total: number): number {
  const ids = Array.from({ length: total }, (_, i) => `q${i}`);
  const catalogue: Catalogue = {
    chapters: [{ id: 'one', order: 1, title: 'One', questions: ids }],
    exercises: [],
  };
  const progress = ids.reduce(
    (done, id, i) => withAnswer(done, id, { choice: 0, correct: i < correct }),
    emptyProgress(),
  );
  return scorePath(catalogue, progress).percent;
}

describe('the path score as a percentage', () => {
  it('rounds to the nearest whole number: 1 of 3 is 33 %, 2 of 3 is 67 %, 1 of 8 is 13 %', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 8)).toBe(13); // 12.5 rounds up
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 3)).toBe(0);
  });
});
