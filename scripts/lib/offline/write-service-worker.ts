/**
 * Build step (Node): reads every file in the output folder, builds the precache manifest and
 * writes <out>/sw.js. Run by scripts/build.mjs after Pagefind has written its index.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { readTree } from '../files.mjs';
import {
  buildPrecacheManifest,
  type BuiltFile,
  isPrecached,
  type PrecacheManifest,
} from './manifest.ts';
import { serviceWorkerSource } from './service-worker.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, with paths relative to it and forward slashes, sorted. */
export async function readBuiltFiles(dir: string): Promise<BuiltFile[]> {
  return [...(await readTree(dir))].map(([path, content]) => ({ path, content }));
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
