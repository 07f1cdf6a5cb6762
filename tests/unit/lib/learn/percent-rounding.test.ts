import { describe, expect, it } from 'vitest';

import { emptyProgress, withAnswer } from '../../../../src/lib/learn/progress';
import { type Catalogue, scorePath } from '../../../../src/lib/learn/score';
import { initialPlayer, progressPercent } from '../../../../src/lib/simulation/player';

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

describe('percentages round to the nearest whole number', () => {
  it('in the quiz score: 1 of 3 is 33 %, 2 of 3 is 67 %, 1 of 8 is 13 %', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 8)).toBe(13); // 12.5 rounds up
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 3)).toBe(0);
  });

  it('in the simulation’s progress: step 1 of 3 is 33 %, step 2 of 3 is 67 %', () => {
    const at = (index: number, total: number) =>
      progressPercent({ ...initialPlayer(total), index });
    expect(at(0, 3)).toBe(33);
    expect(at(1, 3)).toBe(67);
    expect(at(0, 8)).toBe(13);
    expect(at(2, 3)).toBe(100);
    expect(progressPercent(initialPlayer(0))).toBe(0);
  });
});
