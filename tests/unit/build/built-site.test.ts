import { describe, expect, it } from 'vitest';

import { findBrokenLinks } from '../../../scripts/lib/site/link-check';
import { hasBuild, readBuiltSite, readBuiltText } from '../../support/built-site';

// Runs over the dist/ that `npm test` builds first.
describe('the built site', () => {
  it('exists (npm test builds it before the unit tests run)', () => {
    expect(hasBuild(), 'run `npm run build` first').toBe(true);
  });

  it('has no broken internal link or #anchor', async () => {
    const site = await readBuiltSite();
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('lists every page in the sitemap except the 404 page', () => {
    const sitemap = readBuiltText('sitemap-0.xml');
    expect(sitemap).toContain('/story/</loc>');
    expect(sitemap).not.toContain('404');
  });
});
