#!/usr/bin/env node
// `npm run pack:scorm [-- <folder>]`: writes the training path as SCORM 1.2 and SCORM 2004
// packages (dist/xz-backdoor-training-scorm12.zip, …-scorm2004.zip) from the built site. Builds
// nothing: run `npm run build` first. Prints each package's size and file count.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { build } from 'esbuild';

import { readBuiltFiles } from './lib/offline/write-service-worker.ts';
import { readBuiltSiteInfo } from './lib/pack/built-site.ts';
import {
  LAUNCH_SCRIPT,
  packageFileName,
  scormPackageEntries,
  zipPackage,
} from './lib/scorm/package.ts';
import { selectTrainingFiles } from './lib/scorm/select-files.ts';

const dist = 'dist';
const outDir = process.argv[2] ?? dist;
const start = 'learn/index.html';

const { base } = await readBuiltSiteInfo(dist);
const built = new Map(
  (await readBuiltFiles(dist)).map((file) => [file.path, new Uint8Array(file.content)]),
);
const startPage = new TextDecoder().decode(built.get(start));
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(startPage)?.[1];
if (!canonical) {
  console.error(`${dist}/${start} has no canonical link: is this the built site?`);
  process.exit(1);
}
const siteUrl = new URL(base, canonical).href;

const { files, missing } = selectTrainingFiles(built, start, { url: siteUrl, base });
if (missing.length > 0) {
  console.error(
    `The training pages refer to files the build did not write:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}

const bundled = await build({
  entryPoints: ['scripts/lib/scorm/launch-client.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  write: false,
  outfile: LAUNCH_SCRIPT,
  logLevel: 'warning',
});
const launchScript = bundled.outputFiles[0].text;
const modified = (await stat(join(dist, start))).mtime;

await mkdir(outDir, { recursive: true });
for (const version of ['1.2', '2004']) {
  const entries = scormPackageEntries({ version, files, launchScript, start });
  const zip = zipPackage(entries, modified);
  const path = join(outDir, packageFileName(version));
  await writeFile(path, zip);
  const kilobytes = (zip.byteLength / 1024).toFixed(0);
  console.log(`${path}: SCORM ${version}, ${kilobytes} KB, ${entries.size} files`);
}
console.log(
  'Upload either zip to the LMS as a SCORM package; README "SCORM packages for a learning platform (LMS)" has the details.',
);
