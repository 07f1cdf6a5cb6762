import { chromium } from '@playwright/test';

import { DECK_PAGE, printDeck } from '../../scripts/lib/deck-pdf.mjs';
import { countPdfPages } from '../../src/lib/handout/pdf-pages';
import { expect, test } from './fixtures';
import { currentSlideId, expectSlide, slideCount } from './support/present';

// Choosing a talk: cuts and skips in the address, the live steps on arrival, a bar that leaves
// the projector alone, and the PDF of a cut.

test('the default talk is the 25-minute cut, and a chosen cut survives a reload', async ({
  page,
}) => {
  await page.goto('/present/');
  expect(await slideCount(page)).toBe(20);
  await page.goto('/present/?cut=10&slide=3');
  expect(await slideCount(page)).toBe(9);
  await expectSlide(page, 3);
  const id = await currentSlideId(page);
  await page.reload();
  await expectSlide(page, 3);
  expect(await currentSlideId(page)).toBe(id);
  await expect(page).toHaveURL(/[?&]cut=10(?:&|$)/);
});

test('an unknown cut opens the default talk with a message that says so', async ({ page }) => {
  await page.goto('/present/?cut=90');
  await expect(page.locator('[data-notice-text]')).toHaveText(/no “90” cut/);
  expect(await slideCount(page)).toBe(20);
});

test('a slide skipped in the overview leaves the talk, stays skipped after a reload, and comes back', async ({
  page,
}) => {
  await page.goto('/present/?cut=10');
  await page.keyboard.press('o');
  const cell = page.locator('[data-overview-item="story-stakes"]');
  await cell.getByRole('button', { name: /Skip/ }).click();
  await expect(page).toHaveURL(/[?&]skip=story-stakes(?:&|$)/);
  await expect(page.locator('[data-overview-count]')).toHaveText('8');
  await page.reload();
  expect(await slideCount(page)).toBe(8);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await currentSlideId(page)).toBe('story-long-con');
  await page.keyboard.press('o');
  await cell.getByRole('button', { name: /Skip/ }).click();
  await expect(page).not.toHaveURL(/skip=/);
  expect(await slideCount(page)).toBe(9);
});

test('a live slide reached by → shows the step it is about, in view', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present/?slide=10');
  await page.keyboard.press('ArrowRight');
  expect(await currentSlideId(page)).toBe('simulation-stage-0');
  // Reached by → again: the next live slide was loaded while hidden, then shown.
  await page.keyboard.press('ArrowRight');
  expect(await currentSlideId(page)).toBe('simulation-stage-1');
  const inner = page.frameLocator('[data-stage] [data-slide]:visible iframe');
  const current = inner.locator('.sim-terminal .is-current');
  await expect(current).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(
      () =>
        inner.locator('.sim-terminal').evaluate((box) => {
          const step = box.querySelector('.is-current')!.getBoundingClientRect();
          const view = box.getBoundingClientRect();
          return step.top >= view.top - 1 && step.top + 20 <= view.bottom;
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
  await expect(current).toContainText('good-large_compressed.lzma');
});

test('the control bar leaves after 3 s without pointer movement, returns on a move, and hides in full screen', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/present/');
  const bar = page.locator('[data-bar]');
  await page.mouse.move(200, 200);
  await expect(bar).toBeVisible();
  await page.clock.runFor(3_100);
  await expect(bar).toBeHidden();
  await page.mouse.move(300, 300);
  await expect(bar).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(bar).toBeHidden();
  await page.keyboard.press('f');
});

test('the deck has no links on its slides: the closing slide gives the address it is served from, with a QR code', async ({
  page,
  baseURL,
}) => {
  await page.goto('/present/?cut=all');
  await expect(page.locator('[data-stage] a')).toHaveCount(0);
  await page.keyboard.press('End');
  const host = new URL(baseURL!).host;
  await expect(page.locator('[data-site-address]')).toHaveText(host);
  await expect(page.locator('[data-site-qr] path')).toHaveAttribute('d', /^M/);
  await expect(page.locator('[data-site-qr] svg')).toHaveAttribute(
    'aria-label',
    `QR code for ${new URL('/', baseURL).href}`,
  );
});

test('the PDF of a cut has one 16:9 page per slide, two with the notes', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    for (const notes of [false, true]) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: DECK_PAGE });
      const page = await context.newPage();
      await page.goto(`${baseURL}/present/?cut=10`);
      const { pdf, slides } = await printDeck(page, { notes });
      expect(slides).toBe(9);
      expect(countPdfPages(pdf)).toBe(notes ? 18 : 9);
      await context.close();
    }
  } finally {
    await browser.close();
  }
});
