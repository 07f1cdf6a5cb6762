import { countPdfPages } from '../../src/lib/handout/pdf-pages';
import { expect, test } from './fixtures';
import { questionIds } from './support/learn';

test('the facilitator guide prints on two to four A4 pages', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto('/learn/facilitator/');
  await page.evaluate(() => document.fonts.ready);
  const pages = countPdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(4);
});

test('the facilitator guide has an answer for every knowledge check and plans that fill the session', async ({
  page,
}) => {
  await page.goto('/learn/facilitator/');
  const keyed = await page
    .locator('[data-answer-key]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-answer-key')));
  expect(keyed.toSorted()).toEqual(questionIds().toSorted());
  for (const length of [45, 90]) {
    const plan = page.locator('section', {
      has: page.getByRole('heading', { name: `${length}-minute session` }),
    });
    const minutes = await plan.locator('tbody td:last-child').allTextContents();
    expect(minutes.reduce((sum, text) => sum + Number(text), 0)).toBe(length);
    await expect(plan.getByRole('cell', { name: /^Live simulation/ })).toBeVisible();
  }
});

test('the facilitator guide explains the essentials route and has a before-and-after self-assessment', async ({
  page,
}) => {
  await page.goto('/learn/facilitator/');
  await expect(page.getByRole('heading', { name: /^The essentials route/ })).toHaveText(
    'The essentials route (about 45 min)',
  );
  await expect(page.locator('[data-essentials-kept] > li')).toHaveCount(6);
  await expect(page.locator('[data-answer-key][data-essentials]')).toHaveCount(17);
  const statements = page.locator('[data-self-assessment]');
  expect(await statements.count()).toBeGreaterThanOrEqual(5);
  expect(await statements.count()).toBeLessThanOrEqual(6);
  // Each statement is rated 1–5 twice: before and after the session.
  await expect(statements.first().locator('td').nth(1)).toHaveText('12345');
  await expect(statements.first().locator('td').nth(2)).toHaveText('12345');
});

test('/learn/ shows a time per chapter and links the facilitator guide', async ({ page }) => {
  await page.goto('/learn/');
  await expect(page.locator('[data-path-time]')).toContainText(/about 1 h \d+ min/);
  await expect(page.locator('[data-path-time]')).toContainText('the essentials route');
  await expect(page.locator('[data-chapter-time]').first()).toContainText(/about \d+ min/);
  await page.getByRole('link', { name: 'The facilitator guide' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilitator guide');
});

// Axe: tests/e2e/sitemap.spec.ts scans the guide in both themes, in the state it opens in.
