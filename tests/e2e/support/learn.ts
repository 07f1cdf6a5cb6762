/** Helpers for the training-path specs: the quiz ids on disk and ways to prepare localStorage. */
import type { Page } from '@playwright/test';

import { contentIds } from '../../support/content-files';

export const STORAGE_KEY = 'xz-learn-progress';
const EXERCISE_IDS = ['landlock-dot', 'build-to-host-diff'];

/** Every quiz question id, as the build derives it from content/quiz/<id>.mdx. */
export function questionIds(): string[] {
  return contentIds('quiz');
}

/** Stores `value` under the progress key once, before the first page of the test loads. */
export async function seedStorage(page: Page, value: string) {
  await page.addInitScript(
    ([key, stored]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, stored);
    },
    [STORAGE_KEY, value] as const,
  );
}

/** Progress with every question answered (the first `wrong` of them wrongly) and both exercises solved. */
export function completeProgress(wrong = 0): string {
  return completeProgressWrongAt(questionIds().slice(0, wrong));
}

/** Progress with every question answered, the ones in `wrong` wrongly, and both exercises solved. */
export function completeProgressWrongAt(wrong: readonly string[]): string {
  const answers = Object.fromEntries(
    questionIds().map((id) => [id, { choice: 0, correct: !wrong.includes(id) }]),
  );
  const exercises = Object.fromEntries(
    EXERCISE_IDS.map((id) => [id, { solved: true, attempts: 2 }]),
  );
  return JSON.stringify({ version: 1, answers, exercises });
}

/** Makes every use of localStorage throw, as browsers do when a site's storage is blocked. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}
