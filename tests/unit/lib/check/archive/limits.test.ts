import { describe, expect, it } from 'vitest';

import {
  CheckInputError,
  limitsSentence,
  mib,
} from '../../../../../src/lib/check/archive/limits.ts';

describe('sizes in messages', () => {
  it('says whole mebibytes as MB and anything else in bytes', () => {
    expect(mib(64 * 1024 * 1024)).toBe('64 MB');
    expect(mib(1.5 * 1024 * 1024)).toBe('1,572,864 bytes');
    expect(mib(0)).toBe('0 bytes');
    expect(mib(1)).toBe('1 byte');
  });

  it('states the default limits in one sentence for the page', () => {
    expect(limitsSentence()).toBe(
      'Each archive may be up to 200 MB as picked and unpack to at most 400 MB in 50,000 files; a single file over 64 MB is listed but not compared.',
    );
  });

  it('marks the reader errors the page shows as they are', () => {
    const error = new CheckInputError('x');
    expect(error.name).toBe('CheckInputError');
    expect(error).toBeInstanceOf(Error);
  });
});
