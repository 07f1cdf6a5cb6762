import { describe, expect, it } from 'vitest';

import {
  estimateChapter,
  estimatePath,
  formatMinutes,
  SECONDS_PER_QUESTION,
  WORDS_PER_MINUTE,
} from '../../../../src/lib/learn/time-estimate';

describe('time estimates for the training path', () => {
  it('reads technical text at 200 words a minute and gives each question 45 seconds', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(SECONDS_PER_QUESTION).toBe(45);
    const time = estimateChapter({ words: 1000, questions: 4 });
    expect(time.readingMinutes).toBe(5);
    expect(time.questionMinutes).toBe(3);
    expect(time.minutes).toBe(8);
  });

  it('rounds a chapter up to the next whole minute so it is never promised shorter', () => {
    expect(estimateChapter({ words: 1001, questions: 0 }).minutes).toBe(6);
    expect(estimateChapter({ words: 1100, questions: 5 }).minutes).toBe(10); // 5.5 + 3.75
  });

  it('treats negative or non-numeric counts as nothing instead of throwing', () => {
    expect(estimateChapter({ words: -50, questions: Number.NaN }).minutes).toBe(0);
    expect(estimateChapter({ words: Infinity, questions: 2 }).minutes).toBe(2);
  });

  it('makes the path total the sum of the chapter minutes a reader sees', () => {
    const path = estimatePath([
      { words: 1001, questions: 0 },
      { words: 400, questions: 4 },
    ]);
    expect(path.chapters.map((time) => time.minutes)).toEqual([6, 5]);
    expect(path.totalMinutes).toBe(11);
  });

  it('gives an empty path no time', () => {
    expect(estimatePath([]).totalMinutes).toBe(0);
  });

  it('writes minutes below an hour as minutes and longer times as hours and minutes', () => {
    expect(formatMinutes(9)).toBe('about 9 min');
    expect(formatMinutes(60)).toBe('about 1 h');
    expect(formatMinutes(92)).toBe('about 1 h 32 min');
    expect(formatMinutes(-3)).toBe('about 0 min');
  });
});
