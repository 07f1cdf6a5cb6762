/**
 * Build step (Node): reads every file in the output folder, builds the precache manifest and
 * writes <out>/sw.js. Run by src/integrations/offline.ts after Pagefind has written its index.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import {
  buildPrecacheManifest,
  type BuiltFile,
  isPrecached,
  type PrecacheManifest,
} from './manifest.ts';
import { serviceWorkerSource } from './service-worker.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, with paths relative to it and forward slashes. */
export async function readBuiltFiles(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.map(async (file) => ({
      path: relative(dir, file).split(sep).join('/'),
      content: await readFile(file),
    })),
  );
}

/**
 * Writes sw.js for the files in `dir` (pass `files` when they are already read); returns the
 * manifest, the bytes it precaches and the worker's source.
 */
export async function writeServiceWorker(
  dir: string,
  base: string,
  files?: BuiltFile[],
): Promise<PrecacheManifest & { bytes: number; source: string }> {
  const built = files ?? (await readBuiltFiles(dir));
  const manifest = buildPrecacheManifest(built, base);
  const source = serviceWorkerSource(manifest, base);
  await writeFile(join(dir, SERVICE_WORKER_FILE), source);
  const bytes = built
    .filter((file) => isPrecached(file.path))
    .reduce((sum, file) => sum + file.content.byteLength, 0);
  return { ...manifest, bytes, source };
}
