import { verificationCode, webCryptoDigest } from '../../src/lib/learn/verification-code';
import { contentIds } from '../support/content-files';
import { expect, test } from './fixtures';
import {
  completeProgress,
  completeProgressWrongAt,
  questionIds,
  seedStorage,
} from './support/learn';

const CERTIFICATE = '/learn/certificate/';

test('an unfinished path lists what is left instead of a certificate', async ({ page }) => {
  await seedStorage(
    page,
    JSON.stringify({
      version: 1,
      answers: { '01-login-timing': { choice: 1, correct: true } },
      exercises: {},
    }),
  );
  await page.goto(CERTIFICATE);
  await expect(page.getByRole('heading', { name: 'Not finished yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Chapter 1: The half-second' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Exercise: Spot the backdoor/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeHidden();
});

test('a complete path below the pass mark lists the chapters to retry, not a certificate', async ({
  page,
}) => {
  // The first three answers are chapter 1's.
  const inChapterOne = questionIds().filter((id) => id.startsWith('01-')).length;
  const right = inChapterOne - 3;
  await seedStorage(page, completeProgress(3));
  await page.goto(CERTIFICATE);
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  const chapterOne = page.locator('[data-remaining-chapter="01-the-half-second"]');
  await expect(chapterOne).toContainText(
    `Done, not passed: ${right} of ${inChapterOne} correct (${Math.round((right / inChapterOne) * 100)}%; 80% passes)`,
  );
  await expect(page.locator('[data-remaining-chapter="02-what-was-at-stake"]')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeHidden();
});

test('a passed path shows the score, the typed name, today’s date and a verification code', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
  const ids = contentIds('quiz');
  const total = ids.length;
  // One wrong answer in a chapter of five questions still passes it (80 %).
  await seedStorage(page, completeProgressWrongAt([ids.find((id) => id.startsWith('02-'))!]));
  await page.goto(CERTIFICATE);
  const certificate = page.locator('[data-certificate]');
  await expect(
    certificate.getByRole('heading', { name: 'Certificate of completion' }),
  ).toBeVisible();
  const percent = Math.round(((total - 1) / total) * 100);
  await expect(certificate).toContainText(
    `${total - 1} of ${total} knowledge-check answers correct · 2 of 2 spot-the-backdoor exercises solved`,
  );
  await expect(certificate).toContainText(
    `Overall score ${percent}%, every chapter passed at the 80% pass mark`,
  );
  await expect(certificate.locator('time')).toHaveText('26 November 2026');
  await expect(certificate.locator('time')).toHaveAttribute('datetime', '2026-11-26');
  const code = certificate.locator('[data-certificate-code]');
  await expect(code).toHaveText('none (no name was typed)');

  await page.getByLabel('Your name, as it should appear').fill('  Ada   Lovelace ');
  await expect(certificate.locator('[data-certificate-name]')).toHaveText('Ada Lovelace');
  const expected = await verificationCode(
    { name: 'Ada Lovelace', day: '2026-11-26', percent },
    webCryptoDigest()!,
  );
  await expect(code).toHaveText(expected);
  await expect(certificate).toContainText('/learn/certificate/check/');
  await expect(page.getByRole('heading', { name: 'Not finished yet' })).toBeHidden();
});

test('the name is never stored or sent', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) =>
    requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`),
  );
  await seedStorage(page, completeProgress());
  await page.goto(CERTIFICATE);
  await page.getByLabel('Your name, as it should appear').fill('Grace Hopper');
  await page.getByLabel('Your name, as it should appear').press('Enter');
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(stored).not.toContain('Grace');
  expect(requests.filter((request) => !request.startsWith('GET '))).toEqual([]);
  expect(requests.filter((request) => /grace|hopper/i.test(request))).toEqual([]);
});

test('prints as a single page that holds only the certificate', async ({ page }) => {
  await seedStorage(page, completeProgress());
  await page.goto(CERTIFICATE);
  await page.getByLabel('Your name, as it should appear').fill('Ada Lovelace');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByLabel('Your name, as it should appear')).toBeHidden();
  await expect(page.locator('[data-certificate]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
