import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';

/**
 * Presses Tab (or Shift+Tab when the target comes earlier in the page) until `target` has
 * focus, the way a keyboard user reaches a control.
 */
async function tabTo(page: Page, target: Locator, limit = 120) {
  const backwards = await target.evaluate((element) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached within ${limit} Tab presses`).toBeFocused();
}

/** The visible focus indicator: an outline of at least 2 px on the focused element. */
async function expectVisibleFocus(target: Locator) {
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test('a keyboard-only reader goes from the story to the timeline, the simulation and a quiz', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Story: from the home page to the first chapter.
  await page.goto('/');
  const storyLink = nav.getByRole('link', { name: 'Story' });
  await tabTo(page, storyLink);
  await expectVisibleFocus(storyLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/story\/$/);
  const firstChapter = page.locator('main').getByRole('link').first();
  await tabTo(page, firstChapter);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/story\/01-/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Timeline: reach the chart, walk to the first event and open it.
  await tabTo(page, nav.getByRole('link', { name: 'Timeline' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline\/$/);
  const chart = page.locator('[role="application"], [data-timeline-chart]').first();
  await tabTo(page, chart);
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?event=/);

  // Simulation: run the default build and hear the verdict.
  await tabTo(page, nav.getByRole('link', { name: 'Simulation' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  const speed = page.getByLabel('Speed');
  await tabTo(page, speed);
  await speed.selectOption('instant'); // a native <select>: the keyboard opens it the same way
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await tabTo(page, run);
  await expectVisibleFocus(run);
  await page.keyboard.press('Enter');
  await expect(page.locator('xz-sim-outcome [role="status"]')).toHaveAttribute(
    'data-verdict',
    'backdoored',
  );

  // Quiz: the first knowledge check, answered with Space and Enter.
  await tabTo(page, nav.getByRole('link', { name: 'Learn' }));
  await page.keyboard.press('Enter');
  const check = page.getByRole('link', { name: /Check your understanding/ }).first();
  await tabTo(page, check);
  await page.keyboard.press('Enter');
  const question = page.locator('xz-quiz-question').first();
  await tabTo(page, question.getByRole('radio').first());
  await page.keyboard.press('Space');
  await tabTo(page, question.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toHaveText(/^(Correct\.|Not quite\.)/);
});
