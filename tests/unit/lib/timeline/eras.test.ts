import { describe, expect, it } from 'vitest';

import { ERA_RANGES } from '../../../../src/lib/content/vocabulary';
import { eraBands, SHADED_ERAS, STORY_START } from '../../../../src/lib/timeline/eras';
import { estimateMeasure } from '../../../../src/lib/timeline/measure';
import { DAY } from '../../../../src/lib/timeline/time';

const measure = estimateMeasure(12);

describe('eraBands', () => {
  it('shades every act of the story but not the open-ended background', () => {
    expect(SHADED_ERAS).toEqual([
      'arrival',
      'pressure',
      'maintainership',
      'backdoor',
      'discovery',
      'response',
      'aftermath',
    ]);
    const bands = eraBands(
      { start: Date.UTC(2021, 0, 1), end: Date.UTC(2027, 0, 1), width: 2000 },
      measure,
    );
    expect(bands.map((b) => b.era)).toEqual(SHADED_ERAS);
  });

  it('tiles the acts edge to edge, each ending where the next begins', () => {
    const bands = eraBands(
      { start: Date.UTC(2021, 0, 1), end: Date.UTC(2027, 0, 1), width: 2000 },
      measure,
    );
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.x0).toBeCloseTo(bands[i - 1]!.x1, 6);
  });

  it('names a band only when its name fits in the visible part', () => {
    const march = eraBands(
      { start: Date.UTC(2024, 2, 20), end: Date.UTC(2024, 3, 5), width: 800 },
      measure,
    );
    expect(march.find((b) => b.era === 'discovery')!.labelX).not.toBeNull();
    const years = eraBands(
      { start: Date.UTC(2021, 0, 1), end: Date.UTC(2025, 0, 1), width: 800 },
      measure,
    );
    expect(years.find((b) => b.era === 'discovery')!.labelX).toBeNull();
  });

  it('leaves out acts outside the view', () => {
    const bands = eraBands(
      { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 1, 1), width: 800 },
      measure,
    );
    expect(bands.map((b) => b.era)).toEqual(['arrival']);
  });
});

describe('STORY_START', () => {
  it('opens the chart shortly before the arrival', () => {
    const arrival = Date.parse(`${ERA_RANGES.arrival.from}T00:00:00Z`);
    expect(arrival - STORY_START).toBe(60 * DAY);
  });
});
