import { describe, expect, it } from 'vitest';

import { compareRelease } from '../../../../src/lib/check/compare.ts';
import { unifiedDiff } from '../../../../src/lib/check/line-diff.ts';
import { commonTopFolder, stripTopFolder } from '../../../../src/lib/check/top-folder.ts';
import type { CheckSideInput } from '../../../../src/lib/check/types.ts';
import { side, utf8 } from './helpers.ts';

describe('matching file contents', () => {
  it('finds a change that keeps the file size', async () => {
    const report = await compareRelease(
      side('t', { README: 'abc\n' }),
      side('g', { README: 'abd\n' }),
    );
    expect(report.identical).toBe(0);
    expect(report.differing.map((f) => f.path)).toEqual(['README']);
  });

  it('calls a file binary when only the tarball copy holds a NUL byte, and gives no line diff', async () => {
    const report = await compareRelease(
      side('t', { 'data.txt': Uint8Array.from([0x61, 0, 0x62]) }),
      side('g', { 'data.txt': 'ab\n' }),
    );
    expect(report.differing[0]).toMatchObject({
      binary: true,
      diff: null,
      diffNote: 'binary file: compare sizes and hashes',
    });
  });

  it('calls a file binary when only the git copy is binary', async () => {
    const report = await compareRelease(
      side('t', { 'data.txt': 'ab\n' }),
      side('g', { 'data.txt': Uint8Array.from([0x61, 0, 0x62]) }),
    );
    expect(report.differing[0]).toMatchObject({ binary: true, diff: null });
  });

  it('calls a file binary when text turns into bad UTF-8 past the sniffed head', async () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0xff;
    const report = await compareRelease(side('t', { big: late }), side('g', { big: 'a\n' }));
    expect(report.differing[0]).toMatchObject({
      binary: true,
      diff: null,
      diffNote: 'binary file: compare sizes and hashes',
    });
    const gitLate = await compareRelease(side('t', { big: 'a\n' }), side('g', { big: late }));
    expect(gitLate.differing[0]).toMatchObject({ binary: true, diff: null });
  });
});

describe('the m4 group', () => {
  it('puts flagged m4 files first and unchanged ones after, each part in path order', async () => {
    const same = '# same.m4 serial 1\n';
    const report = await compareRelease(
      side('t', {
        README: 'r',
        'm4/a.m4': same,
        'm4/b.m4': '# b serial 2\n',
        'm4/c.m4': '# c serial 9\n',
        'm4/d.m4': same,
      }),
      side('g', { README: 'r', 'm4/a.m4': same, 'm4/c.m4': '# c serial 3\n', 'm4/d.m4': same }),
    );
    expect(report.m4.map((f) => [f.path, f.status, f.flagged, f.gitSerial])).toEqual([
      ['m4/b.m4', 'tarball-only', true, null],
      ['m4/c.m4', 'differs', true, '# c serial 3'],
      ['m4/a.m4', 'same', false, null],
      ['m4/d.m4', 'same', false, null],
    ]);
  });
});

describe('the two sides', () => {
  it('lists the files only git has in path order, whatever order the archive held them in', async () => {
    const report = await compareRelease(
      side('t', { README: 'x' }),
      side('g', { README: 'x', 'z.yml': 'z', 'a.yml': 'a', 'm/k': 'k' }),
    );
    expect(report.gitOnly).toEqual(['a.yml', 'm/k', 'z.yml']);
  });

  it('marks a pasted listing as paths only and adds up the skipped entries of both sides', async () => {
    const listing: CheckSideInput = {
      name: 'git ls-files',
      listingOnly: true,
      entries: [{ path: 'README', bytes: null }],
      notices: [{ path: '../x', message: 'climbs out' }],
    };
    const tarball = {
      ...side('t', { README: 'x' }),
      notices: [{ path: 'link', message: 'a link' }],
    };
    const report = await compareRelease(tarball, listing);
    expect(report.git.listingOnly).toBe(true);
    expect(report.tarball.listingOnly).toBe(false);
    expect(report.git.bytes).toBe(0);
    expect(report.verdict).toMatch(/^0 generated files, 2 skipped entries; /);
  });
});

describe('the common top folder', () => {
  it('is empty for no paths', () => {
    expect(commonTopFolder([])).toBe('');
  });

  it('is not "/" for absolute paths', () => {
    expect(commonTopFolder(['/etc/a', '/etc/b'])).toBe('');
  });

  it('is not removed when one entry is the folder name itself', () => {
    expect(commonTopFolder(['pkg/', 'pkg/a'])).toBe('');
  });

  it('is removed from every path, and paths stay as they are without one', () => {
    const bytes = utf8('x');
    expect(
      stripTopFolder([
        { path: 'p/a', bytes },
        { path: 'p/b/c', bytes },
      ]),
    ).toEqual({
      prefix: 'p/',
      entries: [
        { path: 'a', bytes },
        { path: 'b/c', bytes },
      ],
    });
    expect(stripTopFolder([{ path: 'a', bytes }])).toEqual({
      prefix: '',
      entries: [{ path: 'a', bytes }],
    });
  });
});

describe('the line diff', () => {
  const lines = (count: number, mark: string) =>
    Array.from({ length: count }, (_, i) => `${mark}${i}`).join('\n') + '\n';

  it('names both sides git/ and tarball/ when they have no top folder, with three lines of context', () => {
    const before = lines(10, 'l');
    const after = before.replace('l5\n', 'changed\n');
    expect(unifiedDiff('f.txt', '', '', before, after)).toEqual({
      diff: '--- git/f.txt\n+++ tarball/f.txt\n@@ -3,7 +3,7 @@\n l2\n l3\n l4\n-l5\n+changed\n l6\n l7\n l8\n',
      note: null,
    });
  });

  it('still diffs a file of exactly 512 KiB and refuses one byte more on either side', () => {
    const limit = 'a'.repeat(512 * 1024);
    expect(unifiedDiff('f', 'g/', 't/', limit, 'b\n').diff).toContain('+b');
    expect(unifiedDiff('f', 'g/', 't/', 'b\n', limit).diff).toContain('-b');
    const tooLarge = { diff: null, note: 'too large for a line diff; compare the hashes' };
    expect(unifiedDiff('f', 'g/', 't/', `${limit}a`, 'b\n')).toEqual(tooLarge);
    expect(unifiedDiff('f', 'g/', 't/', 'b\n', `${limit}a`)).toEqual(tooLarge);
  });

  it('diffs 4000 changed lines and gives up with a note at 4001', () => {
    expect(unifiedDiff('f', 'g/', 't/', lines(4000, 'old'), '').diff).toMatch(/^--- g\/f\n/);
    expect(unifiedDiff('f', 'g/', 't/', lines(4001, 'old'), '')).toEqual({
      diff: null,
      note: 'more than 4000 changed lines; compare the hashes',
    });
  });
});
