#!/usr/bin/env node
// `npm run build`: Astro, then the Pagefind index (astro build wipes dist/), the offline service
// worker, then SHA256SUMS.
// SOURCE_DATE_EPOCH pins every date the build writes, so two builds of one commit are identical.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

import { readTree } from './lib/files.mjs';
import { SERVICE_WORKER_FILE, writeServiceWorker } from './lib/offline/write-service-worker.ts';
import { buildSboms } from './lib/sbom.mjs';
import { formatChecksums } from './lib/site/checksums.ts';
import { formatHeaders } from './lib/site/headers.ts';

function git(...args) {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
env.SOURCE_DATE_EPOCH ||= git('log', '-1', '--format=%ct') || '0';
// The /verify/ page names the commit it was built from.
env.BUILD_COMMIT ||= git('rev-parse', 'HEAD') || 'unknown';

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const outDir = process.env.OUT_DIR ?? 'dist';
step(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
step(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir, '--quiet']);

// The built files, read once: _headers, the SBOM and sw.js are added to this map as they are
// written, so the checksums cover them without reading dist/ again.
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const tree = await readTree(outDir);

// What a <meta> policy cannot carry, for hosts that read _headers (the policy stays in each page).
const headers = formatHeaders(base);
await writeFile(`${outDir}/_headers`, headers);
tree.set('_headers', Buffer.from(headers));

// What reaches browsers, and apart from it what the site is built with.
const sboms = buildSboms(env.SOURCE_DATE_EPOCH);
for (const [file, text] of [
  ['sbom.json', sboms.shipped],
  ['sbom-build.json', sboms.build],
]) {
  await writeFile(`${outDir}/${file}`, text);
  tree.set(file, Buffer.from(text));
}

// The offline worker precaches every file written so far, under a cache named after their content.
const worker = await writeServiceWorker(
  outDir,
  base,
  [...tree].map(([path, content]) => ({ path, content })),
);
tree.set(SERVICE_WORKER_FILE, Buffer.from(worker.source));
console.log(
  `Wrote ${outDir}/sw.js: ${worker.urls.length} files (${(worker.bytes / 1024 / 1024).toFixed(1)} MB) precached as ${worker.cacheName}.`,
);

tree.delete('SHA256SUMS');
await writeFile(`${outDir}/SHA256SUMS`, formatChecksums(tree));
console.log(
  `Wrote ${outDir}/SHA256SUMS for ${tree.size} files (SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH}).`,
);
