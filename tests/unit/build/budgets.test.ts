import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

// The same measurement `npm run size` prints.
import { measurePages } from '../../../scripts/lib/page-weights.mjs';
import { DIST } from '../../support/built-site';
import { PROJECT_ROOT } from '../../support/project-copy';

describe('page weight budgets (budgets.json, gzip bytes)', () => {
  it('hold for every page of the built site', async () => {
    const budgets = JSON.parse(await readFile(join(PROJECT_ROOT, 'budgets.json'), 'utf8'));
    const rows = await measurePages(DIST, budgets);
    expect(rows.length).toBeGreaterThan(10);
    const over = rows
      .filter((row: { over: boolean }) => row.over)
      .map(
        (row: { page: string; js: number; css: number }) =>
          `${row.page}: js ${row.js}, css ${row.css}`,
      );
    expect(over).toEqual([]);
  });
});

describe('the timeline', () => {
  it('loads at most 30 KB of gzip JavaScript and CSS up front on /timeline/, the chart after (issue #15)', async () => {
    const budgets = JSON.parse(await readFile(join(PROJECT_ROOT, 'budgets.json'), 'utf8'));
    const rows = await measurePages(DIST, budgets);
    const timeline = rows.find((row: { page: string }) => row.page === '/timeline/') as
      | { js: number; css: number; lazyJs: number }
      | undefined;
    expect(timeline).toBeDefined();
    expect(timeline!.js + timeline!.css).toBeLessThanOrEqual(30_000);
    expect(timeline!.lazyJs).toBeGreaterThan(10_000); // it really loads the chart
    // 37 KB until the phone layout, the search matches list and the embed generator came
    // (about 3.4 KB gzip together); up front the page is still far under 30 KB. 42 KB since
    // start-up runs in slices with no long task (about 1 KB gzip: the slice runner, the staged
    // start, keeping the build's drawing); the chart still loads after first paint. 42.5 KB
    // since the start-up steps moved out of the controller into a class of their own (their
    // reading of the events, 100 a step, became a function of its own too: about 0.1 KB).
    // 42.6 KB since clearing a search typed during a glide goes back to where the glide was
    // going (the chart keeps its glide's destination: about 30 B).
    expect(timeline!.js + timeline!.lazyJs).toBeLessThanOrEqual(42_600);
  });
});
