import { describe, expect, it } from 'vitest';

import { readArchive } from '../../../../../src/lib/check/archive/read-archive.ts';
import { noise } from '../../simulation/helpers.ts';
import { compressors, tarOf, zipOf } from '../archives.ts';

const limits = (overrides = {}) => ({
  inputBytes: 4 << 20,
  totalBytes: 64 * 1024,
  entries: 200,
  fileBytes: 16 * 1024,
  ...overrides,
});

describe('tar entries that are not regular files', () => {
  it('skips folders silently and reports hard links and devices', async () => {
    const tar = await tarOf({ README: 'hi\n' }, '', [
      { header: { name: 'docs/', size: 0, type: 'directory' } },
      { header: { name: 'copy', size: 0, type: 'link', linkname: 'README' } },
      { header: { name: 'dev/null', size: 0, type: 'character-device' } },
    ]);
    const side = await readArchive('odd.tar', tar);
    expect(side.entries.map((entry) => entry.path)).toEqual(['README']);
    expect(side.notices).toEqual([
      { path: 'copy', message: 'hard link to "README": reported, never followed' },
      { path: 'dev/null', message: 'device, pipe or other special entry: skipped' },
    ]);
  });

  it('reads a pax global header, as GitHub archives start with one, as no entry at all', async () => {
    const comment = '52 comment=0123456789012345678901234567890123456789\n';
    const tar = await tarOf({ README: 'hi\n' }, 'sample-v1.0/', [
      {
        header: { name: 'pax_global_header', size: comment.length, type: 'pax-global-header' },
        body: comment,
      },
    ]);
    const side = await readArchive('github.tar', tar);
    expect(side.entries.map((entry) => entry.path)).toEqual(['sample-v1.0/README']);
    expect(side.notices).toEqual([]);
  });

  it('says a tar with a damaged header is not readable', async () => {
    const tar = await tarOf({ README: 'hi\n' });
    tar[0] = 'X'.charCodeAt(0);
    await expect(readArchive('bad.tar', tar)).rejects.toThrow(
      /^bad\.tar: it is not a readable tar archive \(/,
    );
  });

  it('says an archive with nothing but folders holds no files, and keeps one with only a link', async () => {
    const folders = await tarOf({}, '', [
      { header: { name: 'docs/', size: 0, type: 'directory' } },
    ]);
    await expect(readArchive('empty.tar', folders)).rejects.toThrow('empty.tar holds no files');
    const link = await tarOf({}, '', [
      { header: { name: 'l', size: 0, type: 'symlink', linkname: 'x' } },
    ]);
    expect((await readArchive('link.tar', link)).notices).toHaveLength(1);
  });

  it('reads an archive of exactly the input limit', async () => {
    const tar = await tarOf({ README: 'hi\n' });
    const side = await readArchive('exact.tar', tar, limits({ inputBytes: tar.length }));
    expect(side.entries).toHaveLength(1);
  });
});

describe('decompressing', () => {
  // 140 one-byte files: 140 bytes of content, but over 140 KiB of tar headers and padding.
  const manySmall = Object.fromEntries(Array.from({ length: 140 }, (_, i) => [`f${i}`, 'x']));

  it.each(['gzip', 'xz', 'bzip2'] as const)(
    'counts the whole unpacked %s tar, headers included, against the total limit',
    async (format) => {
      const archive = compressors[format](await tarOf(manySmall));
      await expect(readArchive('headers', archive, limits())).rejects.toThrow(
        /^headers: it unpacks to more than 65,536 bytes, the limit/,
      );
    },
  );

  it.each(['gzip', 'bzip2'] as const)(
    'accepts a %s tarball that unpacks to exactly the total limit',
    async (format) => {
      const tar = await tarOf({ README: 'hi\n' });
      const side = await readArchive(
        'exact',
        compressors[format](tar),
        limits({ totalBytes: tar.length }),
      );
      expect(side.entries).toHaveLength(1);
    },
  );

  it('reads a gzip tarball larger than one read chunk (1 MiB) byte for byte', async () => {
    const big = noise(7, 1_300_000);
    const gz = compressors.gzip(await tarOf({ 'noise.bin': big }));
    expect(gz.length).toBeGreaterThan(1 << 20);
    const side = await readArchive(
      'big.tar.gz',
      gz,
      limits({ totalBytes: 4 << 20, fileBytes: 2 << 20 }),
    );
    expect(Buffer.compare(side.entries[0]!.bytes!, big)).toBe(0);
  });

  it('reads a bzip2 tarball that unpacks to many output buffers byte for byte', async () => {
    const big = noise(3, 200_000);
    const bz = compressors.bzip2(await tarOf({ 'noise.bin': big }));
    const side = await readArchive(
      'big.tar.bz2',
      bz,
      limits({ totalBytes: 1 << 20, fileBytes: 1 << 20 }),
    );
    expect(Buffer.compare(side.entries[0]!.bytes!, big)).toBe(0);
  });

  it('reads every stream of a multi-stream bzip2 file, as parallel compressors write', async () => {
    const tar = await tarOf({ README: 'hi\n', NEWS: 'news\n' });
    const half = 1024;
    const bz = Buffer.concat([
      compressors.bzip2(tar.subarray(0, half)),
      compressors.bzip2(tar.subarray(half)),
    ]);
    const side = await readArchive('multi.tar.bz2', bz);
    expect(side.entries.map((entry) => entry.path)).toEqual(['README', 'NEWS']);
  });

  it('says a gzip tarball cut short is corrupt', async () => {
    const gz = compressors.gzip(await tarOf({ README: 'hi\n' }));
    await expect(readArchive('cut.tar.gz', gz.subarray(0, gz.length - 30))).rejects.toThrow(
      'cut.tar.gz: the gzip data is corrupt (unexpected EOF)',
    );
  });

  it('says a bzip2 tarball with damaged data is corrupt', async () => {
    const bz = compressors.bzip2(await tarOf({ README: 'hi\n'.repeat(50) }));
    const damaged = bz.slice();
    damaged.fill(0x55, 10, 40);
    await expect(readArchive('bad.tar.bz2', damaged)).rejects.toThrow(
      /^bad\.tar\.bz2: the bzip2 data is corrupt \(/,
    );
  });
});

describe('zip archives', () => {
  it('reads a large file byte for byte', async () => {
    const big = noise(5, 300_000);
    const side = await readArchive(
      'big.zip',
      await zipOf({ 'noise.bin': big }),
      limits({ totalBytes: 1 << 20, fileBytes: 1 << 20 }),
    );
    expect(Buffer.compare(side.entries[0]!.bytes!, big)).toBe(0);
  });

  it('skips folder entries, as GitHub zips hold them', async () => {
    const zip = await zipOf({ 'docs/README': 'hi\n' }, '', [], ['docs/']);
    const side = await readArchive('folders.zip', zip);
    expect(side.entries.map((entry) => entry.path)).toEqual(['docs/README']);
    expect(side.notices).toEqual([]);
  });

  it('stops at the entry limit with the limit in the message', async () => {
    const zip = await zipOf({ a: 'a', b: 'b', c: 'c' });
    await expect(readArchive('many.zip', zip, limits({ entries: 2 }))).rejects.toThrow(
      'many.zip: it holds more than 2 files, the limit; nothing more was read',
    );
  });

  it('keeps a file of exactly the per-file limit', async () => {
    const side = await readArchive(
      'exact.zip',
      await zipOf({ a: new Uint8Array(16 * 1024) }),
      limits(),
    );
    expect(side.entries[0]!.bytes).toHaveLength(16 * 1024);
  });

  it('says a zip without its central directory is not readable', async () => {
    const zip = await zipOf({ README: 'hi\n' });
    await expect(readArchive('cut.zip', zip.subarray(0, 40))).rejects.toThrow(
      /^cut\.zip: it is not a readable zip archive \(/,
    );
  });

  it('says a zip with damaged compressed data is not readable, not that it is too big', async () => {
    const zip = await zipOf({ README: 'hello, hello, hello\n'.repeat(200) });
    const damaged = zip.slice();
    damaged.fill(0xff, 40, 80);
    await expect(readArchive('bad.zip', damaged)).rejects.toThrow(
      /^bad\.zip: it is not a readable zip archive \(/,
    );
  });
});
