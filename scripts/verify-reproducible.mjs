#!/usr/bin/env node
// `npm run verify:reproducible`: builds the committed source twice, in two fresh folders, with
// the same SOURCE_DATE_EPOCH, pinned Node and lockfile, and compares every byte of the output.
// The lesson of the xz tarball, applied to this site: what we publish must follow from the source.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { readTree } from './lib/files.mjs';
import { compareTrees, sha256Hex } from './lib/site/checksums.ts';

const root = resolve(import.meta.dirname, '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', 'HEAD');
const epoch = process.env.SOURCE_DATE_EPOCH || git('log', '-1', '--format=%ct');

async function buildCopy(label) {
  const folder = await mkdtemp(join(tmpdir(), `xz-repro-${label}-`));
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${folder}"`], {
    cwd: root,
  });
  await symlink(join(root, 'node_modules'), join(folder, 'node_modules'));
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: folder,
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: epoch,
      BUILD_COMMIT: commit,
      ASTRO_CACHE_DIR: join(folder, '.cache'),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`build ${label} failed`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const tree = await readTree(join(folder, 'dist'));
  return {
    folder,
    seconds,
    digests: new Map([...tree].map(([path, bytes]) => [path, sha256Hex(bytes)])),
    tree,
  };
}

const first = await buildCopy('a');
const second = await buildCopy('b');
const differences = compareTrees(first.digests, second.digests);
const bytes = [...first.tree.values()].reduce((sum, content) => sum + content.length, 0);

console.log(`commit ${commit.slice(0, 12)}, SOURCE_DATE_EPOCH=${epoch}`);
console.log(`build A: ${first.seconds} s, build B: ${second.seconds} s`);
console.log(
  `${first.digests.size} files, ${bytes} bytes; SHA256SUMS digest ${first.digests.get('SHA256SUMS')}`,
);
if (differences.length === 0) {
  console.log('reproducible: every byte of the two builds matches');
} else {
  console.log(`NOT reproducible: ${differences.length} file(s) differ`);
  for (const difference of differences.slice(0, 40))
    console.log(`  ${difference.change}: ${difference.path}`);
}
if (!process.env.KEEP_BUILDS)
  await Promise.all(
    [first.folder, second.folder].map((f) => rm(f, { recursive: true, force: true })),
  );
process.exit(differences.length === 0 ? 0 : 1);
