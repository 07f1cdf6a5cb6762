/** Reads what the last `npm run build` left in the output folder, for the packing scripts. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { type BuildInfo, readBuildInfo } from './offline-kit.ts';

/** The build's cache name and base path from <dist>/sw.js; exits with advice when it is missing. */
export async function readBuiltSiteInfo(dist: string): Promise<BuildInfo> {
  let serviceWorker: string;
  try {
    serviceWorker = await readFile(join(dist, 'sw.js'), 'utf8');
  } catch {
    console.error(`${dist}/sw.js is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  return readBuildInfo(serviceWorker);
}
