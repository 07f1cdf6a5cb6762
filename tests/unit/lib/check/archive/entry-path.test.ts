import { describe, expect, it } from 'vitest';

import {
  normalisePath,
  unsafePathReason,
} from '../../../../../src/lib/check/archive/entry-path.ts';

const ABSOLUTE = 'absolute path: reported, not unpacked';

describe('unsafe archive paths', () => {
  it.each(['/etc/passwd', 'C:\\Windows\\x', 'c:/x'])('refuses %s as an absolute path', (path) => {
    expect(unsafePathReason(path)).toBe(ABSOLUTE);
  });

  it.each(['dir/', 'a/C:/x', '1:/x', 'C:x', 'src/main.c'])('accepts %s as relative', (path) => {
    expect(unsafePathReason(path)).toBeNull();
  });

  it('refuses a path that climbs out, with either slash', () => {
    const climbs = 'path climbs out of the archive with "..": reported, not unpacked';
    expect(unsafePathReason('a/../../etc')).toBe(climbs);
    expect(unsafePathReason('a\\..\\b')).toBe(climbs);
  });

  it('refuses a path with a NUL byte', () => {
    expect(unsafePathReason('a\0.txt')).toBe('path contains a NUL byte: reported, not unpacked');
  });
});

describe('normalised archive paths', () => {
  it('drops every leading ./ and folds repeated slashes', () => {
    expect(normalisePath('././a//b///c')).toBe('a/b/c');
    expect(normalisePath('a/./b')).toBe('a/./b');
  });
});
