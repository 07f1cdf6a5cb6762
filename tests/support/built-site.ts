/** Reads a built output folder into the shape the link checker takes. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BuiltSite } from '../../src/lib/site/link-check';

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)])),
  );
  return nested.flat();
}

export async function readBuiltSite(folder: string, base: string): Promise<BuiltSite> {
  const all = (await walk(folder)).map((file) => relative(folder, file));
  const pages = new Map<string, string>();
  for (const file of all.filter((name) => name.endsWith('.html'))) {
    pages.set(file, await readFile(join(folder, file), 'utf8'));
  }
  return { pages, files: new Set(all), base };
}
