import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../support/project-copy';

// The unit runner's own guards, checked by running the project's Vitest configuration over two
// bad tests in a throw-away copy: a test that asserts nothing, and a snapshot nobody wrote.
describe('the unit test command', () => {
  let root: string;

  function runVitest(file: string): { status: number | null; output: string } {
    const env = { ...process.env };
    // Not on CI, as a developer's machine: the configuration alone must refuse these tests.
    for (const key of ['CI', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'])
      delete env[key];
    const result = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', file, '--reporter=default'],
      { cwd: root, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, encoding: 'utf8' },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'xz-vitest-'));
    for (const name of ['vitest.config.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      await cp(join(PROJECT_ROOT, name), join(root, name));
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    await mkdir(join(root, 'src'));
    await mkdir(join(root, 'tests/unit'), { recursive: true });
    await writeFile(
      join(root, 'tests/unit/silent.test.ts'),
      "import { it } from 'vitest';\nit('computes something and checks nothing', () => { void (1 + 1); });\n",
    );
    await writeFile(
      join(root, 'tests/unit/snapshot.test.ts'),
      "import { expect, it } from 'vitest';\nit('matches a snapshot nobody wrote', async () => {\n" +
        "  await expect('<svg/>').toMatchFileSnapshot('__snapshots__/missing.svg');\n});\n",
    );
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('fails a test that makes no assertion', () => {
    const { status, output } = runVitest('tests/unit/silent.test.ts');
    expect(status).not.toBe(0);
    expect(output).toContain('expected any number of assertion, but got none');
    expect(output).toMatch(/1 failed/);
  }, 120_000);

  it('fails on a missing snapshot instead of writing it', () => {
    const { status, output } = runVitest('tests/unit/snapshot.test.ts');
    expect(status).not.toBe(0);
    expect(output).toMatch(/1 failed/);
    expect(existsSync(join(root, 'tests/unit/__snapshots__/missing.svg'))).toBe(false);
  }, 120_000);
});
