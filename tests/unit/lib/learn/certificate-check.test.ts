import { describe, expect, it } from 'vitest';

import {
  checkCertificate,
  readCode,
  readDay,
  readScore,
} from '../../../../src/lib/learn/certificate-check';
import { webCryptoDigest } from '../../../../src/lib/learn/verification-code';

const digest = webCryptoDigest()!;
const printed = { name: 'Ada Lovelace', date: '26 November 2026', score: '85%', code: 'N21P-353A' };

describe('checking a printed certificate', () => {
  it('matches the four fields as printed', async () => {
    expect(await checkCertificate(printed, digest)).toEqual({
      kind: 'match',
      code: 'N21P-353A',
      notes: [],
    });
  });

  it('does not match when any one field was changed', async () => {
    for (const changed of [
      { name: 'Ada Lovelock' },
      { date: '27 November 2026' },
      { score: '95' },
      { code: 'N21P-353B' },
    ])
      expect((await checkCertificate({ ...printed, ...changed }, digest)).kind).toBe('mismatch');
  });

  it('forgives lower case, spaces and a missing dash in the code, and says how it read it', async () => {
    expect(await checkCertificate({ ...printed, code: ' n21p 353a ' }, digest)).toEqual({
      kind: 'match',
      code: 'N21P-353A',
      notes: ['The code was read as N21P-353A.'],
    });
  });

  it('names every field that cannot be read, and computes nothing', async () => {
    const outcome = await checkCertificate({ name: ' ', date: '', score: '', code: '' }, digest);
    expect(outcome.kind).toBe('invalid');
    expect(Object.keys(outcome.kind === 'invalid' ? outcome.problems : {}).sort()).toEqual([
      'code',
      'date',
      'name',
      'score',
    ]);
  });

  it('says the check cannot run where the browser offers no Web Crypto', async () => {
    expect(await checkCertificate(printed, undefined)).toEqual({ kind: 'unavailable' });
  });

  it('says the check cannot run when the digest itself fails, instead of throwing', async () => {
    const broken = () => Promise.reject(new Error('not allowed'));
    expect(await checkCertificate(printed, broken)).toEqual({ kind: 'unavailable' });
  });
});

describe('reading the fields', () => {
  it('reads the date as printed or in ISO form, and refuses days that do not exist', () => {
    expect(readDay('26 November 2026')).toBe('2026-11-26');
    expect(readDay(' 2 january 2026 ')).toBe('2026-01-02');
    expect(readDay('2026-11-26')).toBe('2026-11-26');
    for (const bad of ['', '31 February 2026', '2026-13-01', '26/11/2026', '26 Novembre 2026'])
      expect(readDay(bad), bad).toBeNull();
  });

  it('reads a whole percentage with or without the sign, and nothing else', () => {
    expect(readScore('85')).toBe(85);
    expect(readScore(' 100 % ')).toBe(100);
    expect(readScore('0%')).toBe(0);
    for (const bad of ['', '101', '-5', '85.5', 'eighty', '8 5'])
      expect(readScore(bad), bad).toBeNull();
  });

  it('explains a code of the wrong length or with a letter codes never use', () => {
    expect(readCode('')).toEqual({
      problem: 'Type the code printed on the certificate, for example 7K3M-Q9XA.',
    });
    expect(readCode('N21P-353')).toEqual({
      problem: 'A code has 8 characters (XXXX-XXXX); this one has 7.',
    });
    expect(readCode('N21P-35UA')).toMatchObject({ problem: expect.stringContaining('“U”') });
    expect(readCode('N21P-353A!')).toMatchObject({ problem: expect.stringContaining('“!”') });
  });

  it('reads O, I and L as the digits they look like', () => {
    expect(readCode('OIL0-1111')).toEqual({
      code: '0110-1111',
      note: 'The code was read as 0110-1111.',
    });
  });
});
