import { describe, expect, it } from 'vitest';

import { DEFAULT_LIMITS } from '../../../../../src/lib/check/archive/limits.ts';
import { readListing, unquoteGitPath } from '../../../../../src/lib/check/archive/listing.ts';

describe('git-quoted paths', () => {
  it.each([
    ['a"', 'a"'],
    ['"a', '"a'],
    ['"', '"'],
    ['""', ''],
    ['"a\\n123"', 'a\n123'],
    ['"\\q"', 'q'],
    ['"x\\"y\\\\z"', 'x"y\\z'],
  ])('reads %j as %j', (line, path) => {
    expect(unquoteGitPath(line)).toBe(path);
  });
});

describe('the pasted listing', () => {
  const limits = { ...DEFAULT_LIMITS, entries: 2 };

  it('takes exactly as many lines as the entry limit and names itself as a listing', () => {
    expect(readListing('a\nb\n', limits)).toEqual({
      name: 'pasted git ls-files listing',
      entries: [
        { path: 'a', bytes: null },
        { path: 'b', bytes: null },
      ],
      notices: [],
      listingOnly: true,
    });
  });

  it('refuses one line more than the limit', () => {
    expect(() => readListing('a\nb\nc\n', limits)).toThrow(
      'the pasted listing has more than 2 lines, the limit',
    );
  });

  it('reports an unsafe line with the reason', () => {
    expect(readListing('/etc/passwd\n').notices).toEqual([
      { path: '/etc/passwd', message: 'absolute path: reported, not unpacked' },
    ]);
  });
});
