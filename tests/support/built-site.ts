/** Reads a built output folder into the shape the link checker takes. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { listFiles } from '../../scripts/lib/files.mjs';
import type { BuiltSite } from '../../scripts/lib/site/link-check';

export async function readBuiltSite(folder: string, base: string): Promise<BuiltSite> {
  const all = await listFiles(folder);
  const pages = new Map<string, string>();
  for (const file of all.filter((name) => name.endsWith('.html'))) {
    pages.set(file, await readFile(join(folder, file), 'utf8'));
  }
  return { pages, files: new Set(all), base };
}
