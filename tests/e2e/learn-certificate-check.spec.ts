/** The trainer's check page: match, mismatch, and every kind of input it cannot read. */
import type { Page } from '@playwright/test';

import { verificationCode, webCryptoDigest } from '../../src/lib/learn/verification-code';
import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';

const CHECK = '/learn/certificate/check/';
const ADA = { name: 'Ada Lovelace', day: '2026-11-26', percent: 98 };

async function fill(
  page: Page,
  fields: { name: string; date: string; score: string; code: string },
) {
  await page.getByLabel('Name', { exact: true }).fill(fields.name);
  await page.getByLabel('Date', { exact: true }).fill(fields.date);
  await page.getByLabel('Overall score in per cent').fill(fields.score);
  await page.getByLabel('Verification code').fill(fields.code);
  await page.getByRole('button', { name: 'Check the certificate' }).click();
}

const verdict = (page: Page) => page.locator('[data-verdict]');

test('the printed fields and code match, and the page says what that does not prove', async ({
  page,
}) => {
  const code = await verificationCode(ADA, webCryptoDigest()!);
  await page.goto(CHECK);
  await expect(page.getByText('It does not show who took the quiz.')).toBeVisible();
  await expect(page.getByText('It is not a signature.')).toBeVisible();
  await fill(page, { name: 'Ada Lovelace', date: '26 November 2026', score: '98%', code });
  await expect(verdict(page)).toContainText(`The code ${code} matches`);
  await expect(verdict(page)).toContainText('It does not show who answered the questions.');
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toBeVisible();
});

test('a changed score or name does not match', async ({ page }) => {
  const code = await verificationCode(ADA, webCryptoDigest()!);
  await page.goto(CHECK);
  await fill(page, { name: 'Ada Lovelace', date: '2026-11-26', score: '99', code });
  await expect(verdict(page)).toContainText(`The code ${code} does not match`);
  await fill(page, { name: 'Ada Lovelock', date: '2026-11-26', score: '98', code });
  await expect(verdict(page)).toContainText('does not match');
});

test('lower case and spaces in the code are read kindly, and the page says how it read them', async ({
  page,
}) => {
  const code = await verificationCode(ADA, webCryptoDigest()!);
  await page.goto(CHECK);
  const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
  await fill(page, { name: ' ada  lovelace ', date: '26 november 2026', score: '98', code: typed });
  await expect(verdict(page)).toContainText(`The code ${code} matches`);
  await expect(verdict(page)).toContainText(`The code was read as ${code}.`);
});

test('empty and malformed fields each get a message beside them, and focus goes to the first', async ({
  page,
}) => {
  await page.goto(CHECK);
  await page.getByRole('button', { name: 'Check the certificate' }).click();
  await expect(verdict(page)).toContainText('Not checked yet');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-problem="code"]')).toHaveText(
    'Type the code printed on the certificate, for example 7K3M-Q9XA.',
  );

  await fill(page, { name: 'Ada', date: '31/02/2026', score: '120', code: 'ABCD-EFU1' });
  await expect(page.getByLabel('Name', { exact: true })).not.toHaveAttribute('aria-invalid');
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(page.locator('[data-problem="date"]')).toHaveText(
    'This is not a date in the form 26 November 2026 or 2026-11-26.',
  );
  await expect(page.locator('[data-problem="score"]')).toHaveText(
    'The score is a whole percentage from 0 to 100, for example 85.',
  );
  await expect(page.locator('[data-problem="code"]')).toContainText('“U” does not occur in codes');
  await fill(page, { name: 'Ada', date: '2026-11-26', score: '80', code: 'ABCD-EF' });
  await expect(page.locator('[data-problem="code"]')).toHaveText(
    'A code has 8 characters (XXXX-XXXX); this one has 6.',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the check page, with messages and a verdict, passes axe in ${scheme} mode`, async ({
    page,
  }) => {
    await useScheme(page, scheme);
    await page.goto(CHECK);
    await fill(page, { name: '', date: 'soon', score: '', code: 'x' });
    await expect(page.locator('[data-problem="date"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await fill(page, { name: 'Ada', date: '2026-11-26', score: '80', code: 'ABCD-EFGH' });
    await expect(verdict(page)).toContainText('does not match');
    expect(await axeViolations(page)).toEqual([]);
  });
}
