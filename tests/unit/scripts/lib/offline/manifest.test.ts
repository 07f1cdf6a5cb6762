import { describe, expect, it } from 'vitest';

import {
  buildPrecacheManifest,
  CACHE_PREFIX,
  contentVersion,
  isPrecached,
  urlForFile,
} from '../../../../../scripts/lib/offline/manifest';
import { serviceWorkerSource } from '../../../../../scripts/lib/offline/service-worker';

const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });
const site = [
  file('index.html', '<h1>Home</h1>'),
  file('story/index.html', 'story'),
  file('_astro/app.1a2b.js', 'js'),
  file('pagefind/pagefind.js', 'pf'),
];

describe('the precache manifest', () => {
  it('lists pages by their directory URL and files by their path, under the base', () => {
    expect(urlForFile('index.html', '/')).toBe('/');
    expect(urlForFile('story/index.html', '/xz/')).toBe('/xz/story/');
    expect(urlForFile('404.html', '/xz')).toBe('/xz/404.html');
    expect(urlForFile('data/events.json', '/')).toBe('/data/events.json');
    expect(urlForFile('events/a b/index.html', '/')).toBe('/events/a%20b/');
    expect(urlForFile('docs/index.html.orig', '/')).toBe('/docs/index.html.orig');
  });

  it('gives a base with or without its last slash the same cache and the same worker', () => {
    expect(buildPrecacheManifest(site, '/xz')).toEqual(buildPrecacheManifest(site, '/xz/'));
    expect(buildPrecacheManifest(site, '/xz').cacheName).toMatch(/^xz-site-\/xz\/[0-9a-f]{16}$/);
  });

  it('precaches every built file except the worker itself and later additions', () => {
    expect(
      ['index.html', 'pagefind/wasm.en.pagefind', 'data/events.csv', 'sbom.json'].every(
        isPrecached,
      ),
    ).toBe(true);
    expect(
      [
        'sw.js',
        '_headers',
        'SHA256SUMS',
        '_astro/app.js.map',
        'handout-a4.pdf',
        'handout-letter.pdf',
        'xz-backdoor-site-0.1.0-abc.zip',
      ].filter(isPrecached),
    ).toEqual([]);
    const manifest = buildPrecacheManifest([...site, file('sw.js', 'worker')], '/');
    expect(manifest.urls).toEqual(['/', '/_astro/app.1a2b.js', '/pagefind/pagefind.js', '/story/']);
  });

  it('names the cache after the base path and a hash of the content', () => {
    const manifest = buildPrecacheManifest(site, '/');
    expect(manifest.cacheName).toBe(`${CACHE_PREFIX}/${manifest.version}`);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    const underPath = buildPrecacheManifest(site, '/xz/');
    expect(underPath.cacheName).toBe(`${CACHE_PREFIX}/xz/${underPath.version}`);
  });

  it('keeps the version when only the order of files or the worker changes', () => {
    expect(contentVersion([...site].reverse())).toBe(contentVersion(site));
    expect(buildPrecacheManifest([...site, file('sw.js', 'one')], '/').version).toBe(
      buildPrecacheManifest([...site, file('sw.js', 'two')], '/').version,
    );
  });

  it('changes the version when any byte, name or file changes', () => {
    const before = contentVersion(site);
    expect(contentVersion([...site.slice(1), file('index.html', '<h1>Home!</h1>')])).not.toBe(
      before,
    );
    expect(contentVersion([...site.slice(1), file('home.html', '<h1>Home</h1>')])).not.toBe(before);
    expect(contentVersion([...site, file('new.txt', '')])).not.toBe(before);
    // Path and content are separated, so moving bytes between them is a change too.
    expect(contentVersion([file('ab', 'c')])).not.toBe(contentVersion([file('a', 'bc')]));
  });
});

describe('the generated worker', () => {
  it('is the same for a base written with or without its last slash', () => {
    const manifest = buildPrecacheManifest(site, '/xz/');
    expect(serviceWorkerSource(manifest, '/xz')).toBe(serviceWorkerSource(manifest, '/xz/'));
    expect(serviceWorkerSource(manifest, '/xz')).toContain('const BASE = "/xz/";');
  });
});
