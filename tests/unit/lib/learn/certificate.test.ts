import { describe, expect, it } from 'vitest';

import {
  cleanName,
  formatCertificateDate,
  isoDay,
  NAME_MAX_LENGTH,
} from '../../../../src/lib/learn/certificate';

describe('the certificate', () => {
  it('tidies a typed name and caps its length', () => {
    expect(cleanName('  Ada \n  Lovelace  ')).toBe('Ada Lovelace');
    expect(cleanName('   ')).toBe('');
    expect(cleanName('x'.repeat(200))).toHaveLength(NAME_MAX_LENGTH);
  });

  it('cuts a long name between characters, never inside an emoji', () => {
    const name = cleanName(`${'a'.repeat(NAME_MAX_LENGTH - 1)}😀😀`);
    expect(name).toBe(`${'a'.repeat(NAME_MAX_LENGTH - 1)}😀`);
    expect(name.isWellFormed()).toBe(true);
  });

  it('writes the date as day, month name and year, like the rest of the site', () => {
    const date = new Date(2024, 2, 29, 12);
    expect(formatCertificateDate(date)).toBe('29 March 2024');
    expect(isoDay(date)).toBe('2024-03-29');
  });
});
