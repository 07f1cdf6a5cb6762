import { describe, expect, it } from 'vitest';

import {
  learnChapterPath,
  readingOnPath,
  readingOnPathPath,
} from '../../../../src/lib/learn/paths';
import { emptyProgress, withAnswer, withExerciseAttempt } from '../../../../src/lib/learn/progress';

describe('a story chapter read on the training path', () => {
  it('is opened with a query that marks it as read from the path', () => {
    const url = new URL(readingOnPathPath('02-the-patient-contributor'), 'https://example.test');
    expect(url.pathname).toBe('/story/02-the-patient-contributor/');
    expect(readingOnPath(url.search, emptyProgress())).toBe(true);
    expect(learnChapterPath('02-the-patient-contributor')).toBe(
      '/learn/02-the-patient-contributor/',
    );
  });

  it('is not on the path for a reader who came another way and never started it', () => {
    expect(readingOnPath('', emptyProgress())).toBe(false);
    expect(readingOnPath('?from=timeline', emptyProgress())).toBe(false);
  });

  it('is on the path for a learner who has answered or tried anything', () => {
    expect(readingOnPath('', withAnswer(emptyProgress(), 'q', { choice: 0, correct: true }))).toBe(
      true,
    );
    expect(readingOnPath('', withExerciseAttempt(emptyProgress(), 'ex', false))).toBe(true);
  });
});
