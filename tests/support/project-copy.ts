/**
 * Builds a throw-away copy of the project, so tests can change content or settings and run
 * a real `astro build` without touching the working tree or another test's build.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;
const COPIED = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** Vitest puts Vite's own variables (BASE_URL, MODE …) into process.env; a child build must not see them. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ]) {
    delete env[key];
  }
  return env;
}

export interface ProjectCopy {
  root: string;
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): Promise<void>;
}

export async function copyProject(): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), 'xz-site-'));
  await Promise.all(
    COPIED.map((name) => cp(join(PROJECT_ROOT, name), join(root, name), { recursive: true })),
  );
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    build(env = {}) {
      // The project's own build: Astro, Pagefind, _headers, SBOM and SHA256SUMS.
      const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
        cwd: root,
        env: {
          ...cleanEnvironment(),
          ASTRO_CACHE_DIR: join(root, '.cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          ...env,
        },
        encoding: 'utf8',
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
