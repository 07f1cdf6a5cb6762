#!/usr/bin/env node
// `npm run verify:reproducible`: builds the committed source twice, in two fresh folders, with
// the same SOURCE_DATE_EPOCH, pinned Node and lockfile, and compares every byte of the output.
// The lesson of the xz tarball, applied to this site: what we publish must follow from the source.
//
// Two more modes let `npm test` overlap the second build with its own first one:
//   --build-only <folder>   one build of HEAD from `git archive`, left in <folder>/dist
//   --compare <dist> <dist> compare two finished builds
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { readTree } from './lib/files.mjs';
import { compareTrees, sha256Hex } from './lib/site/checksums.ts';

const root = resolve(import.meta.dirname, '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', 'HEAD');
const epoch = process.env.SOURCE_DATE_EPOCH || git('log', '-1', '--format=%ct');

/** Builds HEAD, exported with `git archive` into `folder`, as a stranger's checkout would. */
async function buildFromArchive(folder) {
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
    throw new Error(`the build in ${folder} failed`);
  }
  return ((performance.now() - started) / 1000).toFixed(1);
}

async function digestsOf(dist) {
  const tree = await readTree(dist);
  const bytes = [...tree.values()].reduce((sum, content) => sum + content.length, 0);
  return { bytes, digests: new Map([...tree].map(([path, data]) => [path, sha256Hex(data)])) };
}

/** Prints the verdict and returns the exit status: 0 when every byte matches. */
async function report(firstDist, secondDist) {
  const first = await digestsOf(firstDist);
  const second = await digestsOf(secondDist);
  const differences = compareTrees(first.digests, second.digests);
  console.log(`commit ${commit.slice(0, 12)}, SOURCE_DATE_EPOCH=${epoch}`);
  console.log(
    `${first.digests.size} files, ${first.bytes} bytes; SHA256SUMS digest ${first.digests.get('SHA256SUMS')}`,
  );
  if (differences.length === 0) {
    console.log('reproducible: every byte of the two builds matches');
    return 0;
  }
  console.log(`NOT reproducible: ${differences.length} file(s) differ`);
  for (const difference of differences.slice(0, 40))
    console.log(`  ${difference.change}: ${difference.path}`);
  return 1;
}

const [mode, ...paths] = process.argv.slice(2);
if (mode === '--build-only') {
  const folder = resolve(paths[0] ?? '');
  if (!paths[0]) throw new Error('--build-only needs a folder to build in');
  await mkdir(folder, { recursive: true });
  console.log(`build of ${commit.slice(0, 12)} in ${folder}: ${await buildFromArchive(folder)} s`);
} else if (mode === '--compare') {
  if (paths.length !== 2) throw new Error('--compare needs two dist folders');
  process.exitCode = await report(resolve(paths[0]), resolve(paths[1]));
} else {
  const folders = [];
  for (const label of ['a', 'b']) {
    const folder = await mkdtemp(join(tmpdir(), `xz-repro-${label}-`));
    folders.push(folder);
    console.log(`build ${label.toUpperCase()}: ${await buildFromArchive(folder)} s`);
  }
  process.exitCode = await report(join(folders[0], 'dist'), join(folders[1], 'dist'));
  if (!process.env.KEEP_BUILDS)
    await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
}
