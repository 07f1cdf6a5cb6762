import { describe, expect, it } from 'vitest';

import { emptyProgress } from '../../../../../src/lib/learn/progress';
import { scorePath } from '../../../../../src/lib/learn/score';
import {
  DEFAULT_MASTERY_PERCENT,
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

describe('the mastery score', () => {
  it('reads SCORM 1.2 percentages and SCORM 2004 fractions', () => {
    expect(masteryPercent('1.2', '75')).toBe(75);
    expect(masteryPercent('2004', '0.75')).toBe(75);
  });

  it('falls back to 80 % when the LMS sends nothing or nonsense', () => {
    for (const raw of ['', '  ', 'abc', '-1', '101'])
      expect(masteryPercent('1.2', raw)).toBe(DEFAULT_MASTERY_PERCENT);
    expect(masteryPercent('2004', '1.5')).toBe(DEFAULT_MASTERY_PERCENT);
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
