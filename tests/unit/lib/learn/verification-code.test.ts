import { describe, expect, it } from 'vitest';

import {
  canonicalText,
  verificationCode,
  webCryptoDigest,
} from '../../../../src/lib/learn/verification-code';

const digest = webCryptoDigest()!;
const ada = { name: 'Ada Lovelace', day: '2026-11-26', percent: 85 };

describe('the verification code', () => {
  it('is the one printed certificates already carry (computed independently of this code)', async () => {
    // SHA-256 of the canonical text, first 40 bits in Crockford base 32, worked out with Python.
    expect(await verificationCode(ada, digest)).toBe('N21P-353A');
    expect(await verificationCode({ name: 'Zoë', day: '2026-01-02', percent: 100 }, digest)).toBe(
      '5EBV-MG6Y',
    );
  });

  it('changes when the score changes by one point', async () => {
    expect(await verificationCode({ ...ada, percent: 86 }, digest)).toBe('9QBC-TPC7');
  });

  it('ignores case and extra spaces in the name, as a trainer may type them', async () => {
    expect(await verificationCode({ ...ada, name: '  ada   LOVELACE ' }, digest)).toBe('N21P-353A');
  });

  it('treats a composed and a decomposed accent as the same name', () => {
    expect(canonicalText({ ...ada, name: 'Zo\u00eb' })).toBe(
      canonicalText({ ...ada, name: 'Zoe\u0308' }),
    );
  });

  it('keeps the fields on separate lines, so a name cannot pose as a name and a date', () => {
    expect(canonicalText(ada).split('\n')).toEqual([
      'xz-learn-certificate-v1',
      'ada lovelace',
      '2026-11-26',
      '85',
    ]);
  });

  it('uses only characters that read aloud without confusion, in the XXXX-XXXX form', async () => {
    for (let percent = 0; percent <= 100; percent += 1) {
      const code = await verificationCode({ ...ada, percent }, digest);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });
});
