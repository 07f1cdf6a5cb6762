import { describe, expect, it } from 'vitest';

import { MASTERY_PERCENT } from '../../../../../src/lib/learn/pass-mark';
import { emptyProgress } from '../../../../../src/lib/learn/progress';
import { scorePath } from '../../../../../src/lib/learn/score';
import {
  lmsReport,
  locationInPackage,
  masteryPercent,
} from '../../../../../src/lib/learn/scorm/report';

describe('the values sent to an LMS', () => {
  const untouched = scorePath(
    { chapters: [{ id: 'c', order: 1, title: 'C', questions: ['q'] }], exercises: [] },
    emptyProgress(),
  );

  it('sends no score before the learner has answered anything', () => {
    const elements = lmsReport('1.2', {
      score: untouched,
      masteryPercent: 80,
      location: '',
      suspendData: '',
    }).map(([element]) => element);
    expect(elements).not.toContain('cmi.core.score.raw');
    expect(elements).toContain('cmi.core.lesson_status');
  });

  it('leaves out suspend data that a SCORM 1.2 LMS would refuse (over 4,096 characters)', () => {
    const long = 'x'.repeat(4097);
    const sent12 = lmsReport('1.2', {
      score: untouched,
      masteryPercent: 80,
      location: '',
      suspendData: long,
    });
    const sent2004 = lmsReport('2004', {
      score: untouched,
      masteryPercent: 80,
      location: '',
      suspendData: long,
    });
    expect(sent12.some(([element]) => element === 'cmi.suspend_data')).toBe(false);
    expect(sent2004).toContainEqual(['cmi.suspend_data', long]);
  });
});

describe('the verdict sent to an LMS', () => {
  // Two chapters: five questions and one; 5 of 6 right overall is 83 %, above the mastery score.
  const catalogue = {
    chapters: [
      { id: 'a', order: 1, title: 'A', questions: ['a1', 'a2', 'a3', 'a4', 'a5'] },
      { id: 'b', order: 2, title: 'B', questions: ['b1'] },
    ],
    exercises: [],
  };
  const statusFor = (wrong: string) => {
    const answers = Object.fromEntries(
      ['a1', 'a2', 'a3', 'a4', 'a5', 'b1'].map((id) => [id, { choice: 0, correct: id !== wrong }]),
    );
    const score = scorePath(catalogue, { ...emptyProgress(), answers });
    return lmsReport('2004', { score, masteryPercent: 80, location: '', suspendData: '' }).find(
      ([element]) => element === 'cmi.success_status',
    )?.[1];
  };

  it('is passed when every chapter reaches the mastery score (4 of 5 is exactly 80 %)', () => {
    expect(statusFor('a1')).toBe('passed');
  });

  it('is failed when one chapter falls short, even with 83 % overall, as the pages say', () => {
    expect(statusFor('b1')).toBe('failed');
  });
});

describe('the mastery score', () => {
  it('reads SCORM 1.2 percentages and SCORM 2004 fractions', () => {
    expect(masteryPercent('1.2', '75')).toBe(75);
    expect(masteryPercent('2004', '0.75')).toBe(75);
  });

  it('falls back to 80 % when the LMS sends nothing or nonsense', () => {
    for (const raw of ['', '  ', 'abc', '-1', '101'])
      expect(masteryPercent('1.2', raw)).toBe(MASTERY_PERCENT);
    expect(masteryPercent('2004', '1.5')).toBe(MASTERY_PERCENT);
  });
});

describe('the resume point', () => {
  it('is the page path relative to the launch page’s folder, keeping the #hash', () => {
    expect(
      locationInPackage('/content/7/learn/c1/index.html#q2', '/content/7/scorm-launch.html'),
    ).toBe('learn/c1/index.html#q2');
  });

  it('is empty for a page outside the package folder', () => {
    expect(locationInPackage('/elsewhere/page.html', '/content/7/scorm-launch.html')).toBe('');
    expect(locationInPackage('/content/7/', '/content/7/scorm-launch.html')).toBe('');
  });
});
