/**
 * After one visit the whole site works with the network off. Each test serves a built site from
 * its own server (tests/e2e/support/static-site.ts) and then closes it, so "offline" really is
 * offline — for the page and for its service worker alike.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { writeServiceWorker } from '../../scripts/lib/offline/write-service-worker';
import { readBuildInfo } from '../../scripts/lib/pack/offline-kit';
import { DIST, readBuiltText } from '../support/built-site';
import { watchConsole } from './support/console-watch';
import { serveFolder, type StaticSite } from './support/static-site';

test.use({ serviceWorkers: 'allow' });

let site: StaticSite | undefined;
let copy: string | undefined;
test.afterEach(async () => {
  await site?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
  site = copy = undefined;
});

/** Visits a page (home by default) and waits until the worker controls it with every file precached. */
async function firstVisit(page: Page, origin: string, path = '/'): Promise<string> {
  await page.goto(`${origin}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const worker = readBuiltText('sw.js', copy ?? DIST);
  const listed = (JSON.parse(/^const PRECACHE = (\[.*\]);$/m.exec(worker)![1]!) as string[]).length;
  const { cacheName } = readBuildInfo(worker);
  const cached = await page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).length,
    cacheName,
  );
  expect(cached, 'every listed file is in the cache').toBe(listed);
  return cacheName;
}

async function goOffline(page: Page) {
  await site!.close();
  site = undefined;
  await page.context().setOffline(true);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('after one visit, pages, an event, a chapter, search, the simulation and the handout work with the network off', async ({
  page,
}) => {
  const problems = watchConsole(page);
  site = await serveFolder(DIST);
  const origin = site.origin;
  await firstVisit(page, origin);
  const chapter = (await readdir(join(DIST, 'story'), { withFileTypes: true })).find((entry) =>
    entry.isDirectory(),
  )!.name;
  await goOffline(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const path of [
    '/events/2024-03-29-freund-discloses/',
    `/story/${chapter}/`,
    '/handout/',
    '/embed/',
    '/glossary/',
  ]) {
    await page.goto(`${origin}${path}`);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  const deck = await page.goto(`${origin}/present/`);
  expect(deck?.ok(), 'the presenter deck').toBe(true);
  await expect(page.locator('body')).not.toBeEmpty();
  // The simulation fetches its stand-in files and loads its engine on demand: both come from the cache.
  await page.goto(`${origin}/simulation/?step=outcome`);
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  await page.goto(`${origin}/search/?q=Freund`);
  await expect(page.getByText(/result(s)? for “Freund”/)).toBeVisible();
  await expect(page.locator('[data-results] a').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-results] a').first()).toBeVisible();

  // A page the build does not have gets the not-found page, not the browser's offline error.
  // It answers with status 404, as the server would (Chromium logs that status as a console error).
  const missing = await page.goto(`${origin}/no/such/page/`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
});

test('a new build replaces the cache: new content shows online, the old cache is deleted, and it stays offline', async ({
  page,
}) => {
  copy = await mkdtemp(join(tmpdir(), 'xz-rebuild-'));
  await cp(DIST, copy, { recursive: true });
  site = await serveFolder(copy);
  const origin = site.origin;
  const before = await firstVisit(page, origin);

  // "Rebuild" with changed content: one page changes, so sw.js gets a new cache version.
  const home = join(copy, 'index.html');
  await writeFile(
    home,
    (await readFile(home, 'utf8')).replace(
      '</main>',
      '<p id="rebuilt">This build is newer.</p></main>',
    ),
  );
  const after = (await writeServiceWorker(copy, '/')).cacheName;
  expect(after).not.toBe(before);

  await page.reload();
  await expect(page.locator('#rebuilt'), 'pages come from the network first').toBeVisible();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([after]);

  await goOffline(page);
  await page.reload();
  await expect(page.locator('#rebuilt')).toBeVisible();
});

test('a speaker who opens only the presenter deck has the whole site offline too, live simulation slides included', async ({
  page,
}) => {
  const problems = watchConsole(page);
  site = await serveFolder(DIST);
  const origin = site.origin;
  await firstVisit(page, origin, '/present/');
  await goOffline(page);
  await page.reload();
  await expect(page.locator('body')).not.toBeEmpty();
  // The build-step slides run the simulation live in a frame: that works offline too.
  const slide = Number(await page.locator('#simulation-stage-0').getAttribute('data-slide')) + 1;
  // data-slide counts the whole deck, so open the whole deck (the default talk is a cut of it).
  await page.goto(`${origin}/present/?cut=all&slide=${slide}`);
  const frame = page.frameLocator('#simulation-stage-0 iframe');
  await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  const progress = frame.locator('[data-progress-text]');
  await expect(progress).toHaveText(/^Step \d+ of \d+/);
  const before = Number(/^Step (\d+)/.exec((await progress.textContent()) ?? '')![1]);
  await frame.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(progress).toHaveText(new RegExp(`^Step ${before + 1} of \\d+`));
  await page.goto(`${origin}/story/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});
