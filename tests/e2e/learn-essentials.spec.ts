import type { Page } from '@playwright/test';

import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { questionIds, seedStorage } from './support/learn';

/** Answers every question the page shows for the chosen route, each rightly. */
async function answerVisibleQuestions(page: Page): Promise<number> {
  // Until the stored route is applied the page shows the full route's questions.
  await expect(page.locator('html')).toHaveAttribute('data-learn-route', 'essentials');
  const ids = await page
    .locator('xz-quiz-question:visible')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-question')!));
  for (const id of ids) {
    const question = page.locator(`[data-question="${id}"]`);
    const correct = Number(await question.getAttribute('data-answer'));
    await question.locator(`[data-choice="${correct}"]`).click();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question).toHaveAttribute('data-answered', '');
  }
  return ids.length;
}

const essentialsProgress = JSON.stringify({
  version: 1,
  answers: {},
  exercises: {},
  route: 'essentials',
});

test('a learner picks the essentials route, answers its questions and gets a certificate naming the route', async ({
  page,
}) => {
  test.setTimeout(120_000); // six chapter pages on a shared machine
  await page.goto('/learn/');
  await expect(page.getByRole('radio', { name: /^Full route/ })).toBeChecked();
  await page.getByRole('radio', { name: /^Essentials route/ }).check();
  await expect(page.locator('[data-path-summary]')).toHaveText(
    'Not started yet: 17 questions to go.',
  );
  const tarball = page.locator('[data-chapter-card="04-the-tarball-trick"]');
  await expect(tarball.getByText('Optional depth')).toBeVisible();
  await expect(
    page.locator('[data-chapter-card="09-since-2024"]').getByText('Full route only'),
  ).toBeVisible();
  // The stored choice survives a reload.
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Essentials route/ })).toBeChecked();

  await page
    .locator('[data-chapter-card="01-the-half-second"]')
    .getByRole('link', { name: /^Check your understanding/ })
    .click();
  const visited: string[] = [];
  let answered = 0;
  for (;;) {
    visited.push(new URL(page.url()).pathname);
    answered += await answerVisibleQuestions(page);
    const next = page.getByRole('navigation', { name: 'Training path' }).locator('a:visible');
    const certificate = next.filter({ hasText: 'Your certificate' });
    if (await certificate.count()) {
      await certificate.click();
      break;
    }
    // The next link leads to the next chapter's reading, which ends with its check.
    await next.filter({ hasText: 'Next: read chapter' }).click();
    await page.getByRole('link', { name: 'Check your understanding of this chapter' }).click();
  }
  expect(visited).toEqual([
    '/learn/01-the-half-second/',
    '/learn/02-what-was-at-stake/',
    '/learn/03-the-long-con/',
    '/learn/06-who-did-it/',
    '/learn/07-what-to-do/',
    '/learn/08-lessons/',
  ]);
  expect(answered).toBe(17);

  const certificate = page.locator('[data-certificate]');
  await expect(certificate).toContainText('Essentials route: 6 of 9 chapters');
  await expect(certificate).toContainText('17 of 17 knowledge-check answers correct');
  await expect(certificate).toContainText('Overall score 100%');
  await expect(certificate).not.toContainText('exercises solved');
});

test('on the essentials route a chapter page shows the plain objectives and only the kept questions', async ({
  page,
}) => {
  await seedStorage(page, essentialsProgress);
  await page.goto('/learn/03-the-long-con/');
  await expect(page.locator('xz-quiz-question:visible')).toHaveCount(2);
  await expect(page.getByText(/Recognise the pressure pattern: unknown accounts/)).toBeVisible();
  await expect(page.getByText(/IFUNC, the website, Landlock/)).toBeHidden();
  await page.goto('/learn/05-the-backdoor-at-run-time/');
  await expect(page.getByText(/^Optional depth on the essentials route/)).toBeVisible();
  await expect(page.getByText(/why RELRO did not stop it/)).toBeHidden();
});

test('a store without a route reads as the full route', async ({ page }) => {
  await seedStorage(
    page,
    JSON.stringify({ version: 1, answers: { '01-login-timing': { choice: 1, correct: true } } }),
  );
  await page.goto('/learn/');
  await expect(page.getByRole('radio', { name: /^Full route/ })).toBeChecked();
  await expect(page.locator('[data-path-summary]')).toContainText(
    `1 of ${questionIds().length} questions answered`,
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the essentials route on /learn/ and a chapter page has no axe violations in ${scheme} mode`, async ({
    page,
  }) => {
    await useScheme(page, scheme);
    await seedStorage(page, essentialsProgress);
    await page.goto('/learn/');
    await expect(page.getByRole('radio', { name: /^Essentials route/ })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/learn/04-the-tarball-trick/');
    await expect(page.getByText(/^Optional depth on the essentials route/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
