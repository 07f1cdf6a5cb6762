import { describe, expect, it } from 'vitest';

import {
  compareTrees,
  formatChecksums,
  sha256Hex,
} from '../../../../../scripts/lib/site/checksums';

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
});
