import { describe, expect, it } from 'vitest';

import { compareDated, formatDate, machineDate, startOf } from '../../../../src/lib/content/dates';

describe('dates with a precision', () => {
  it('print no more precisely than the source knows', () => {
    expect(formatDate({ date: '2005', datePrecision: 'year' })).toBe('2005');
    expect(formatDate({ date: '2008-12', datePrecision: 'month' })).toBe('December 2008');
    expect(formatDate({ date: '2024-03-29', datePrecision: 'day' })).toBe('29 March 2024');
    expect(formatDate({ date: '2024-03-29', datePrecision: 'day', time: '15:51' })).toBe(
      '29 March 2024, 15:51 UTC',
    );
  });

  it('give machine-readable datetime values in UTC', () => {
    expect(machineDate({ date: '2024-03-29', datePrecision: 'day', time: '15:51' })).toBe(
      '2024-03-29T15:51Z',
    );
    expect(machineDate({ date: '2008-12', datePrecision: 'month' })).toBe('2008-12');
  });

  it('sort by the first instant they can stand for', () => {
    const cve = { date: '2024-03-29', datePrecision: 'day' as const, time: '15:38' };
    const post = { date: '2024-03-29', datePrecision: 'day' as const, time: '15:51' };
    expect(compareDated(cve, post)).toBeLessThan(0);
    expect(startOf({ date: '2021', datePrecision: 'year' }).toISOString()).toBe(
      '2021-01-01T00:00:00.000Z',
    );
  });

  it('print a full date text no more precisely than its precision says', () => {
    expect(formatDate({ date: '2024-03-29', datePrecision: 'year' })).toBe('2024');
    expect(formatDate({ date: '2024-03-29', datePrecision: 'month', time: '15:51' })).toBe(
      'March 2024',
    );
  });

  it('print only what a date text holds when it is shorter than its precision', () => {
    expect(formatDate({ date: '2005', datePrecision: 'day' })).toBe('2005');
    expect(formatDate({ date: '2008-12', datePrecision: 'day' })).toBe('December 2008');
  });
});
