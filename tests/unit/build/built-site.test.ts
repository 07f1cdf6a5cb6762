import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { findBrokenLinks } from '../../../scripts/lib/site/link-check';
import { DIST, hasBuild, readBuiltSite, readBuiltText } from '../../support/built-site';

// Runs over the dist/ that `npm test` builds first.
describe('the built site', () => {
  it('exists (npm test builds it before the unit tests run)', () => {
    expect(hasBuild(), 'run `npm run build` first').toBe(true);
  });

  it('has no broken internal link or #anchor', async () => {
    const site = await readBuiltSite();
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('gives every page a PNG icon of at most 2 KB, never an SVG one', async () => {
    // An SVG icon makes the browser build a whole document on the page's main thread, a long
    // task on a first visit (make-favicon.mjs says how long); a 32 px PNG decodes at once.
    const site = await readBuiltSite();
    const icons = new Set<string>();
    for (const [page, html] of site.pages) {
      const icon = /<link rel="icon" href="([^"]+)" type="([^"]+)"/.exec(html);
      expect(icon, `${page} has an icon link`).not.toBeNull();
      expect(icon![2], page).toBe('image/png');
      icons.add(icon![1]);
    }
    expect([...icons]).toEqual(['/favicon.png']);
    expect(readFileSync(join(DIST, 'favicon.png')).length).toBeLessThanOrEqual(2048);
  });

  it('lists every page in the sitemap except the 404 page', () => {
    const sitemap = readBuiltText('sitemap-0.xml');
    expect(sitemap).toContain('/story/</loc>');
    expect(sitemap).not.toContain('404');
  });
});
