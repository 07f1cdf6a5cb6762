import { describe, expect, it } from 'vitest';

import { buildDate } from '../../../../src/lib/site/build-date';

describe('the build date', () => {
  it('comes from SOURCE_DATE_EPOCH when it is set', () => {
    expect(buildDate('1711727486').toISOString()).toBe('2024-03-29T15:51:26.000Z');
  });

  it('falls back to the clock when SOURCE_DATE_EPOCH is empty or not a number', () => {
    for (const epoch of ['', 'yesterday']) {
      const date = buildDate(epoch);
      expect(Math.abs(date.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });
});
