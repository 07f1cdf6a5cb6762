import type { Page } from '@playwright/test';

import { contentIds } from '../support/content-files';
import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { blockStorage, completeProgress, questionIds, seedStorage } from './support/learn';

// Every training-path page in both themes, in the states a learner actually sees: answered
// questions (right and wrong), exercises tried and solved, the storage notice, the certificate.
const CHAPTERS = [...new Set(questionIds().map((id) => id.slice(0, 2)))];
const CHAPTER_IDS = contentIds('chapters');

/** Progress with a wrong and a right answer in every chapter and the Landlock exercise solved. */
function partialProgress(): string {
  const answers: Record<string, { choice: number; correct: boolean }> = {};
  for (const prefix of CHAPTERS) {
    const [first, second] = questionIds().filter((id) => id.startsWith(prefix));
    answers[first!] = { choice: 3, correct: false };
    answers[second!] = { choice: 0, correct: true };
  }
  return JSON.stringify({
    version: 1,
    answers,
    exercises: { 'landlock-dot': { solved: true, attempts: 3 } },
  });
}

async function expectNoViolations(page: Page) {
  await expect(page.locator('h1').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.beforeEach(async ({ page }) => useScheme(page, scheme));

    test('the path overview, with progress, has no accessibility violation', async ({ page }) => {
      await seedStorage(page, partialProgress());
      await page.goto('/learn/');
      await expect(page.locator('[data-path-summary]')).toContainText('questions answered');
      await expectNoViolations(page);
      await expect(page.getByRole('link', { name: /^Check your understanding/ })).toHaveCount(
        CHAPTER_IDS.length,
      );
    });

    for (const chapter of CHAPTER_IDS) {
      test(`the knowledge check for ${chapter}, with answers shown, has no accessibility violation`, async ({
        page,
      }) => {
        await seedStorage(page, partialProgress());
        await page.goto(`/learn/${chapter}/`);
        await expect(page.locator('xz-quiz-question[data-answered]').first()).toBeVisible();
        await expectNoViolations(page);
      });
    }

    test('both exercises, tried and solved, have no accessibility violation', async ({ page }) => {
      await seedStorage(page, partialProgress());
      await page.goto('/learn/exercises/landlock-dot/');
      await expect(page.locator('[data-solution]')).toBeVisible();
      await expectNoViolations(page);
      await page.goto('/learn/exercises/build-to-host-diff/');
      await page
        .locator('xz-line-picker')
        .getByRole('radio', { name: /grep -aErls/ })
        .check();
      await page.getByRole('button', { name: 'Check this line' }).click();
      await expect(page.locator('xz-line-picker').getByRole('status')).toHaveText(/^Not this one/);
      await expectNoViolations(page);
    });

    test('the certificate, unfinished and finished, has no accessibility violation', async ({
      page,
    }) => {
      await page.goto('/learn/certificate/');
      await expect(page.getByRole('heading', { name: 'Not finished yet' })).toBeVisible();
      await expectNoViolations(page);
      await page.evaluate(
        (value) => localStorage.setItem('xz-learn-progress', value),
        completeProgress(),
      );
      await page.reload();
      await page.getByLabel('Your name, as it should appear').fill('Ada Lovelace');
      await expectNoViolations(page);
    });

    test('the storage notice has no accessibility violation', async ({ page }) => {
      await blockStorage(page);
      await page.goto('/learn/');
      await expect(page.getByTestId('storage-notice')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
