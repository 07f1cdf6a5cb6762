import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';

const M4 = '/learn/exercises/build-to-host-diff/';
const LANDLOCK = '/learn/exercises/landlock-dot/';

const line = (page: Page, name: string | RegExp) =>
  page.locator('xz-line-picker').getByRole('radio', { name });
const status = (page: Page) => page.locator('xz-line-picker').getByRole('status');

async function checkLine(page: Page, radio: Locator) {
  await radio.check();
  await page.getByRole('button', { name: 'Check this line' }).click();
}

test.describe('spot the backdoor in the m4 diff', () => {
  test('a wrong added line gets its own explanation and the solution stays closed', async ({
    page,
  }) => {
    await page.goto(M4);
    await checkLine(page, line(page, /^Added line \d+: gl_am_configmake=`grep/));
    await expect(status(page)).toHaveText(
      /^Not this one\. This finds the carrier: .* It stores the file name; it runs nothing\.$/,
    );
    await expect(page.locator('[data-solution]')).toBeHidden();
    await expect(page.locator('[data-exercise-status="build-to-host-diff"]')).toHaveText(
      'Not solved yet · 1 try so far',
    );
  });

  test('an unchanged line sends the learner to the added ones', async ({ page }) => {
    await page.goto(M4);
    await checkLine(page, line(page, /^Unchanged line \d+: AC_DEFUN\(\[gl_BUILD_TO_HOST\],/));
    await expect(status(page)).toHaveText(/Look at the lines marked \+/);
  });

  test('the AC_CONFIG_COMMANDS line solves it, opens the explanation and stays solved after a reload', async ({
    page,
  }) => {
    await page.goto(M4);
    await checkLine(page, line(page, /^Added line \d+: gl_\[\$1\]_config=/));
    await expect(status(page)).toHaveText(/^Not this one\. Close:/);
    await checkLine(page, line(page, /^Added line \d+: AC_CONFIG_COMMANDS/));
    await expect(status(page)).toHaveText(/^Yes\. AC_CONFIG_COMMANDS registers a command/);
    const solution = page.locator('[data-solution]');
    await expect(solution).toBeVisible();
    await expect(
      solution.getByRole('link', { name: 'The xz attack shell script' }),
    ).toHaveAttribute('href', 'https://research.swtch.com/xz-script');
    await expect(
      solution.getByRole('link', { name: /FAQ on the xz-utils backdoor/ }),
    ).toHaveAttribute(
      'href',
      'https://gist.github.com/thesamesam/223949d5a074ebc3dce9ee78baad9e27',
    );
    await expect(page.locator('[data-exercise-status="build-to-host-diff"]')).toHaveText(
      'Solved in 2 tries',
    );

    await page.reload();
    await expect(status(page)).toHaveText('You found this line on an earlier visit.');
    await expect(line(page, /^Added line \d+: AC_CONFIG_COMMANDS/)).toBeChecked();
    await expect(page.locator('[data-solution]')).toBeVisible();
    await expect(page.locator('[data-exercise-status="build-to-host-diff"]')).toHaveText(
      'Solved in 2 tries',
    );
  });

  test('asks for a line before judging', async ({ page }) => {
    await page.goto(M4);
    await page.getByRole('button', { name: 'Check this line' }).click();
    await expect(status(page)).toHaveText('Choose a line first: click it, or use the arrow keys.');
  });
});

test.describe('find the character that disabled Landlock', () => {
  test('the dot in a header name is a wrong answer with a reason', async ({ page }) => {
    await page.goto(LANDLOCK);
    await checkLine(page, line(page, /#include <linux\/landlock\.h>/));
    await expect(status(page)).toHaveText(/^Not this one\. .*part of the file name/);
    await expect(page.locator('.culprit')).not.toHaveCSS('outline-style', 'solid');
  });

  test('can be solved with the keyboard alone, and then shows the culprit character', async ({
    page,
  }) => {
    await page.goto(LANDLOCK);
    await page.locator('xz-line-picker').getByRole('radio').first().focus();
    // Arrow keys move through a radio group: down to the fifth line, the lone full stop.
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
    await expect(line(page, /^Line 5: \.$/)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check this line' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(/^Yes\. A full stop on a line of its own is not valid C/);
    await expect(page.locator('.culprit')).toHaveText('.');
    await expect(page.locator('.culprit')).toHaveCSS('outline-style', 'solid');
    await expect(
      page.locator('[data-solution]').getByRole('link', { name: /f9cf4c05/ }),
    ).toHaveAttribute('href', /f9cf4c05edd14dedfe63833f8ccbe41b55823b00$/);
    await expect(page.locator('[data-exercise-status="landlock-dot"]')).toHaveText(
      'Solved at the first try',
    );
  });
});

test.describe('exercises on a phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('the listing fits the screen without sideways scrolling', async ({ page }) => {
    for (const path of [M4, LANDLOCK]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
