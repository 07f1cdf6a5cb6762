/**
 * The pass mark on the training path, and the path as one walk: chapter states on /learn/
 * (not started, done but not passed with a retry, passed), taking a check again, and the
 * reading → check → next reading flow.
 */
import type { Locator, Page } from '@playwright/test';

import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { questionIds, seedStorage } from './support/learn';

const CHAPTER_ONE = '01-the-half-second';
const CHAPTER_TWO = '02-what-was-at-stake';
const inChapter = (prefix: string) => questionIds().filter((id) => id.startsWith(prefix));
/** How many questions chapter 1 has (the essentials route's scenarios added one). */
const ONE = inChapter('01-').length;

/** Chapter 1 answered with only its first answer right, chapter 2 all right, the rest untouched. */
function mixedProgress(): string {
  const answers: Record<string, { choice: number; correct: boolean }> = {};
  inChapter('01-').forEach((id, index) => (answers[id] = { choice: 0, correct: index === 0 }));
  for (const id of inChapter('02-')) answers[id] = { choice: 0, correct: true };
  return JSON.stringify({ version: 1, answers, exercises: {} });
}

async function answerRightly(question: Locator) {
  const correct = await question.getAttribute('data-answer');
  await question.locator(`[data-choice="${correct}"]`).click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question).toHaveAttribute('data-answered', '');
}

const card = (page: Page, chapter: string) => page.locator(`[data-chapter-card="${chapter}"]`);

test('the overview shows each chapter as not started, done but not passed, or passed, with its score', async ({
  page,
}) => {
  await seedStorage(page, mixedProgress());
  await page.goto('/learn/');
  const one = card(page, CHAPTER_ONE);
  await expect(one).toHaveAttribute('data-state', 'done');
  await expect(one.getByText('Done, not passed', { exact: true })).toBeVisible();
  await expect(one.locator(`[data-chapter-status="${CHAPTER_ONE}"]`)).toHaveText(
    `Done, not passed: 1 of ${ONE} correct (${Math.round(100 / ONE)}%; 80% passes)`,
  );
  await expect(one.getByRole('link', { name: 'Retry the check' })).toHaveAttribute(
    'href',
    `/learn/${CHAPTER_ONE}/#retry`,
  );

  const two = card(page, CHAPTER_TWO);
  await expect(two.getByText('Passed', { exact: true })).toBeVisible();
  await expect(two.locator(`[data-chapter-status="${CHAPTER_TWO}"]`)).toHaveText(
    `Passed: ${inChapter('02-').length} of ${inChapter('02-').length} correct (100%)`,
  );
  await expect(two.getByRole('link', { name: 'Retry the check' })).toBeHidden();

  const three = card(page, '03-the-long-con');
  await expect(three).toHaveAttribute('data-state', 'not-started');
  await expect(three.getByText('Passed', { exact: true })).toBeHidden();
  await expect(three.getByText('Done, not passed', { exact: true })).toBeHidden();
  await expect(three.locator('[data-chapter-status="03-the-long-con"]')).toHaveText(
    new RegExp(`^Not started · ${inChapter('03-').length} questions`),
  );
  await expect(
    page.locator('main').getByRole('link', { name: 'printable handout' }),
  ).toHaveAttribute('href', '/handout/');
});

test('retrying a chapter clears only its answers, and answering rightly then passes it', async ({
  page,
}) => {
  await seedStorage(page, mixedProgress());
  await page.goto('/learn/');
  await card(page, CHAPTER_ONE).getByRole('link', { name: 'Retry the check' }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${CHAPTER_ONE}/#retry$`));
  await page.getByRole('button', { name: 'Take this check again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'were cleared' })).toBeVisible();
  await expect(page.locator('xz-quiz-question input[type="radio"]').first()).toBeFocused();
  await expect(page.locator('xz-quiz-question[data-answered]')).toHaveCount(0);
  await expect(page.locator('xz-quiz-question input:checked')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Take this check again' })).toBeHidden();

  for (const question of await page.locator('xz-quiz-question').all())
    await answerRightly(question);
  await expect(page.locator(`[data-chapter-status="${CHAPTER_ONE}"]`).first()).toHaveText(
    `Passed: ${ONE} of ${ONE} correct (100%)`,
  );
  const stored = await page.evaluate(() => localStorage.getItem('xz-learn-progress'));
  const answers = JSON.parse(stored!).answers as Record<string, { correct: boolean }>;
  // Chapter 2's answers were not touched by chapter 1's retry.
  expect(inChapter('02-').every((id) => answers[id]?.correct)).toBe(true);
});

test('the path walks chapter → its check → the next chapter’s reading, which ends with its check', async ({
  page,
}) => {
  await page.goto('/learn/');
  await card(page, CHAPTER_ONE).getByRole('link', { name: 'Read the chapter' }).click();
  await expect(page).toHaveURL(`/story/${CHAPTER_ONE}/?from=learn`);
  await page.getByRole('link', { name: 'Check your understanding of this chapter' }).click();
  await expect(page).toHaveURL(`/learn/${CHAPTER_ONE}/`);
  await answerRightly(page.locator('xz-quiz-question').first());

  await page.getByRole('link', { name: /Next: read chapter 2/ }).click();
  await expect(page).toHaveURL(`/story/${CHAPTER_TWO}/?from=learn`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/what was at stake/i);
  await page.getByRole('link', { name: 'Check your understanding of this chapter' }).click();
  await expect(page).toHaveURL(`/learn/${CHAPTER_TWO}/`);
});

test('a story chapter read outside the path has no knowledge-check ending', async ({ page }) => {
  await page.goto(`/story/${CHAPTER_TWO}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeHidden();
  // Once the path is started in this browser, the story belongs to it.
  await page.evaluate((value) => localStorage.setItem('xz-learn-progress', value), mixedProgress());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the pass states, the retry and the story's check ending pass axe in ${scheme} mode`, async ({
    page,
  }) => {
    await useScheme(page, scheme);
    await seedStorage(page, mixedProgress());
    await page.goto('/learn/');
    await expect(card(page, CHAPTER_ONE)).toHaveAttribute('data-state', 'done');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/learn/${CHAPTER_ONE}/`);
    await expect(page.getByRole('button', { name: 'Take this check again' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/story/${CHAPTER_ONE}/?from=learn`);
    await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
