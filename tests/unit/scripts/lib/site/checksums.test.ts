import { describe, expect, it } from 'vitest';

import {
  compareTrees,
  formatChecksums,
  sha256Hex,
} from '../../../../../scripts/lib/site/checksums';
import { buildDate } from '../../../../../src/lib/site/build-date';

describe('SHA256SUMS', () => {
  it('hashes like sha256sum does', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('lists files sorted by path with two spaces, as sha256sum -c expects', () => {
    const text = formatChecksums(
      new Map([
        ['b.txt', 'b'],
        ['a.txt', 'a'],
      ]),
    );
    expect(text.split('\n')[0]).toBe(`${sha256Hex('a')}  a.txt`);
    expect(text.split('\n')[1]).toBe(`${sha256Hex('b')}  b.txt`);
  });

  it('sorts capitals before small letters, as byte order does', () => {
    const text = formatChecksums(
      new Map([
        ['a.txt', 'a'],
        ['B.txt', 'b'],
        ['_astro/x.js', 'x'],
      ]),
    );
    expect(text.split('\n').map((line) => line.slice(66))).toEqual([
      'B.txt',
      '_astro/x.js',
      'a.txt',
      '',
    ]);
  });
});

describe('comparing two builds', () => {
  it('finds no difference between identical trees', () => {
    const tree = new Map([['index.html', 'x']]);
    expect(compareTrees(tree, new Map(tree))).toEqual([]);
  });

  it('names files that differ or exist in only one build', () => {
    const first = new Map([
      ['a', '1'],
      ['b', '2'],
    ]);
    const second = new Map([
      ['a', '9'],
      ['c', '3'],
    ]);
    expect(compareTrees(first, second)).toEqual([
      { path: 'a', change: 'content differs' },
      { path: 'b', change: 'only in first' },
      { path: 'c', change: 'only in second' },
    ]);
  });

  it('lists the differences by path, whatever order the trees came in', () => {
    const first = new Map([
      ['z', '1'],
      ['m', '2'],
    ]);
    expect(compareTrees(first, new Map([['a', '3']])).map((d) => d.path)).toEqual(['a', 'm', 'z']);
  });
});

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
