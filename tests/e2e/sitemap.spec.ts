import { readFileSync } from 'node:fs';

import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { SCANNED_ELSEWHERE } from './support/scanned-elsewhere';
import { sitemapPaths } from './support/sitemap';

// Every page a reader can reach from the sitemap: it loads, stays quiet (the shared fixture
// fails on console errors and foreign requests) and passes axe, here or in the spec that
// SCANNED_ELSEWHERE names for it, which scans it in both themes in a fuller state.
const paths = sitemapPaths();
const scannedHere = paths.filter((path) => !SCANNED_ELSEWHERE.has(path));
const isEventPage = (path: string) => path.startsWith('/events/');

// One template draws all the event pages, so each is scanned once and the themes alternate
// (every event's own text is checked, and the template in both themes 60-odd times); every
// other page is scanned in both themes.
const scans = [
  ...scannedHere
    .filter((path) => !isEventPage(path))
    .flatMap((path) => [
      { path, scheme: 'light' as const },
      { path, scheme: 'dark' as const },
    ]),
  ...scannedHere
    .filter(isEventPage)
    .map((path, i) => ({ path, scheme: i % 2 ? ('dark' as const) : ('light' as const) })),
];

// Scans run in batches, one browser page each: a fresh browser context per page cost more than
// the scan itself. Soft assertions let a batch check all its pages and name each one that fails.
const BATCH_SIZE = 6;
const batches = Array.from({ length: Math.ceil(scans.length / BATCH_SIZE) }, (_, i) =>
  scans.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
);

test('the sitemap lists the main sections and every event page', () => {
  for (const section of ['/', '/story/', '/glossary/', '/sources/', '/learn/', '/timeline/']) {
    expect(paths).toContain(section);
  }
  expect(paths.filter(isEventPage).length).toBeGreaterThan(100);
});

test('the batches scan every page of the sitemap but those another spec scans in a fuller state', () => {
  const scanned = new Set(batches.flat().map(({ path }) => path));
  expect([...scanned, ...SCANNED_ELSEWHERE.keys()].sort()).toEqual([...paths].sort());
  expect(batches.flat()).toHaveLength(scans.length);
});

test('every page left to another spec is one that spec scans with axe in both themes', () => {
  for (const [path, spec] of SCANNED_ELSEWHERE) {
    const text = readFileSync(new URL(spec, import.meta.url), 'utf8');
    expect(text, `${spec} for ${path}`).toContain('axeViolations');
    expect(text, `${spec} for ${path}`).toMatch(/for \(const scheme of \['light', 'dark'\]/);
  }
});

for (const [index, batch] of batches.entries()) {
  const first = batch[0]!.path;
  const last = batch.at(-1)!.path;
  test(`sitemap scans ${index * BATCH_SIZE + 1}–${index * BATCH_SIZE + batch.length} (${first} to ${last}) load with no accessibility violation`, async ({
    page,
  }) => {
    test.setTimeout(30_000 * batch.length);
    for (const { path, scheme } of batch) {
      const where = `${path} in ${scheme} mode`;
      await useScheme(page, scheme);
      const response = await page.goto(path);
      expect.soft(response?.status(), where).toBe(200);
      await expect.soft(page.locator('html'), where).toHaveAttribute('data-theme', scheme);
      await expect.soft(page.locator('h1').first(), where).toBeVisible();
      expect.soft(await axeViolations(page), where).toEqual([]);
    }
  });
}
