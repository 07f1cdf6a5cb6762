/** Archives the tests build in memory: tar through modern-tar, then each compressor. */
import { execFileSync } from 'node:child_process';

import { BlobWriter, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import { gzipSync } from 'fflate';
import { packTar, type TarEntry } from 'modern-tar';

import { utf8 } from './helpers.ts';

export type Tree = Record<string, string | Uint8Array>;

const bytesOf = (content: string | Uint8Array) =>
  typeof content === 'string' ? utf8(content) : content;

export function tarOf(tree: Tree, prefix = '', extra: TarEntry[] = []): Promise<Uint8Array> {
  const entries: TarEntry[] = Object.entries(tree).map(([path, content]) => ({
    header: { name: prefix + path, size: bytesOf(content).length, type: 'file' },
    body: bytesOf(content),
  }));
  return packTar([...entries, ...extra]);
}

const cli = (tool: string, input: Uint8Array) =>
  new Uint8Array(execFileSync(tool, ['-c'], { input, maxBuffer: 1 << 26 }));

export const compressors = {
  tar: (tar: Uint8Array) => tar,
  gzip: (tar: Uint8Array) => gzipSync(tar),
  xz: (tar: Uint8Array) => cli('xz', tar),
  bzip2: (tar: Uint8Array) => cli('bzip2', tar),
};

export async function zipOf(
  tree: Tree,
  prefix = '',
  extra: Array<{ name: string; bytes: Uint8Array; mode?: number }> = [],
  folders: string[] = [],
): Promise<Uint8Array> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false });
  for (const [path, content] of Object.entries(tree))
    await writer.add(prefix + path, new Uint8ArrayReader(bytesOf(content)));
  for (const folder of folders) await writer.add(folder, undefined, { directory: true });
  for (const entry of extra)
    await writer.add(entry.name, new Uint8ArrayReader(entry.bytes), {
      externalFileAttributes: entry.mode === undefined ? undefined : (entry.mode << 16) >>> 0,
      versionMadeBy: 0x031e,
    });
  return new Uint8Array(await (await writer.close()).arrayBuffer());
}
