#!/usr/bin/env node
// `npm run build`: Astro, then the Pagefind index (astro build wipes dist/), then SHA256SUMS.
// SOURCE_DATE_EPOCH pins every date the build writes, so two builds of one commit are identical.
import { spawnSync, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { formatChecksums } from '../src/lib/site/checksums.ts';
import { readTree } from './lib/files.mjs';

function lastCommitEpoch() {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
env.SOURCE_DATE_EPOCH ||= lastCommitEpoch() || '0';

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const outDir = process.env.OUT_DIR ?? 'dist';
step(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
step(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir, '--quiet']);

const tree = await readTree(outDir);
tree.delete('SHA256SUMS');
await writeFile(`${outDir}/SHA256SUMS`, formatChecksums(tree));
console.log(`Wrote ${outDir}/SHA256SUMS for ${tree.size} files (SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH}).`);
