import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findBrokenLinks } from '../../../scripts/lib/site/link-check';
import { readBuiltJson, readBuiltSite, readBuiltText } from '../../support/built-site';
import { copyProject, type ProjectCopy } from '../../support/project-copy';

// The site must work under a sub-path such as a GitHub Pages project site.
describe('a build under the base path /xz/', () => {
  let project: ProjectCopy;
  let status: number | null;
  let output: string;

  beforeAll(async () => {
    project = await copyProject();
    ({ status, output } = project.build({ BASE_PATH: '/xz/', SITE_URL: 'https://example.org' }));
  }, 180_000);
  afterAll(() => project.remove());

  it('succeeds', () => {
    expect(output).not.toMatch(/\[ERROR\]|\bError:/);
    expect(status).toBe(0);
  });

  it('links every page, script, stylesheet and anchor inside /xz/', async () => {
    const site = await readBuiltSite(join(project.root, 'dist'), '/xz/');
    expect(site.pages.size).toBeGreaterThan(5);
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('puts the base path into the sitemap and the open data URLs', async () => {
    const dist = join(project.root, 'dist');
    const site = await readBuiltSite(dist, '/xz/');
    const sitemap = readBuiltText('sitemap-0.xml', dist);
    expect(sitemap).toContain('<loc>https://example.org/xz/story/</loc>');
    const events = readBuiltJson<{ url: string }[]>('data/events.json', dist);
    expect(events[0]!.url).toMatch(/^https:\/\/example\.org\/xz\/events\//);
    expect(site.files.has('index.html')).toBe(true);
  });
});
