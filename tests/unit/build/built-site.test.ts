import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { findBrokenLinks } from '../../../scripts/lib/site/link-check';
import { readBuiltSite } from '../../support/built-site';
import { PROJECT_ROOT } from '../../support/project-copy';

// Runs over the dist/ that `npm test` builds first.
const dist = join(PROJECT_ROOT, 'dist');

describe('the built site', () => {
  it('exists (npm test builds it before the unit tests run)', () => {
    expect(existsSync(join(dist, 'index.html')), 'run `npm run build` first').toBe(true);
  });

  it('has no broken internal link or #anchor', async () => {
    const site = await readBuiltSite(dist, '/');
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('publishes every event in /data/events.json with a primary https source', async () => {
    const records = JSON.parse(await readFile(join(dist, 'data/events.json'), 'utf8')) as {
      id: string;
      sources: { url: string; kind: string }[];
    }[];
    const site = await readBuiltSite(dist, '/');
    const eventPages = [...site.pages.keys()].filter((page) =>
      /^events\/[^/]+\/index\.html$/.test(page),
    );
    expect(records.length).toBe(eventPages.length);
    for (const record of records) {
      expect(
        record.sources.some(
          (source) => source.kind === 'primary' && source.url.startsWith('https://'),
        ),
        record.id,
      ).toBe(true);
    }
  });

  it('publishes the same events as CSV, one row each', async () => {
    const records = JSON.parse(await readFile(join(dist, 'data/events.json'), 'utf8')) as unknown[];
    const csv = await readFile(join(dist, 'data/events.csv'), 'utf8');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]!.startsWith('id,date,datePrecision')).toBe(true);
    // Summaries hold no line breaks, so rows and records line up one to one.
    expect(rows.length - 1).toBe(records.length);
  });

  it('says on an event page which time its date is, and shows the cited tag’s recorded time', async () => {
    const page = await readFile(
      join(dist, 'events/2023-03-18-v5-4-2-jia-first-release/index.html'),
      'utf8',
    );
    expect(page).toMatch(
      /18 March 2023, 15:37 UTC<\/time><span[^>]*data-time-basis="tag"[^>]*>, tag time</,
    );
    expect(page).toMatch(/data-git-record[^>]*>Tagged by Jia Tan 2023-03-18 15:37:16 UTC</);
  });

  it('lists every page in the sitemap except the 404 page', async () => {
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/story/</loc>');
    expect(sitemap).not.toContain('404');
  });
});
