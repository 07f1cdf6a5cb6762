/**
 * The one reader of a built site (dist/) for tests: the build checks in tests/unit/build and the
 * browser specs read built files through it, so a missing build says the same thing everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { listFiles } from '../../scripts/lib/files.mjs';
import type { BuiltSite } from '../../scripts/lib/site/link-check';
import { PROJECT_ROOT } from './project-copy';

/** The dist/ that `npm test` builds before the tests run. */
export const DIST = join(PROJECT_ROOT, 'dist');

/** Whether `dist` holds a built site. */
export function hasBuild(dist = DIST): boolean {
  return existsSync(join(dist, 'index.html'));
}

/** One built file as text (`path` relative to `dist`); a missing one says to build first. */
export function readBuiltText(path: string, dist = DIST): string {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

/** One built JSON file, parsed. */
export function readBuiltJson<T = unknown>(path: string, dist = DIST): T {
  return JSON.parse(readBuiltText(path, dist)) as T;
}

/** The files SHA256SUMS lists, relative to `dist` (every built file but SHA256SUMS itself). */
export function checksummedFiles(dist = DIST): string[] {
  return (
    readBuiltText('SHA256SUMS', dist)
      .trimEnd()
      .split('\n')
      // "<64 hex digits>  <path>", as sha256sum writes it.
      .map((line) => line.slice(66))
  );
}

/** Every page's HTML and every file's path, in the shape the link checker takes. */
export async function readBuiltSite(dist = DIST, base = '/'): Promise<BuiltSite> {
  const all = await listFiles(dist);
  const pages = new Map<string, string>();
  for (const file of all.filter((name) => name.endsWith('.html'))) {
    pages.set(file, readBuiltText(file, dist));
  }
  return { pages, files: new Set(all), base };
}
