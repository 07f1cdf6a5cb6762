import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';

const PAGES = ['/story/01-the-half-second/', '/story/05-the-backdoor-at-run-time/', '/glossary/'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`${path} has no axe violations in ${scheme} mode, with a definition open`, async ({
      page,
    }) => {
      await useScheme(page, scheme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      // Check an open popover too: its colours are part of the page.
      await page.locator('xz-term a').first().focus();
      await expect(page.locator('xz-term[data-open] [role="tooltip"]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the half-second figure has no axe violations after both logins', async ({ page }) => {
  await page.goto('/story/01-the-half-second/');
  const figure = page.locator('xz-half-second');
  await figure.getByRole('button', { name: /healthy server/ }).click();
  await expect(figure.getByRole('status')).toContainText('0.299 s');
  await figure.getByRole('button', { name: /backdoored server/ }).click();
  await expect(figure.getByRole('status')).toContainText('0.807 s');
  expect(await axeViolations(page, 'figure.half-second')).toEqual([]);
});
