import { describe, expect, it } from 'vitest';

import {
  diffFileLists,
  gitTree,
  isExpectedTarballOnly,
  nestTree,
  sourceTree,
  tarballTree,
  tarballVsGit,
  type TreeFile,
  type TreeNode,
  treeOrder,
} from '../../../../src/lib/simulation/trees.ts';

const paths = (files: TreeFile[]) => files.map((f) => f.path);
const find = (files: TreeFile[], path: string) => files.find((f) => f.path === path);

describe('the git tag', () => {
  it('is sorted by path and badges only the compressed test files as binary', () => {
    const git = gitTree();
    expect(paths(git)).toEqual(paths(git).toSorted());
    const badged = git.filter((f) => f.binaryTest).map((f) => f.path);
    expect(badged.length).toBeGreaterThan(2);
    for (const path of badged) expect(path).toMatch(/^tests\/files\/.+\.(xz|lzma|lz)$/);
    expect(find(git, 'tests/files/README')!.binaryTest).toBeUndefined();
    expect(git.every((f) => f.origin === 'git')).toBe(true);
  });
});

describe('the release tarball', () => {
  it('leaves out the .gitignore files and adds the generated ones, sorted', () => {
    const tarball = tarballTree();
    expect(find(tarball, '.gitignore')).toBeUndefined();
    expect(find(tarball, 'm4/.gitignore')).toBeUndefined();
    expect(find(tarball, 'aclocal.m4')).toEqual({ path: 'aclocal.m4', origin: 'generated' });
    expect(paths(tarball)).toEqual(paths(tarball).toSorted());
  });

  it('made with the doctored m4 file, marks it and configure as modified', () => {
    expect(find(tarballTree(), 'm4/build-to-host.m4')).toEqual({
      path: 'm4/build-to-host.m4',
      origin: 'modified',
      serial: 30,
      note: 'gnulib file edited by hand: the trigger',
    });
    expect(find(tarballTree(), 'configure')).toEqual({
      path: 'configure',
      origin: 'modified',
      note: 'generated, with the m4 trigger baked in',
    });
  });

  it('made honestly, has gnulib’s file and a plain generated configure', () => {
    const clean = tarballTree({ doctored: false });
    expect(find(clean, 'm4/build-to-host.m4')).toEqual({
      path: 'm4/build-to-host.m4',
      origin: 'generated',
      serial: 3,
      note: 'from gnulib (via gettext)',
    });
    expect(find(clean, 'configure')).toMatchObject({ origin: 'generated', note: undefined });
    expect(paths(clean)).toEqual(paths(tarballTree()));
  });
});

describe('the source a builder starts from', () => {
  it('is the doctored tarball for both tarball builds', () => {
    expect(sourceTree('tarball')).toEqual(tarballTree());
    expect(sourceTree('tarball-autoreconf')).toEqual(tarballTree());
  });

  it('is the git tree plus the honestly generated files for a git build', () => {
    const git = sourceTree('git');
    expect(find(git, '.gitignore')).toBeDefined();
    expect(find(git, 'configure')!.origin).toBe('generated');
    expect(git.filter((f) => f.origin === 'modified')).toEqual([]);
    expect(paths(git)).toEqual(paths(git).toSorted());
    expect(new Set(paths(git)).size).toBe(git.length);
  });
});

describe('comparing file lists', () => {
  it('lists the paths only on each side, sorted, and counts the shared ones', () => {
    const file = (path: string): TreeFile => ({ path, origin: 'git' });
    expect(
      diffFileLists(
        [file('z'), file('shared'), file('a')],
        [file('shared'), file('y'), file('b'), file('also')],
      ),
    ).toEqual({ onlyInGit: ['a', 'z'], onlyInTarball: ['also', 'b', 'y'], inBoth: 1 });
  });

  it('lets through exactly the files autotools generate', () => {
    for (const path of [
      'configure',
      'aclocal.m4',
      'Makefile.in',
      'src/liblzma/Makefile.in',
      'po/Makefile.in.in',
      'config.h.in',
      'build-aux/ltmain.sh',
      'm4/libtool.m4',
      'po/de.gmo',
    ])
      expect(isExpectedTarballOnly(path), path).toBe(true);
    for (const path of [
      'src/configure',
      'configure.sh',
      'aclocal.m4x',
      'Makefile.inx',
      'm4/sub/x.m4',
      'm4/x.m4.bak',
      'tests/files/new.xz',
      'x/po/y',
      'x/build-aux/y',
    ])
      expect(isExpectedTarballOnly(path), path).toBe(false);
  });

  it('finds no unexpected tarball-only file in the real release', () => {
    const lists = tarballVsGit();
    expect(lists.unexpected).toEqual([]);
    expect(lists.onlyInGit).toEqual(['.gitignore', 'm4/.gitignore']);
    expect(lists.inBoth).toBe(gitTree().length - 2);
  });

  it('flags a tarball-only file that autotools would not generate, such as an added test file', () => {
    const added: TreeFile = { path: 'tests/files/new.xz', origin: 'modified' };
    expect(tarballVsGit([...tarballTree(), added]).unexpected).toEqual(['tests/files/new.xz']);
  });
});

describe('nesting a file list into folders', () => {
  it('puts folders before files and sorts by name at every depth, whatever the input order', () => {
    const root = nestTree(
      ['z.txt', 'b/y', 'b/a/2', 'a.txt', 'b/a/1', 'b/x', 'c/q', 'B'].map(
        (path): TreeFile => ({ path, origin: 'git' }),
      ),
    );
    expect([root.name, root.path]).toEqual(['', '']);
    const names = (node: typeof root): unknown[] =>
      node.children.map((child) => (child.file ? child.name : [child.name, names(child)]));
    expect(names(root)).toEqual([
      ['b', [['a', ['1', '2']], 'x', 'y']],
      ['c', ['q']],
      'B',
      'a.txt',
      'z.txt',
    ]);
    const one = root.children[0]!.children[0]!.children[0]!;
    expect([one.path, one.file?.path]).toEqual(['b/a/1', 'b/a/1']);
  });

  it('compares like a proper sort comparator: folders first, then by name both ways, equal to itself', () => {
    const node = (name: string, file: boolean): TreeNode => ({
      name,
      path: name,
      children: [],
      file: file ? { path: name, origin: 'git' } : undefined,
    });
    const [a, b, folder] = [node('a', true), node('b', true), node('z', false)];
    expect(treeOrder(a, b)).toBeLessThan(0);
    expect(treeOrder(b, a)).toBeGreaterThan(0);
    expect(treeOrder(a, a)).toBe(0);
    expect(treeOrder(folder, a)).toBeLessThan(0);
    expect(treeOrder(a, folder)).toBeGreaterThan(0);
  });
});
