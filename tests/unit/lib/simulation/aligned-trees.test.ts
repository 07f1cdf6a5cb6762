import { describe, expect, it } from 'vitest';

import { alignTrees } from '../../../../src/lib/simulation/aligned-trees.ts';
import {
  gitTree,
  nestTree,
  tarballTree,
  type TreeFile,
  type TreeNode,
} from '../../../../src/lib/simulation/trees.ts';

const rows = () => alignTrees(nestTree(gitTree()), nestTree(tarballTree()));

describe('the git and tarball trees aligned row by row', () => {
  it('gives every path of either tree exactly one row', () => {
    const paths = rows()
      .filter((row) => !row.directory)
      .map((row) => row.path);
    const union = new Set([...gitTree(), ...tarballTree()].map((file) => file.path));
    expect(paths.toSorted()).toEqual([...union].toSorted());
  });

  it('puts the same file on the same row in both columns', () => {
    const readme = rows().find((row) => row.path === 'tests/files/bad-3-corrupt_lzma2.xz')!;
    expect((readme.git as TreeFile).path).toBe(readme.path);
    expect((readme.tarball as TreeFile).path).toBe(readme.path);
  });

  it('leaves the git cell of the doctored build-to-host.m4 empty', () => {
    const trigger = rows().find((row) => row.path === 'm4/build-to-host.m4')!;
    expect(trigger.git).toBe(false);
    expect((trigger.tarball as TreeFile).origin).toBe('modified');
  });

  it('leaves the tarball cell of a git-only file empty', () => {
    const gitOnly = gitTree().filter(
      (file) => !tarballTree().some((other) => other.path === file.path),
    );
    expect(gitOnly.length).toBeGreaterThan(0);
    for (const file of gitOnly)
      expect(rows().find((row) => row.path === file.path)?.tarball).toBe(false);
  });

  it('lists a directory before its contents, one level deeper, directories before files', () => {
    const all = rows();
    const m4 = all.findIndex((row) => row.path === 'm4');
    expect(all[m4]).toMatchObject({ directory: true, depth: 0, git: true, tarball: true });
    expect(all[m4 + 1]!.path.startsWith('m4/')).toBe(true);
    expect(all[m4 + 1]!.depth).toBe(1);
    const top = all.filter((row) => row.depth === 0);
    const firstFile = top.findIndex((row) => !row.directory);
    expect(top.slice(firstFile).every((row) => !row.directory)).toBe(true);
  });

  it('aligns two empty trees to no rows', () => {
    const empty = nestTree([]);
    expect(alignTrees(empty, empty)).toEqual([]);
  });
});

describe('aligning two small trees', () => {
  const files = (...paths: string[]) =>
    nestTree(paths.map((path): TreeFile => ({ path, origin: 'git' })));
  const table = (git: TreeNode, tarball: TreeNode) =>
    alignTrees(git, tarball).map(
      (row) =>
        `${'  '.repeat(row.depth)}${row.name}${row.directory ? '/' : ''} ${row.git ? 'G' : '-'}${row.tarball ? 'T' : '-'}`,
    );

  it('merges both sides into one order: directories first, then names by code point', () => {
    expect(
      table(files('b.txt', 'z/one', 'a.txt'), files('c.txt', 'B.txt', 'y/two', 'z/one')),
    ).toEqual([
      'y/ -T',
      '  two -T',
      'z/ GT',
      '  one GT',
      'B.txt -T',
      'a.txt G-',
      'b.txt G-',
      'c.txt -T',
    ]);
  });

  it('keeps a file and a directory of the same name on separate rows', () => {
    expect(table(files('docs'), files('docs/guide'))).toEqual([
      'docs/ -T',
      '  guide -T',
      'docs G-',
    ]);
  });

  it('walks into a directory only one side has, leaving the other side empty all the way down', () => {
    const rows = alignTrees(files('only/in/git'), files());
    expect(rows.map((row) => [row.path, row.depth, row.git !== false, row.tarball])).toEqual([
      ['only', 0, true, false],
      ['only/in', 1, true, false],
      ['only/in/git', 2, true, false],
    ]);
    expect((rows[2]!.git as TreeFile).path).toBe('only/in/git');
  });
});
