import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { writeServiceWorker } from '../../../../../scripts/lib/offline/write-service-worker';
import { readBuildInfo } from '../../../../../scripts/lib/pack/offline-kit';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

async function site(files: Record<string, string>) {
  dir = await mkdtemp(join(tmpdir(), 'xz-sw-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

describe('writing sw.js after a build', () => {
  it('lists every file of the output folder, nested ones and the search index included', async () => {
    await site({
      'index.html': 'home',
      'events/a/index.html': 'a',
      'pagefind/fragment/en_1.pf_fragment': 'f',
    });
    const manifest = await writeServiceWorker(dir, '/xz/');
    expect(manifest.urls).toEqual([
      '/xz/',
      '/xz/events/a/',
      '/xz/pagefind/fragment/en_1.pf_fragment',
    ]);
    expect(manifest.bytes).toBe(6);
    // Files that are not precached (host configuration, maps) do not count.
    await writeFile(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    await writeFile(join(dir, 'app.js.map'), '{}');
    expect((await writeServiceWorker(dir, '/xz/')).bytes).toBe(6);
    const source = await readFile(join(dir, 'sw.js'), 'utf8');
    expect(readBuildInfo(source)).toEqual({ cacheName: manifest.cacheName, base: '/xz/' });
  });

  it('gives a rebuild with changed content a new cache name, and an identical rebuild the same one', async () => {
    await site({ 'index.html': 'home', 'story/index.html': 'chapter one' });
    const first = await writeServiceWorker(dir, '/');
    const again = await writeServiceWorker(dir, '/'); // sw.js now exists and must not count
    await writeFile(join(dir, 'story/index.html'), 'chapter one, corrected');
    const changed = await writeServiceWorker(dir, '/');
    expect(again.cacheName).toBe(first.cacheName);
    expect(changed.cacheName).not.toBe(first.cacheName);
    expect(await readFile(join(dir, 'sw.js'), 'utf8')).toContain(changed.cacheName);
  });
});
