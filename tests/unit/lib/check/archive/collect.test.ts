import { describe, expect, it } from 'vitest';

import { EntryCollector } from '../../../../../src/lib/check/archive/collect.ts';
import { type ReadLimits } from '../../../../../src/lib/check/archive/limits.ts';

const small: ReadLimits = { inputBytes: 100, totalBytes: 10, entries: 2, fileBytes: 4 };

describe('what the entry collector admits', () => {
  it('skips folders and the archive root silently', () => {
    const collector = new EntryCollector(small);
    expect(collector.admit('docs', 'directory', 0)).toBe(false);
    expect(collector.admit('./', 'file', 0)).toBe(false);
    expect(collector.notices).toEqual([]);
  });

  it('admits a regular file of exactly the per-file limit', () => {
    expect(new EntryCollector(small).admit('./a//b', 'file', 4)).toBe(true);
  });

  it('reports links and special entries by what they are, and never admits them', () => {
    const collector = new EntryCollector(small);
    expect(collector.admit('hard', 'hardlink', 0, 'README')).toBe(false);
    expect(collector.admit('fifo', 'other', 0)).toBe(false);
    expect(collector.admit('soft', 'symlink', 0)).toBe(false);
    expect(collector.notices).toEqual([
      { path: 'hard', message: 'hard link to "README": reported, never followed' },
      { path: 'fifo', message: 'device, pipe or other special entry: skipped' },
      { path: 'soft', message: 'symbolic link to "": reported, never followed' },
    ]);
  });

  it('lists a file over the per-file limit by its size without admitting it', () => {
    const collector = new EntryCollector(small);
    expect(collector.admit('big', 'file', 5)).toBe(false);
    expect(collector.notices).toEqual([
      {
        path: 'big',
        message: '5 bytes, over the 4 bytes limit for one file: listed, not compared',
      },
    ]);
  });

  it('stops at the file after the entry limit, not at the limit itself', () => {
    const collector = new EntryCollector(small);
    expect(collector.admit('a', 'file', 1)).toBe(true);
    expect(collector.admit('b', 'file', 1)).toBe(true);
    expect(() => collector.admit('c', 'file', 1)).toThrow(
      'it holds more than 2 files, the limit; nothing more was read',
    );
  });
});

describe('what the entry collector keeps', () => {
  it('keeps bytes up to exactly the total limit under the normalised path', () => {
    const collector = new EntryCollector(small);
    collector.add('./x//a', new Uint8Array(4));
    collector.add('b', new Uint8Array(4));
    collector.add('c', new Uint8Array(2));
    expect(collector.entries.map((entry) => entry.path)).toEqual(['x/a', 'b', 'c']);
  });

  it('stops with the bomb message one byte past the total limit', () => {
    const collector = new EntryCollector(small);
    collector.add('a', new Uint8Array(4));
    collector.add('b', new Uint8Array(4));
    expect(() => collector.add('c', new Uint8Array(3))).toThrow(
      /^it unpacks to more than 10 bytes/,
    );
  });

  it('lists a body longer than its header promised without keeping it', () => {
    const collector = new EntryCollector(small);
    collector.add('./liar', new Uint8Array(5));
    expect(collector.entries).toEqual([]);
    expect(collector.notices).toEqual([
      { path: 'liar', message: 'over the 4 bytes limit for one file: listed, not compared' },
    ]);
  });
});
