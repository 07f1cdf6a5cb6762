import { describe, expect, it } from 'vitest';

import { DEFAULT_LIMITS } from '../../../../src/lib/check/archive/limits.ts';
import { readListing, unquoteGitPath } from '../../../../src/lib/check/archive/listing.ts';
import { readArchive } from '../../../../src/lib/check/archive/read-archive.ts';
import { compareRelease } from '../../../../src/lib/check/compare.ts';
import { compressors, tarOf, zipOf } from './archives.ts';
import { gitTree, OUR_M4, tarballTree } from './helpers.ts';

const small = { inputBytes: 1 << 20, totalBytes: 64 * 1024, entries: 20, fileBytes: 16 * 1024 };
const zeros = (n: number) => new Uint8Array(n);

describe('reading every supported format', () => {
  it.each(Object.keys(compressors) as Array<keyof typeof compressors>)(
    'reads a %s tarball and finds a doctored m4 file against a git archive',
    async (format) => {
      const doctored = tarballTree();
      doctored['m4/our-probe.m4'] = OUR_M4.replace('serial 2', 'serial 20');
      const tarball = await readArchive(
        't',
        compressors[format](await tarOf(doctored, 'sample-1.0/')),
      );
      const git = await readArchive('g', await tarOf(gitTree(), 'sample-v1.0/'));
      const report = await compareRelease(tarball, git);
      expect(report.tarball.files).toBe(Object.keys(doctored).length);
      expect(report.verdict).toMatch(/1 unexpected difference: m4\/our-probe\.m4 — look at it\.$/);
    },
  );

  it('reads a zip archive as the git side, as GitHub offers it', async () => {
    const git = await readArchive('sample-v1.0.zip', await zipOf(gitTree(), 'sample-v1.0/'));
    expect(git.entries.map((e) => e.path).sort()).toEqual(
      Object.keys(gitTree())
        .map((p) => `sample-v1.0/${p}`)
        .sort(),
    );
    const report = await compareRelease(
      await readArchive('t', await tarOf(tarballTree(), 'sample-1.0/')),
      git,
    );
    expect(report.level).toBe('clean');
  });
});

describe('unsafe entries', () => {
  it('reports a ../../etc/passwd path and a symlink in a tar without unpacking either', async () => {
    const tar = await tarOf({ README: 'hi\n' }, '', [
      { header: { name: '../../etc/passwd', size: 5, type: 'file' }, body: 'root\n' },
      { header: { name: 'loop', size: 0, type: 'symlink', linkname: 'loop' } },
    ]);
    const side = await readArchive('evil.tar', tar);
    expect(side.entries.map((e) => e.path)).toEqual(['README']);
    expect(side.notices).toEqual([
      {
        path: '../../etc/passwd',
        message: 'path climbs out of the archive with "..": reported, not unpacked',
      },
      { path: 'loop', message: 'symbolic link to "loop": reported, never followed' },
    ]);
  });

  it('reports a symlink stored in a zip', async () => {
    const zip = await zipOf({ README: 'hi\n' }, '', [
      { name: 'link', bytes: utf8('README'), mode: 0o120777 },
    ]);
    const side = await readArchive('links.zip', zip);
    expect(side.notices).toEqual([
      { path: 'link', message: 'symbolic link to "(target not read)": reported, never followed' },
    ]);
  });

  it('lists a file over the per-file limit without keeping its bytes', async () => {
    const side = await readArchive(
      'big.tar',
      await tarOf({ 'a.txt': 'a\n', 'big.bin': zeros(20 * 1024) }),
      small,
    );
    expect(side.entries.map((e) => e.path)).toEqual(['a.txt']);
    expect(side.notices[0]?.message).toBe(
      '20,480 bytes, over the 16,384 bytes limit for one file: listed, not compared',
    );
  });
});

describe('decompression bombs and bad input stop with a clear message', () => {
  const bombTree = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`zeros-${i}.bin`, zeros(15 * 1024)]),
  );

  it.each(['gzip', 'xz', 'bzip2'] as const)(
    'stops a %s bomb at the total size limit',
    async (format) => {
      const bomb = compressors[format](await tarOf(bombTree));
      await expect(readArchive('bomb', bomb, small)).rejects.toThrow(
        'bomb: it unpacks to more than 65,536 bytes, the limit — a decompression bomb or simply too big; nothing more was read',
      );
    },
  );

  it('stops a zip bomb at the total size limit', async () => {
    await expect(readArchive('bomb.zip', await zipOf(bombTree), small)).rejects.toThrow(
      /more than 65,536 bytes/,
    );
  });

  it('stops at the entry limit', async () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 'x']));
    await expect(readArchive('many.tar', await tarOf(many), small)).rejects.toThrow(
      'many.tar: it holds more than 20 files, the limit; nothing more was read',
    );
  });

  it('refuses a file over the input limit before reading it', async () => {
    await expect(readArchive('huge.tar.xz', zeros(2 << 20), small)).rejects.toThrow(
      'huge.tar.xz is 2 MB, over the 1 MB limit',
    );
  });

  it('names the formats it reads when given something else', async () => {
    await expect(readArchive('notes.txt', utf8('just text'))).rejects.toThrow(
      'notes.txt is not an archive this page reads (.tar, .tar.gz, .tar.xz, .tar.bz2, .zip)',
    );
  });

  it('says a truncated xz tarball is corrupt', async () => {
    const xz = compressors.xz(await tarOf(gitTree()));
    await expect(readArchive('cut.tar.xz', xz.subarray(0, xz.length - 30))).rejects.toThrow(
      /^cut\.tar\.xz: the xz data is corrupt/,
    );
  });

  it('says a gzip tarball with damaged data is corrupt', async () => {
    const gz = compressors.gzip(await tarOf(gitTree()));
    const damaged = gz.slice();
    damaged.fill(0xff, 20, 60);
    await expect(readArchive('bad.tar.gz', damaged)).rejects.toThrow(/^bad\.tar\.gz: /);
  });

  it('keeps the default limits the page states', () => {
    expect(DEFAULT_LIMITS).toEqual({
      inputBytes: 200 << 20,
      totalBytes: 400 << 20,
      entries: 50_000,
      fileBytes: 64 << 20,
    });
  });
});

describe('a pasted git ls-files listing', () => {
  it('reads one path a line, unquotes git-quoted names and reports unsafe ones', () => {
    const side = readListing('README\r\n"caf\\303\\251.txt"\n\n../outside\nm4/our-probe.m4\n');
    expect(side.listingOnly).toBe(true);
    expect(side.entries.map((e) => e.path)).toEqual(['README', 'café.txt', 'm4/our-probe.m4']);
    expect(side.notices).toHaveLength(1);
    expect(unquoteGitPath('"tab\\there"')).toBe('tab\there');
  });

  it('says what to paste when the listing is empty', () => {
    expect(() => readListing('  \n')).toThrow(
      'the pasted listing is empty: paste the output of `git ls-files`',
    );
  });
});

function utf8(text: string) {
  return new TextEncoder().encode(text);
}
