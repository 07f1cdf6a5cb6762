/**
 * The embed inside a page on another origin, as on a blog: the host page comes from its own
 * little server at http://localhost:<other port>, the site from http://127.0.0.1:<port>. This
 * spec uses plain Playwright: the shared fixture forbids requests to other origins. (A page
 * made up with page.route would not do: Chromium counts it as public and blocks its frames on
 * loopback addresses.)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { embedSnippet } from '../../src/lib/embed/host-snippet';
import { watchConsole } from './support/console-watch';
import { serveFolder, type StaticSite } from './support/static-site';

const START_HEIGHT = 900;
let folder: string;
let blog: StaticSite | undefined;

test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'xz-blog-'));
});
test.afterEach(async () => {
  await blog?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Publishes a blog post holding the embed snippet and opens it at http://localhost:<port>/. */
async function openHostPage(page: Page, siteOrigin: string) {
  const snippet = embedSnippet({
    src: `${siteOrigin}/embed/attack-chain/`,
    id: 'attack-chain',
    title: 'The attack chain',
    height: START_HEIGHT,
  });
  const body = `<!doctype html><html lang="en"><head><title>A blog post</title><link rel="icon" href="data:,">
    <script>window.seen = []; addEventListener('message', function (e) { window.seen.push({ origin: e.origin, data: e.data }); });</script>
    </head><body style="margin:0"><h1>A post about xz</h1>${snippet}<p>After the embed.</p></body></html>`;
  await writeFile(join(folder, 'index.html'), body);
  // A page that claims a height from yet another origin, for the frame to be sent to.
  await writeFile(
    join(folder, 'impostor.html'),
    `<!doctype html><title>Impostor</title><link rel="icon" href="data:,">
    <script>setInterval(function () { parent.postMessage({ type: 'xz-embed:height', id: 'attack-chain', height: 42 }, '*'); }, 50);</script>`,
  );
  blog = await serveFolder(folder);
  const host = blog.origin.replace('127.0.0.1', 'localhost');
  await page.goto(`${host}/`);
  return { host, impostor: `${blog.origin}/impostor.html` };
}

const frameHeight = (page: Page) =>
  page
    .locator('iframe[data-xz-embed]')
    .evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
const contentHeight = (page: Page) =>
  page
    .frame({ url: /\/embed\/attack-chain\/$/ })!
    .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const messagesFromSite = (page: Page, origin: string) =>
  page.evaluate(
    (site) =>
      (window as unknown as { seen: { origin: string }[] }).seen.filter(
        (message) => message.origin === site,
      ).length,
    origin,
  );

test('a page on another origin fits the frame to its content, and again when the content reflows', async ({
  page,
  baseURL,
}) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 900, height: 800 });
  await openHostPage(page, baseURL!);
  await expect.poll(() => frameHeight(page)).not.toBe(START_HEIGHT);
  expect(await frameHeight(page)).toBe(await contentHeight(page));

  // A narrower page wraps the text: the frame must grow with it.
  const wide = await frameHeight(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(wide);
  await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(page))).toBe(0);
  expect(problems).toEqual([]);
});

test('the frame sends its height to the embedding origin with the agreed message shape', async ({
  page,
  baseURL,
}) => {
  await openHostPage(page, baseURL!);
  await expect.poll(() => messagesFromSite(page, baseURL!)).toBeGreaterThan(0);
  const message = await page.evaluate(
    (site) =>
      (window as unknown as { seen: { origin: string; data: unknown }[] }).seen.find(
        (m) => m.origin === site,
      )!.data,
    baseURL!,
  );
  expect(message).toEqual({
    type: 'xz-embed:height',
    id: 'attack-chain',
    height: expect.any(Number),
  });
});

test('height messages from the embed’s frame but another origin are ignored', async ({
  page,
  baseURL,
}) => {
  const { impostor } = await openHostPage(page, baseURL!);
  await expect.poll(() => frameHeight(page)).not.toBe(START_HEIGHT);
  const fitted = await frameHeight(page);
  // The frame itself now shows a page from a third origin (neither the blog's nor the site's),
  // which keeps posting a well-formed height message to the blog.
  await page
    .locator('iframe[data-xz-embed]')
    .evaluate(
      (frame: HTMLIFrameElement, url) => (frame.contentWindow!.location.href = url),
      impostor,
    );
  await expect.poll(() => messagesFromSite(page, new URL(impostor).origin)).toBeGreaterThan(3);
  expect(await frameHeight(page)).toBe(fitted);
});

test('a forged message from the host page itself does not resize the frame', async ({
  page,
  baseURL,
}) => {
  await openHostPage(page, baseURL!);
  await expect.poll(() => frameHeight(page)).not.toBe(START_HEIGHT);
  const fitted = await frameHeight(page);
  await page.evaluate(() =>
    window.postMessage({ type: 'xz-embed:height', id: 'attack-chain', height: 42 }, '*'),
  );
  await page.waitForTimeout(200);
  expect(await frameHeight(page)).toBe(fitted);
});
