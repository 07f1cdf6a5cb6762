import { describe, expect, it } from 'vitest';

import { formatDate, machineDate } from '../../../../src/lib/content/dates';
import {
  datedText,
  DAY,
  eventSpan,
  formatMoment,
  formatRange,
  parseMoment,
} from '../../../../src/lib/timeline/time';

describe('parseMoment', () => {
  it('reads years, months, days and UTC minutes', () => {
    expect(parseMoment('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(parseMoment('2024-03')).toBe(Date.UTC(2024, 2, 1));
    expect(parseMoment('2024-03-29')).toBe(Date.UTC(2024, 2, 29));
    expect(parseMoment('2024-03-29T15:51Z')).toBe(Date.UTC(2024, 2, 29, 15, 51));
    expect(parseMoment('2024-03-29T15:51')).toBe(Date.UTC(2024, 2, 29, 15, 51));
    expect(parseMoment(' 2024-02-29 ')).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses impossible dates and garbage instead of guessing', () => {
    for (const text of [
      '2024-02-31',
      '2024-13',
      '2024-03-29T24:00',
      'yesterday',
      '',
      '<script>',
      '2024-3-9',
      '2024-03-29T15:5x',
      '20x4',
      '2024-00',
      '2024-03-29 15:51',
      '2023-02-29',
      '-2024',
    ]) {
      expect(parseMoment(text), text).toBeNull();
    }
  });
});

describe('parseMoment, day by day', () => {
  it('knows the length of every month, and of February in leap years by the Gregorian rule', () => {
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (const [i, days] of lengths.entries()) {
      const month = String(i + 1).padStart(2, '0');
      expect(parseMoment(`2023-${month}-${days}`), `2023-${month}`).toBe(Date.UTC(2023, i, days));
      expect(parseMoment(`2023-${month}-${days + 1}`), `2023-${month}`).toBeNull();
    }
    expect(parseMoment('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseMoment('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseMoment('1900-02-29')).toBeNull();
    expect(parseMoment('2100-02-29')).toBeNull();
  });

  it('takes a trailing Z only after a minute, and no other length', () => {
    expect(parseMoment('2024Z')).toBeNull();
    expect(parseMoment('2024-03-29Z')).toBeNull();
    expect(parseMoment('2024-03-29T15:51:00')).toBeNull();
    expect(parseMoment('2024-03-29T15:51Zx')).toBeNull();
    expect(parseMoment('2024-03-2')).toBeNull();
  });

  it('refuses a year before 100 rather than read it as one in the 1900s', () => {
    for (const text of ['0000-01-01', '0024-02-29', '0099-12-31T23:59'])
      expect(parseMoment(text), text).toBeNull();
    expect(parseMoment('0100-01-01')).toBe(new Date('0100-01-01').getTime());
  });

  it('refuses a punctuation mark in place of a digit', () => {
    expect(parseMoment('2024-0/')).toBeNull();
    expect(parseMoment('2024-0:')).toBeNull();
  });
});

describe('formatMoment', () => {
  it('writes midnight as a day and anything else with its minute', () => {
    expect(formatMoment(Date.UTC(2024, 2, 29))).toBe('2024-03-29');
    expect(formatMoment(Date.UTC(2024, 2, 29, 15, 51))).toBe('2024-03-29T15:51Z');
  });

  it('round-trips through parseMoment', () => {
    const ms = Date.UTC(2022, 5, 7, 8, 5);
    expect(parseMoment(formatMoment(ms))).toBe(ms);
  });
});

describe('eventSpan', () => {
  it('covers a whole day, month or year at that precision', () => {
    expect(eventSpan('2024-03-29', 'day')).toEqual([Date.UTC(2024, 2, 29), Date.UTC(2024, 2, 30)]);
    expect(eventSpan('2022-06', 'month')).toEqual([Date.UTC(2022, 5, 1), Date.UTC(2022, 6, 1)]);
    expect(eventSpan('2005', 'year')).toEqual([Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1)]);
  });

  it('narrows to the minute when a time is given', () => {
    const [start, end] = eventSpan('2024-03-29', 'day', '15:51');
    expect(start).toBe(Date.UTC(2024, 2, 29, 15, 51));
    expect(end - start).toBe(60_000);
  });

  it('throws on a date that does not match its precision', () => {
    expect(() => eventSpan('2024-02-30', 'day')).toThrow(/not a day date/);
  });
});

describe('human dates', () => {
  it('print an event the way the rest of the site does, never more precise than its source', () => {
    expect(formatDate(datedText({ date: '2024-03-29', precision: 'day', time: '15:51' }))).toBe(
      '29 March 2024, 15:51 UTC',
    );
    expect(formatDate(datedText({ date: '2022-06', precision: 'month' }))).toBe('June 2022');
    expect(machineDate(datedText({ date: '2022-06', precision: 'month' }))).toBe('2022-06');
  });

  it('describes a range at a resolution that suits its length', () => {
    expect(formatRange(Date.UTC(2005, 0, 1), Date.UTC(2024, 3, 1))).toBe('2005 – 2024');
    expect(formatRange(Date.UTC(2021, 9, 1), Date.UTC(2024, 3, 1) + 10 * DAY)).toBe(
      'Oct 2021 – Apr 2024',
    );
    expect(formatRange(Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1))).toBe('Jan 2024 – Jun 2024');
    expect(formatRange(Date.UTC(2024, 2, 20), Date.UTC(2024, 2, 31))).toBe(
      '20 Mar 2024 – 31 Mar 2024',
    );
    expect(formatRange(Date.UTC(2024, 2, 29, 12), Date.UTC(2024, 2, 29, 18))).toBe(
      '29 Mar 2024 12:00 – 29 Mar 2024 18:00',
    );
    // At each threshold exactly, the finer resolution.
    const start = Date.UTC(2021, 0, 1);
    expect(formatRange(start, start + 3 * 365 * DAY)).toBe('Jan 2021 – Jan 2024');
    expect(formatRange(start, start + 90 * DAY)).toBe('1 Jan 2021 – 1 Apr 2021');
    expect(formatRange(start, start + 3 * DAY)).toBe('1 Jan 2021 00:00 – 4 Jan 2021 00:00');
  });
});
