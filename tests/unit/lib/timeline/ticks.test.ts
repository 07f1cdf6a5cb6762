import { describe, expect, it } from 'vitest';

import { chooseTicks } from '../../../../src/lib/timeline/ticks';
import { DAY, HOUR } from '../../../../src/lib/timeline/time';

const view = (start: number, span: number, width = 1000) => ({ start, end: start + span, width });

describe('chooseTicks', () => {
  it('shows years when the whole story is in view', () => {
    const ticks = chooseTicks(view(Date.UTC(2021, 0, 1), 4 * 365 * DAY));
    expect(ticks.unit).toBe('month');
    const far = chooseTicks(view(Date.UTC(2005, 0, 1), 20 * 365 * DAY));
    expect(far.unit).toBe('year');
    expect(far.ticks.map((t) => t.label)).toContain('2024');
  });

  it('moves to months, days and hours as the view narrows', () => {
    expect(chooseTicks(view(Date.UTC(2024, 0, 1), 300 * DAY)).unit).toBe('month');
    expect(chooseTicks(view(Date.UTC(2024, 2, 1), 30 * DAY)).unit).toBe('day');
    expect(chooseTicks(view(Date.UTC(2024, 2, 29), 12 * HOUR)).unit).toBe('hour');
  });

  it('keeps ticks at least the minimum spacing apart', () => {
    for (const span of [6 * HOUR, 3 * DAY, 40 * DAY, 400 * DAY, 7000 * DAY]) {
      for (const width of [320, 1024, 1600]) {
        const v = view(Date.UTC(2023, 4, 17, 5), span, width);
        const xs = chooseTicks(v).ticks.map((t) => ((t.t - v.start) / span) * width);
        for (let i = 1; i < xs.length; i++)
          expect(xs[i]! - xs[i - 1]!, `${span} ${width}`).toBeGreaterThanOrEqual(56 * 0.89);
      }
    }
  });

  it('marks the boundaries of the larger unit and names the context', () => {
    const months = chooseTicks(view(Date.UTC(2023, 9, 1), 200 * DAY));
    const january = months.ticks.find((t) => t.t === Date.UTC(2024, 0, 1));
    expect(january).toMatchObject({ label: '2024', major: true });
    expect(months.context).toBe('2023');

    const days = chooseTicks(view(Date.UTC(2024, 1, 20), 20 * DAY));
    expect(days.ticks.find((t) => t.t === Date.UTC(2024, 2, 1))).toMatchObject({
      label: 'Mar',
      major: true,
    });
    expect(days.context).toBe('February 2024');

    const hours = chooseTicks(view(Date.UTC(2024, 2, 29, 6), 18 * HOUR));
    expect(hours.ticks.find((t) => t.t === Date.UTC(2024, 2, 29, 12))).toMatchObject({
      label: '12:00',
      major: false,
    });
    expect(hours.context).toBe('29 March 2024');
  });

  it('only returns ticks inside the view', () => {
    const v = view(Date.UTC(2024, 2, 3, 7), 9 * DAY);
    for (const tick of chooseTicks(v).ticks) {
      expect(tick.t).toBeGreaterThanOrEqual(v.start);
      expect(tick.t).toBeLessThanOrEqual(v.end);
    }
  });
});

describe('tick dates', () => {
  it('follow d3-time: every 7th day restarts on the 1st, months and hours by value', () => {
    const days = chooseTicks(view(Date.UTC(2024, 0, 20), 40 * DAY, 400)).ticks.map((t) =>
      new Date(t.t).toISOString().slice(0, 10),
    );
    expect(days).toEqual([
      '2024-01-22',
      '2024-02-01',
      '2024-02-08',
      '2024-02-15',
      '2024-02-22',
      '2024-02-29',
    ]);
    const quarters = chooseTicks(view(Date.UTC(2023, 1, 1), 700 * DAY, 600)).ticks.map((t) =>
      new Date(t.t).toISOString().slice(0, 7),
    );
    expect(quarters).toEqual([
      '2023-04',
      '2023-07',
      '2023-10',
      '2024-01',
      '2024-04',
      '2024-07',
      '2024-10',
      '2025-01',
    ]);
    const hours = chooseTicks(view(Date.UTC(2024, 2, 29, 1, 30), 12 * HOUR, 300)).ticks.map((t) =>
      new Date(t.t).toISOString().slice(11, 16),
    );
    expect(hours).toEqual(['03:00', '06:00', '09:00', '12:00']);
  });

  it('include a tick that falls exactly on the start', () => {
    const [first] = chooseTicks(view(Date.UTC(2024, 0, 1), 300 * DAY)).ticks;
    expect(first!.t).toBe(Date.UTC(2024, 0, 1));
  });
});
