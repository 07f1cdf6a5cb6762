import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { compareRelease } from '../../../../src/lib/check/compare.ts';
import { commonTopFolder } from '../../../../src/lib/check/top-folder.ts';
import { gitTree, OUR_M4, side, tarballTree } from './helpers.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const clean = () =>
  compareRelease(
    side('sample-1.0.tar.gz', tarballTree(), 'sample-1.0/'),
    side('sample-v1.0.tar.gz', gitTree(), 'sample-v1.0/'),
  );

describe('matching the two archives', () => {
  it('removes a top folder named differently on each side (sample-1.0/ against sample-v1.0/)', async () => {
    const report = await clean();
    expect(report.tarball.prefix).toBe('sample-1.0/');
    expect(report.git.prefix).toBe('sample-v1.0/');
    expect(report.identical).toBe(6);
  });

  it('keeps paths as they are when the entries share no single top folder', () => {
    expect(commonTopFolder(['a/x', 'b/y'])).toBe('');
    expect(commonTopFolder(['README', 'src/main.c'])).toBe('');
    expect(commonTopFolder(['xz-5.6.1/README', 'xz-5.6.1/src/main.c'])).toBe('xz-5.6.1/');
  });

  it('compares archives whose contents sit at the top level without a folder', async () => {
    const report = await compareRelease(side('t.tar', tarballTree()), side('g.tar', gitTree()));
    expect(report.differing).toEqual([]);
    expect(report.unexpected).toEqual([]);
  });
});

describe('a clean release', () => {
  it('calls every tarball-only file a usual generated one and says so in the verdict', async () => {
    const report = await clean();
    expect(report.unexpected).toEqual([]);
    expect(report.generated.map((f) => f.path)).toEqual([
      'Makefile.in',
      'aclocal.m4',
      'build-aux/install-sh',
      'build-aux/ltmain.sh',
      'config.h.in',
      'configure',
      'm4/gettext.m4',
      'm4/libtool.m4',
      'po/de.gmo',
      'src/Makefile.in',
    ]);
    expect(report.level).toBe('clean');
    expect(report.verdict).toBe(
      '10 generated files, 2 m4 copies only in the tarball, 1 binary test file, 1 file missing from the tarball; no unexpected difference: every other file matches git byte for byte.',
    );
  });

  it('lists the files only git has', async () => {
    expect((await clean()).gitOnly).toEqual(['.github/workflows/ci.yml']);
  });
});

describe('a doctored release', () => {
  const doctored = () => {
    const tarball = tarballTree();
    tarball['m4/our-probe.m4'] = OUR_M4.replace('serial 2', 'serial 20').replace(
      'echo probing',
      'echo probing; echo doctored',
    );
    tarball['m4/extra-helper.m4'] = '# extra-helper.m4 serial 1\n';
    return compareRelease(
      side('sample-1.0.tar.gz', tarball, 'sample-1.0/'),
      side('sample-v1.0.tar.gz', gitTree(), 'sample-v1.0/'),
    );
  };

  it('names the changed m4 file and the unknown tarball-only one in a verdict that asks for a look', async () => {
    const report = await doctored();
    expect(report.level).toBe('look');
    expect(report.verdict).toBe(
      '10 generated files, 2 m4 copies only in the tarball, 1 binary test file, 1 file missing from the tarball; 2 unexpected differences: m4/extra-helper.m4 and m4/our-probe.m4 — look at them.',
    );
  });

  it('shows a line diff from the git copy to the tarball copy', async () => {
    const [file] = (await doctored()).differing;
    expect(file!.path).toBe('m4/our-probe.m4');
    expect(file!.binary).toBe(false);
    expect(file!.diff).toContain('--- sample-v1.0/m4/our-probe.m4');
    expect(file!.diff).toContain('+++ sample-1.0/m4/our-probe.m4');
    expect(file!.diff).toContain('-# our-probe.m4 serial 2');
    expect(file!.diff).toContain('+# our-probe.m4 serial 20');
  });

  it('lists every m4 file with its serial line, flagged ones first', async () => {
    const m4 = (await doctored()).m4.map((f) => [
      f.path,
      f.status,
      f.serial,
      f.gitSerial,
      f.flagged,
    ]);
    expect(m4).toEqual([
      ['aclocal.m4', 'tarball-only', null, null, true],
      ['m4/extra-helper.m4', 'tarball-only', '# extra-helper.m4 serial 1', null, true],
      ['m4/gettext.m4', 'tarball-only', '# gettext.m4 serial 78', null, true],
      ['m4/libtool.m4', 'tarball-only', '# libtool.m4 serial 58', null, true],
      ['m4/our-probe.m4', 'differs', '# our-probe.m4 serial 20', '# our-probe.m4 serial 2', true],
    ]);
  });
});

describe('binary files', () => {
  it('compares a changed binary file by sizes and SHA-256, without a line diff', async () => {
    const tarball = tarballTree();
    tarball['tests/files/good-sample.bin'] = Uint8Array.from([0, 1, 2, 3, 0xfd, 0x37, 0x7a, 9]);
    const report = await compareRelease(side('t', tarball), side('g', gitTree()));
    const [file] = report.differing;
    expect(file).toMatchObject({
      path: 'tests/files/good-sample.bin',
      binary: true,
      gitSize: 7,
      tarballSize: 8,
      diff: null,
    });
    expect(file!.gitSha256).toBe(sha256(gitTree()['tests/files/good-sample.bin'] as Uint8Array));
    expect(file!.gitSha256).not.toBe(file!.tarballSha256);
  });

  it('lists binary files under test folders with their sizes, and marks the ones git lacks', async () => {
    const tarball = tarballTree();
    tarball['tests/files/bad-extra.xz'] = Uint8Array.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]);
    tarball['tests/readme.txt'] = 'text, not binary\n';
    const report = await compareRelease(side('t', tarball), side('g', gitTree()));
    expect(report.testBinaries.map((f) => [f.path, f.size, f.inGit])).toEqual([
      ['tests/files/bad-extra.xz', 6, false],
      ['tests/files/good-sample.bin', 7, true],
    ]);
  });
});

describe('a git ls-files listing as the second input', () => {
  it('matches by path only and says that contents were not compared', async () => {
    const listing = {
      name: 'git ls-files',
      listingOnly: true,
      notices: [],
      entries: Object.keys(gitTree()).map((path) => ({ path, bytes: null })),
    };
    const report = await compareRelease(side('t', tarballTree(), 'sample-1.0/'), listing);
    expect(report.differing).toEqual([]);
    expect(report.level).toBe('incomplete');
    expect(report.verdict).toMatch(/no contents were compared\.$/);
    expect(report.m4.find((f) => f.path === 'm4/our-probe.m4')?.status).toBe('not-compared');
  });
});
