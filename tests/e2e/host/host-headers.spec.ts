/**
 * The built site as Cloudflare's Pages runtime serves it (playwright.host.config.ts): the host
 * adds dist/_headers to every response, so a script the header policy does not allow, or a
 * frame-ancestors rule on the wrong page, shows up here and nowhere else.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { pageUrlPath } from '../../../scripts/lib/site/link-check';
import { checksummedFiles } from '../../support/built-site';
import { expect, test } from '../fixtures';
import { recordInPage } from '../support/record-in-page';
import { serveFolder } from '../support/static-site';

/** Every built page but the 404 page (tested below at an unknown address), from SHA256SUMS. */
const pages = checksummedFiles()
  .filter((file) => file.endsWith('.html') && file !== '404.html')
  .map(pageUrlPath);

const isEmbed = (path: string) => /^\/embed\/[^/]+\//.test(path);
const isEventPage = (path: string) => path.startsWith('/events/');

// The event pages come from one template and one header rule: every tenth of them (and the
// last) stands for the rest; every other page is crawled.
const eventPages = pages.filter(isEventPage);
const crawled = [
  ...pages.filter((path) => !isEventPage(path)),
  ...eventPages.filter((_, i) => i % 10 === 0 || i === eventPages.length - 1),
];

/** Records every Content-Security-Policy violation the page reports, from its first byte on. */
function recordViolations(page: Page) {
  return recordInPage(page, (note) =>
    document.addEventListener('securitypolicyviolation', (event) =>
      note(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    ),
  );
}

test('the crawl covers every kind of built page', () => {
  expect(eventPages.length).toBeGreaterThan(100);
  expect(crawled).toContain('/timeline/');
  expect(pages).toContain('/embed/timeline/');
});

for (const path of crawled) {
  test(`${path} runs with no policy violation and follows the system theme`, async ({ page }) => {
    // The timeline and the simulation are heavy pages: on a busy machine their load event alone
    // can take most of the default 30 s.
    test.setTimeout(60_000);
    const violations = await recordViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(
      isEmbed(path) ? 'frame-ancestors *' : "frame-ancestors 'self'",
    );
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['x-content-type-options']).toBe('nosniff');
    // Only the theme script sets data-theme: "dark" proves it ran under the header policy too.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations()).toEqual([]);
  });
}

for (const path of ['/', '/embed/timeline/', '/present/']) {
  test(`${path} honours the theme stored by the reader over the system's`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', 'light'));
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await violations()).toEqual([]);
  });
}

test('an unknown address gets the 404 page, with the site headers', async ({ page, watch }) => {
  watch.allowConsole(/status of 404/);
  const violations = await recordViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  expect(response!.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(response!.headers()['strict-transport-security']).toBe('max-age=31536000');
  await expect(page.locator('h1')).toHaveText('This page does not exist');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await violations()).toEqual([]);
});

test('an index.html address redirects to the page and keeps its framing rule', async ({ page }) => {
  const response = await page.request.get('/embed/timeline/index.html', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toBe('/embed/timeline/');
  const other = await page.request.get('/glossary/index.html', { maxRedirects: 0 });
  expect(other.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
});

test('another site can frame the embeds and no other page', async ({ page, baseURL, watch }) => {
  watch.allowConsole(/Refused to frame|frame-ancestors/);
  // A blog on another local origin (a page route would count as a public address, and Chromium
  // blocks public pages from framing local servers).
  const site = new URL(baseURL!).origin;
  const folder = await mkdtemp(join(tmpdir(), 'xz-blog-'));
  await writeFile(
    join(folder, 'index.html'),
    ['/embed/timeline/', '/embed/attack-chain/', '/embed/', '/glossary/']
      .map((path) => `<iframe src="${site}${path}"></iframe>`)
      .join(''),
  );
  const blog = await serveFolder(folder);
  try {
    await page.route(`${blog.origin}/**`, (route) => route.continue());
    await page.goto(`${blog.origin}/`);
    const loaded = () =>
      page
        .frames()
        .filter((frame) => frame.url().startsWith(site))
        .map((frame) => new URL(frame.url()).pathname)
        .sort();
    await expect.poll(loaded).toEqual(['/embed/attack-chain/', '/embed/timeline/']);
  } finally {
    await blog.close();
    await rm(folder, { recursive: true, force: true });
  }
});
