import { describe, expect, it } from 'vitest';

import {
  buildNeededBy,
  DEFENCES,
  evaluateDefence,
} from '../../../../src/lib/simulation/defences.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import {
  diffFileLists,
  gitTree,
  isExpectedTarballOnly,
  nestTree,
  sourceTree,
  tarballTree,
} from '../../../../src/lib/simulation/trees.ts';
import { committedCarriers } from './helpers.ts';

describe('trees', () => {
  it('build-to-host.m4 is only in the tarball, with serial 30', () => {
    expect(gitTree().some((f) => f.path === 'm4/build-to-host.m4')).toBe(false);
    expect(tarballTree().find((f) => f.path === 'm4/build-to-host.m4')).toMatchObject({
      origin: 'modified',
      serial: 30,
    });
  });

  it('the carriers are in git and in the tarball, badged as binary test files', () => {
    for (const tree of [gitTree(), tarballTree()]) {
      const carriers = tree.filter((f) =>
        /bad-3-corrupt_lzma2\.xz|good-large_compressed\.lzma/.test(f.path),
      );
      expect(carriers.map((f) => f.binaryTest)).toEqual([true, true]);
    }
  });

  it('a git checkout bootstrapped with autogen.sh gets the clean serial 3', () => {
    expect(sourceTree('git').find((f) => f.path === 'm4/build-to-host.m4')).toMatchObject({
      origin: 'generated',
      serial: 3,
    });
    expect(
      sourceTree('tarball-autoreconf').find((f) => f.path === 'm4/build-to-host.m4'),
    ).toMatchObject({ serial: 30 });
  });

  it('every tarball-only file looks like expected autotools output — which is the problem', () => {
    const { onlyInTarball } = diffFileLists(gitTree(), tarballTree());
    expect(onlyInTarball).toContain('m4/build-to-host.m4');
    expect(onlyInTarball.every(isExpectedTarballOnly)).toBe(true);
  });

  it('nests paths into directories, directories first', () => {
    const root = nestTree([
      { path: 'b.txt', origin: 'git' },
      { path: 'a/c.txt', origin: 'git' },
    ]);
    expect(root.children.map((c) => c.name)).toEqual(['a', 'b.txt']);
    expect(root.children[0]!.children[0]!.file?.path).toBe('a/c.txt');
  });
});

describe('which defence would have caught it', () => {
  const carriers = committedCarriers('5.6.1');
  const result = (id: (typeof DEFENCES)[number]['id']) => {
    const build = buildNeededBy(id);
    return evaluateDefence(
      id,
      build &&
        buildTrace({ env: build.env, carriers: build.withCarriers ? carriers : null }).outcome,
    );
  };

  it('the file-list check misses it', () => {
    expect(result('file-list')).toMatchObject({ caught: false, breaksAt: null });
  });

  it('a content diff of m4 against upstream catches it before the build', () => {
    expect(result('m4-diff')).toMatchObject({ caught: true, breaksAt: 'import' });
    expect(result('m4-diff').evidence.join()).toMatch(/serial 30.*serial 3/);
  });

  it('a reproducible make dist from the tag shows the m4 file and configure differ', () => {
    const r = result('reproducible-dist');
    expect(r.caught).toBe(true);
    expect(r.evidence.join('\n')).toMatch(
      /m4\/build-to-host\.m4 differs[\s\S]*configure differs|configure differs[\s\S]*m4\/build-to-host\.m4 differs/,
    );
  });

  it('building from git with autoreconf is proved clean by a simulated build', () => {
    expect(result('git-autoreconf')).toMatchObject({ caught: true, breaksAt: 'configure' });
  });

  it('a no-binary-test-files policy breaks the chain at the stage-0 grep', () => {
    const r = result('no-binary-tests');
    expect(r.caught).toBe(true);
    expect(r.evidence.join()).toMatch(/marker/);
  });

  it('SLSA provenance and run-time signals both catch it, at different links', () => {
    expect(result('slsa').breaksAt).toBe('import');
    expect(result('runtime').breaksAt).toBe('runtime');
  });
});
