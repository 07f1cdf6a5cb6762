import type { Page } from '@playwright/test';

import type { SlideKind } from '../../src/lib/present/slides';
import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { expectSlide, measureSlide, slideCount } from './support/present';
import { recordInPage } from './support/record-in-page';

// The projector theme: every slide fits the screen with no scrolling at 4:3 and 16:9 projector
// sizes, in large type; both presenter pages pass axe in light and dark.

const SLIDE_KINDS = [
  'title',
  'chapter',
  'chapter-events',
  'key-event',
  'simulation',
  'story',
  'closing',
] as const satisfies readonly SlideKind[];

const PROJECTORS = [
  { width: 1024, height: 768, minType: 20, minTerminal: 16 },
  { width: 1920, height: 1080, minType: 32, minTerminal: 24 },
] as const;

type Projector = (typeof PROJECTORS)[number];

/** What does not fit on the slide on screen at this projector size, one line per problem. */
async function misfitsAt(page: Page, n: number, projector: Projector): Promise<string[]> {
  const { width, height, minType, minTerminal } = projector;
  const m = await measureSlide(page);
  const at = `${n} ${m.id} at ${width}×${height}`;
  const misfits: string[] = [];
  if (m.pageOverflow > 0 || m.slideOverflow > 1 || m.fontSize < minType * 0.8) {
    misfits.push(
      `${at}: page +${m.pageOverflow}px, slide +${m.slideOverflow}px, type ${m.fontSize}px`,
    );
  }
  const t = m.terminal;
  if (t && (t.fontSize < minTerminal || !t.currentInView || t.notBuiltCard || t.counters !== 1))
    misfits.push(`${at}: terminal ${JSON.stringify(t)}`);
  return misfits;
}

for (const cut of ['10', '25', '45'] as const) {
  test(`every slide of the ${cut}-minute cut fits a 1024×768 and a 1920×1080 projector, text unclipped and large, live steps in view`, async ({
    page,
  }) => {
    // One page per cut: the deck is walked forwards at the first size and back at the second,
    // as a speaker would after plugging in another projector; live frames load as they come.
    test.setTimeout(240_000);
    const [first, second] = PROJECTORS;
    await page.setViewportSize(first);
    await page.goto(`/present/?cut=${cut}`);
    const total = await slideCount(page);
    const misfits: string[] = [];
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      misfits.push(...(await misfitsAt(page, n, first)));
    }
    // The deck refits the slide on screen in the frame after the window changes size.
    await page.setViewportSize(second);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    for (let n = total; n >= 1; n--) {
      if (n < total) await page.keyboard.press('ArrowLeft');
      await expectSlide(page, n);
      misfits.push(...(await misfitsAt(page, n, second)));
    }
    expect(misfits).toEqual([]);
  });
}

for (const { width, height, minType } of PROJECTORS) {
  test(`the title fills a ${width}×${height} projector in large type`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/present/');
    const base = await page
      .locator('[data-slide="0"]')
      .evaluate((slide) => parseFloat(getComputedStyle(slide).fontSize));
    expect(base).toBeGreaterThanOrEqual(minType);
    const title = await page
      .locator('[data-slide="0"] h2')
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(title).toBeGreaterThanOrEqual(minType * 3);
  });
}

test('the deck works at a 320 px phone width without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/present/?slide=2');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expectSlide(page, 3);
});

test('the deck has no site header, a way back to the site, and is listed in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/present/');
  await expect(page.locator('header nav[aria-label="Main"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Exit/ })).toHaveAttribute('href', '/');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/present/</loc>');
  expect(sitemap).not.toContain('/present/notes/</loc>');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a slide of every kind passes axe in ${scheme} mode`, async ({ page }) => {
    // One page walks the kinds, jumping by slide number as a speaker would: axe is put in the
    // page once, and the deck with its live frames is loaded once rather than once a kind.
    test.setTimeout(30_000 * SLIDE_KINDS.length);
    await useScheme(page, scheme);
    // The "all" cut keeps the deck's order: a slide's number is its place in the page.
    await page.goto('/present/?cut=all');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    for (const kind of SLIDE_KINDS) {
      const index = await page
        .locator(`[data-stage] .slide--${kind}`)
        .first()
        .getAttribute('data-slide');
      expect(index, `the deck has a ${kind} slide`).not.toBeNull();
      const n = Number(index) + 1;
      await page.keyboard.type(String(n));
      await page.keyboard.press('Enter');
      await expectSlide(page, n);
      await expect(page.locator(`.slide--${kind}`).first()).toBeVisible();
      expect.soft(await axeViolations(page), `a ${kind} slide`).toEqual([]);
    }
  });

  test(`the overview, the help and a message pass axe in ${scheme} mode`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.goto('/present/?slide=abc');
    expect(await axeViolations(page), 'message').toEqual([]);
    await page.keyboard.press('o');
    await expect(page.locator('[data-overview]')).toBeVisible();
    expect(await axeViolations(page), 'overview').toEqual([]);
    await page.keyboard.press('Escape');
    // '?' pressed while the overview is still closing went to it, not to the deck (a CI flake).
    await expect(page.locator('[data-overview]')).toBeHidden();
    await page.keyboard.press('?');
    await expect(page.locator('[data-help]')).toBeVisible();
    expect(await axeViolations(page), 'help').toEqual([]);
  });

  test(`the speaker view passes axe in ${scheme} mode`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.goto('/present/notes/?slide=5');
    await expect(page.locator('h1')).toHaveText('Speaker view');
    await page.locator('summary', { hasText: 'Keys' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the deck and the speaker view run under the site’s Content-Security-Policy without a violation', async ({
  page,
}) => {
  const violations = await recordInPage(page, (note) =>
    document.addEventListener('securitypolicyviolation', (event) =>
      note(`${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  for (const path of ['/present/?slide=9', '/present/notes/?slide=9']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
    expect(await violations(), path).toEqual([]);
  }
  await page.goto('/present/?slide=9');
  await expectSlide(page, 9);
});
