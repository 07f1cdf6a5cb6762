import type { Locator, Page } from '@playwright/test';

import { contentIds } from '../support/content-files';
import { expect, test } from './fixtures';
import { blockStorage, seedStorage, STORAGE_KEY } from './support/learn';

const CHAPTER = '/learn/01-the-half-second/';
// Counts come from the content, so adding a question does not break these checks.
const QUESTIONS = contentIds('quiz');
const IN_CHAPTER_1 = QUESTIONS.filter((id) => id.startsWith('01-')).length;
const CHAPTERS = contentIds('chapters').length;
const question = (page: Page, id: string) =>
  page.locator(`xz-quiz-question[data-question="${id}"]`);

async function answer(item: Locator, choice: string | RegExp) {
  await item.getByRole('radio', { name: choice }).check();
  await item.getByRole('button', { name: 'Check answer' }).click();
}

test.describe('a knowledge check', () => {
  test('says "Correct.", marks the answer and opens the explanation with its source', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    const item = question(page, '01-login-timing');
    const explanation = item.locator('[data-explanation]');
    await expect(explanation).toBeHidden();
    await answer(item, /0\.299 seconds before/);
    await expect(item.getByRole('status')).toHaveText('Correct.');
    await expect(item.getByRole('radio', { name: /Your answer, correct/ })).toBeChecked();
    await expect(explanation).toBeVisible();
    await expect(explanation).toHaveAttribute('open', '');
    await expect(
      explanation.getByRole('link', { name: /backdoor in upstream xz/i }),
    ).toHaveAttribute('href', /openwall\.com/);
    await expect(explanation.getByRole('link', { name: /Freund/ }).last()).toHaveAttribute(
      'href',
      /\/events\/2024-03-29-freund-discloses\/$/,
    );
    await expect(page.locator('[data-chapter-status="01-the-half-second"]').first()).toHaveText(
      `1 of ${IN_CHAPTER_1} answered, 1 correct`,
    );
  });

  test('names the right answer after a wrong one and keeps the first answer', async ({ page }) => {
    await page.goto(CHAPTER);
    const item = question(page, '01-second-symptom');
    await answer(item, /changed SSH version banner/);
    await expect(item.getByRole('status')).toHaveText(
      /^Not quite\. The answer is: Valgrind, a memory checker, reported errors inside liblzma\.$/,
    );
    await expect(item.getByRole('radio', { name: /Your answer$/ })).toBeChecked();
    await expect(item.getByRole('radio', { name: /✓ Correct answer/ })).toBeDisabled();
    await expect(item.getByRole('button', { name: 'Answered' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(page.locator('[data-chapter-status="01-the-half-second"]').first()).toHaveText(
      `1 of ${IN_CHAPTER_1} answered, 0 correct`,
    );
  });

  test('asks for a choice before checking', async ({ page }) => {
    await page.goto(CHAPTER);
    const item = question(page, '01-cve-before-post');
    await item.getByRole('button', { name: 'Check answer' }).click();
    await expect(item.getByRole('status')).toHaveText('Choose an answer first.');
    await expect(item.locator('[data-explanation]')).toBeHidden();
  });

  test('can be answered with the keyboard alone', async ({ page }) => {
    await page.goto(CHAPTER);
    const item = question(page, '01-cve-before-post');
    await item.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(item.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item.getByRole('status')).toHaveText('Correct.');
  });

  test('keeps answers and the score across a reload and shows them on the path overview', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await answer(question(page, '01-login-timing'), /0\.299 seconds before/);
    await answer(question(page, '01-second-symptom'), /signature failed/);
    await page.reload();
    const first = question(page, '01-login-timing');
    await expect(first.getByRole('status')).toHaveText('Correct.');
    await expect(first.getByRole('radio', { name: /0\.299 seconds before/ })).toBeChecked();
    await expect(first.getByRole('button', { name: /Check answer|Answered/ })).toBeHidden();
    await expect(question(page, '01-second-symptom').getByRole('status')).toHaveText(/^Not quite/);
    await expect(
      question(page, '01-cve-before-post').getByRole('button', { name: 'Check answer' }),
    ).toBeEnabled();

    await page.goto('/learn/');
    await expect(page.locator('[data-chapter-status="01-the-half-second"]')).toHaveText(
      `2 of ${IN_CHAPTER_1} answered, 1 correct`,
    );
    await expect(page.locator('[data-path-summary]')).toHaveText(
      new RegExp(
        `^2 of ${QUESTIONS.length} questions answered \\(1 correct\\), 0 of 2 exercises solved, 0 of ${CHAPTERS} chapters done\\.$`,
      ),
    );
  });

  test('marks a chapter passed on the overview once all its questions are answered rightly', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    for (const item of await page.locator('xz-quiz-question').all()) {
      const correct = await item.getAttribute('data-answer');
      await item.locator(`[data-choice="${correct}"]`).click();
      await item.getByRole('button', { name: 'Check answer' }).click();
    }
    await page.goto('/learn/');
    const card = page.locator('[data-chapter-card="01-the-half-second"]');
    await expect(card).toHaveAttribute('data-done', '');
    await expect(card).toHaveAttribute('data-state', 'passed');
    await expect(card.getByText('Passed', { exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: 'Retry the check' })).toBeHidden();
  });

  test('erases progress after confirmation, and keeps it when the learner changes their mind', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await answer(question(page, '01-login-timing'), /0\.299 seconds before/);
    await page.goto('/learn/');
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.locator('[data-chapter-status="01-the-half-second"]')).toHaveText(
      `1 of ${IN_CHAPTER_1} answered, 1 correct`,
    );

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Erase my progress' }).click();
    await expect(page.getByText('Progress erased. The path starts afresh.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset progress…' })).toBeFocused();
    await expect(page.locator('[data-chapter-status="01-the-half-second"]')).toHaveText(
      `Not started · ${IN_CHAPTER_1} questions`,
    );
    await page.goto(CHAPTER);
    await expect(
      question(page, '01-login-timing').getByRole('button', { name: 'Check answer' }),
    ).toBeVisible();
  });
});

test.describe('when storage is blocked', () => {
  test('the quiz still works for the visit and says progress will not be kept', async ({
    page,
  }) => {
    await blockStorage(page);
    await page.goto(CHAPTER);
    await expect(page.getByTestId('storage-notice')).toHaveText(
      /not letting this site save anything/,
    );
    const item = question(page, '01-login-timing');
    await answer(item, /0\.299 seconds before/);
    await expect(item.getByRole('status')).toHaveText('Correct.');
    await expect(page.locator('[data-chapter-status="01-the-half-second"]').first()).toHaveText(
      `1 of ${IN_CHAPTER_1} answered, 1 correct`,
    );
    await page.reload();
    await expect(
      question(page, '01-login-timing').getByRole('button', { name: 'Check answer' }),
    ).toBeVisible();
  });
});

test.describe('when stored progress is damaged', () => {
  test('unreadable progress starts afresh with a notice and a kept copy', async ({ page }) => {
    await seedStorage(page, '{"version":1,"answers":{"01-login');
    await page.goto(CHAPTER);
    await expect(page.getByTestId('storage-notice')).toHaveText(/could not be read/);
    await answer(question(page, '01-login-timing'), /0\.299 seconds before/);
    const stored = await page.evaluate(
      (key) => [localStorage.getItem(key), localStorage.getItem(`${key}.unreadable`)],
      STORAGE_KEY,
    );
    expect(JSON.parse(stored[0]!).answers['01-login-timing']).toEqual({ choice: 1, correct: true });
    expect(stored[1]).toBe('{"version":1,"answers":{"01-login');
  });

  test('valid answers survive next to damaged ones', async ({ page }) => {
    await seedStorage(
      page,
      JSON.stringify({
        version: 1,
        answers: { '01-login-timing': { choice: 1, correct: true }, '01-second-symptom': 'oops' },
        exercises: {},
      }),
    );
    await page.goto(CHAPTER);
    await expect(page.getByTestId('storage-notice')).toHaveText(/damaged and has been left out/);
    await expect(question(page, '01-login-timing').getByRole('status')).toHaveText('Correct.');
    await expect(
      question(page, '01-second-symptom').getByRole('button', { name: 'Check answer' }),
    ).toBeVisible();
    // What is saved next holds the kept answer exactly, and nothing of the damaged one.
    const second = question(page, '01-second-symptom');
    await second.getByRole('radio').first().check();
    await second.getByRole('button', { name: 'Check answer' }).click();
    await expect(second.getByRole('status')).toHaveText(/^(Correct|Not quite)/);
    const saved = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!,
    ) as { answers: Record<string, unknown> };
    expect(saved.answers['01-login-timing']).toEqual({ choice: 1, correct: true });
    expect(saved.answers['01-second-symptom']).toMatchObject({ choice: 0 });
    expect(Object.keys(saved.answers).sort()).toEqual(['01-login-timing', '01-second-symptom']);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explanation and source are one click away in a details element', async ({ page }) => {
    await page.goto(CHAPTER);
    const item = question(page, '01-login-timing');
    await expect(item.getByRole('button', { name: 'Check answer' })).toBeHidden();
    await item.getByText('Answer and explanation').click();
    await expect(item.getByText(/Freund.s own figures are 0\.299 seconds before/)).toBeVisible();
    await expect(item.getByRole('link', { name: /backdoor in upstream xz/i })).toBeVisible();
  });
});
