#!/usr/bin/env node
// `npm run pack [-- <folder>]`: zips the built site (dist/) into xz-backdoor-site-<version>.zip
// for a venue without Wi-Fi, with a README.txt that gives the one-line serve command. Builds
// nothing: run `npm run build` first. Prints the zip's path, size and file count.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { readBuiltFiles } from './lib/offline/write-service-worker.ts';
import { readBuiltSiteInfo } from './lib/pack/built-site.ts';
import { kitName, kitPath, kitReadme, serveCommand } from './lib/pack/offline-kit.ts';
import { createZip } from './lib/pack/zip.ts';

const outDir = process.argv[2] ?? '.';
const dist = 'dist';

const build = await readBuiltSiteInfo(dist);
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const kit = kitName(version, build);

// The handout PDFs (npm run handout:pdf) are welcome in the kit; earlier kits are not.
const files = (await readBuiltFiles(dist)).filter((file) => !file.path.endsWith('.zip'));
const newest = (await Promise.all(files.map((file) => stat(join(dist, file.path))))).reduce(
  (latest, info) => (info.mtime > latest ? info.mtime : latest),
  new Date(0),
);
const entries = [
  { name: `${kit}/README.txt`, data: Buffer.from(kitReadme(kit, build.base)) },
  ...files
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => ({ name: kitPath(kit, build.base, file.path), data: file.content })),
];
const zip = createZip(entries, newest);

await mkdir(outDir, { recursive: true });
const path = join(outDir, `${kit}.zip`);
await writeFile(path, zip);
const megabytes = (zip.byteLength / 1024 / 1024).toFixed(2);
console.log(`${path}: ${megabytes} MB, ${files.length} files of the site (+ README.txt)`);
console.log(`Serve it: unzip, cd ${kit}, then ${serveCommand()}`);
