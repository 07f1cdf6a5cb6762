import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeServiceWorker } from '../../../../../scripts/lib/offline/write-service-worker';
import {
  kitName,
  kitPath,
  kitReadme,
  readBuildInfo,
  serveCommand,
} from '../../../../../scripts/lib/pack/offline-kit';
import { PROJECT_ROOT } from '../../../../support/project-copy';

describe('the offline kit', () => {
  const build = { cacheName: 'xz-site-/xz/0123456789abcdef', base: '/xz/' };

  it('is named after the package version and the build’s content version', () => {
    expect(kitName('0.1.0', build)).toBe('xz-backdoor-site-0.1.0-01234567');
  });

  it('puts the site under site/<base> so one serve command fits every base path', () => {
    expect(kitPath('kit', '/xz/', 'events/a/index.html')).toBe('kit/site/xz/events/a/index.html');
    expect(kitPath('kit', '/', 'index.html')).toBe('kit/site/index.html');
  });

  it('tells how to serve it with Python alone and where to point the browser', () => {
    const readme = kitReadme('kit', '/xz/');
    expect(readme).toContain(serveCommand());
    expect(serveCommand()).toBe('python3 -m http.server --directory site --bind 127.0.0.1 8080');
    expect(readme).toContain('http://127.0.0.1:8080/xz/');
  });

  it('reads the build from sw.js and says what to do when it is not there', () => {
    expect(readBuildInfo('const CACHE_NAME = "xz-site-ab";\nconst BASE = "/";\n')).toEqual({
      cacheName: 'xz-site-ab',
      base: '/',
    });
    expect(() => readBuildInfo('console.log(1)')).toThrow(/run `npm run build` first/);
  });
});

// Each test starts a Node process: on a loaded machine that alone can pass Vitest's 5 s default.
describe('npm run pack', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xz-pack-'));
    await mkdir(join(dir, 'dist/story'), { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ version: '9.8.7' }));
    await writeFile(join(dir, 'dist/index.html'), '<h1>Home</h1>');
    await writeFile(join(dir, 'dist/story/index.html'), '<h1>Story</h1>');
    await writeServiceWorker(join(dir, 'dist'), '/xz/');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('zips the built site with its README and prints the size and file count', async () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/pack.mjs'), 'out'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [zip] = await readdir(join(dir, 'out'));
    expect(zip).toMatch(/^xz-backdoor-site-9\.8\.7-[0-9a-f]{8}\.zip$/);
    expect(result.stdout).toMatch(/MB, 3 files of the site \(\+ README\.txt\)/);
    const listing = spawnSync('unzip', ['-Z1', join(dir, 'out', zip!)], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    const kit = zip!.replace(/\.zip$/, '');
    expect(listing).toEqual([
      `${kit}/README.txt`,
      `${kit}/site/xz/index.html`,
      `${kit}/site/xz/story/index.html`,
      `${kit}/site/xz/sw.js`,
    ]);
  });

  it('says to build first when there is no built site', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'xz-pack-empty-'));
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/pack.mjs')], {
      cwd: empty,
      encoding: 'utf8',
    });
    await rm(empty, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/run `npm run build` first/);
  });
});
