import type { SlideKind } from '../../src/lib/present/slides';
import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { expectSlide, slideCount } from './support/present';

// The projector theme: every slide fits the screen with no scrolling at 4:3 and 16:9 projector
// sizes, in large type; both presenter pages pass axe in light and dark.

const SLIDE_KINDS = [
  'title',
  'chapter',
  'chapter-events',
  'key-event',
  'simulation',
  'closing',
] as const satisfies readonly SlideKind[];

const PROJECTORS = [
  { width: 1024, height: 768, minType: 20 },
  { width: 1920, height: 1080, minType: 32 },
];

for (const { width, height, minType } of PROJECTORS) {
  test(`every slide fits a ${width}×${height} projector without scrolling, in large type`, async ({
    page,
  }) => {
    // One check per slide; with chapter 9 and the myths group the deck has over 60.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.goto('/present/');
    const total = await slideCount(page);
    expect(total).toBeGreaterThanOrEqual(15);
    const misfits: string[] = [];
    for (let n = 1; n <= total; n++) {
      const m = await page.evaluate(() => {
        const slide = [...document.querySelectorAll<HTMLElement>('[data-slide]')].find(
          (s) => !s.hidden,
        )!;
        const root = document.documentElement;
        return {
          id: slide.id,
          index: Number(slide.dataset.slide),
          pageOverflow: Math.max(root.scrollHeight - innerHeight, root.scrollWidth - innerWidth),
          slideOverflow: Math.max(
            slide.scrollHeight - slide.clientHeight,
            slide.scrollWidth - slide.clientWidth,
          ),
          fontSize: parseFloat(getComputedStyle(slide).fontSize),
        };
      });
      expect(m.index).toBe(n - 1);
      if (m.pageOverflow > 0 || m.slideOverflow > 1 || m.fontSize < minType * 0.8) {
        misfits.push(
          `${n} ${m.id}: page +${m.pageOverflow}px, slide +${m.slideOverflow}px, type ${m.fontSize}px`,
        );
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(misfits).toEqual([]);
  });

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
  for (const kind of SLIDE_KINDS) {
    test(`a ${kind} slide passes axe in ${scheme} mode`, async ({ page }) => {
      await useScheme(page, scheme);
      await page.goto('/present/');
      const index = await page.locator(`.slide--${kind}`).first().getAttribute('data-slide');
      expect(index, `the deck has a ${kind} slide`).not.toBeNull();
      await page.goto(`/present/?slide=${Number(index) + 1}`);
      await expect(page.locator(`.slide--${kind}`).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`the overview, the help and a message pass axe in ${scheme} mode`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.goto('/present/?slide=abc');
    expect(await axeViolations(page), 'message').toEqual([]);
    await page.keyboard.press('o');
    await expect(page.locator('[data-overview]')).toBeVisible();
    expect(await axeViolations(page), 'overview').toEqual([]);
    await page.keyboard.press('Escape');
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
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of ['/present/?slide=9', '/present/notes/?slide=9']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      path,
    ).toEqual([]);
  }
  await page.goto('/present/?slide=9');
  await expectSlide(page, 9);
});
