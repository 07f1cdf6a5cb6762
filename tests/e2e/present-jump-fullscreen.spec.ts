import { expect, test } from './fixtures';
import { expectSlide, slideCount } from './support/present';

// The deck's number jump over its whole range, and full screen when the browser grants it and
// when it refuses.

test('typing the last slide’s number and Enter jumps to the last slide', async ({ page }) => {
  await page.goto('/present/');
  const total = await slideCount(page);
  for (const digit of String(total)) await page.keyboard.press(digit);
  await expect(page.locator('[data-digits]')).toHaveText(String(total));
  await page.keyboard.press('Enter');
  await expectSlide(page, total);
  await expect(page.locator('[data-notice]')).toBeHidden();
  // And back to the first from the last.
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectSlide(page, 1);
});

test('F enters full screen and F again leaves it; the button follows both ways', async ({
  page,
}) => {
  await page.goto('/present/');
  const button = page.locator('[data-fullscreen]');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-notice]')).toBeHidden();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('when the browser refuses full screen the speaker is told why, and the deck goes on', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () =>
      Promise.reject(new TypeError('Permissions check failed'));
  });
  await page.goto('/present/');
  await page.keyboard.press('f');
  await expect(page.locator('[data-notice-text]')).toHaveText(
    'The browser refused full screen; try its own full-screen key (often F11).',
  );
  await expect(page.locator('[data-fullscreen]')).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
});
