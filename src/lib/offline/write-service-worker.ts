/**
 * Build step (Node): reads every file in the output folder, builds the precache manifest and
 * writes <out>/sw.js. Run by src/integrations/offline.ts after Pagefind has written its index.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildPrecacheManifest, isPrecached, type BuiltFile, type PrecacheManifest } from './manifest.ts';
import { serviceWorkerSource } from './service-worker.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, with paths relative to it and forward slashes. */
export async function readBuiltFiles(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ path: relative(dir, file).split(sep).join('/'), content: await readFile(file) })));
}

/** Writes sw.js; returns the manifest and the bytes it precaches. */
export async function writeServiceWorker(dir: string, base: string): Promise<PrecacheManifest & { bytes: number }> {
  const files = await readBuiltFiles(dir);
  const manifest = buildPrecacheManifest(files, base);
  await writeFile(join(dir, SERVICE_WORKER_FILE), serviceWorkerSource(manifest, base));
  const bytes = files.filter((file) => isPrecached(file.path)).reduce((sum, file) => sum + file.content.byteLength, 0);
  return { ...manifest, bytes };
}
