/**
 * /check/: two archives in, a verdict out, all in the browser. The archives are our sample pair
 * from public/check/ and small bad ones the tests make.
 */
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

import { packTar } from 'modern-tar';

import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';

const SAMPLES = new URL('../../public/check/', import.meta.url);
const sample = async (name: string) => ({
  name,
  mimeType: 'application/gzip',
  buffer: await readFile(new URL(name, SAMPLES)),
});
const verdict = (page: import('@playwright/test').Page) => page.locator('[data-verdict]');
const status = (page: import('@playwright/test').Page) => page.locator('[data-status]');

async function pick(
  page: import('@playwright/test').Page,
  tarball: Parameters<import('@playwright/test').Locator['setInputFiles']>[0],
  git?: Parameters<import('@playwright/test').Locator['setInputFiles']>[0],
) {
  await page.locator('#check-tarball').setInputFiles(tarball);
  if (git) await page.locator('#check-git').setInputFiles(git);
  await page.getByRole('button', { name: 'Compare' }).click();
}

test('two dropped archives give a verdict that names the doctored m4 file, with no request after load', async ({
  page,
}) => {
  await page.goto('/check/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await pick(
    page,
    await sample('sample-1.0-doctored.tar.gz'),
    await sample('sample-v1.0-git.tar.gz'),
  );
  await expect(verdict(page)).toHaveText(
    '6 generated files, 1 m4 copy only in the tarball, 1 binary test file, 1 file missing from the tarball; 1 unexpected difference: m4/sample-probe.m4 — look at it.',
  );
  await expect(page.locator('[data-group="differing"] pre')).toContainText(
    '+# sample-probe.m4 serial 20',
  );
  await expect(page.locator('[data-group="m4"]')).toContainText(
    '# sample-probe.m4 serial 20 (git: # sample-probe.m4 serial 2)',
  );
  await expect(page.locator('[data-group="m4"] a').first()).toHaveAttribute(
    'href',
    /\/story\/04-the-tarball-trick\/$/,
  );
  // The listing is filled in when its section opens, so the report's first paint stays short.
  await page.getByText('As diff -ru git/ tarball/ would print it').click();
  await expect(page.locator('[data-listing]')).toContainText('Only in sample-v1.0: .gitignore');
  expect(requests).toEqual([]);
});

test('the sample button shows a clean pair, and the second a doctored one', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Try it with our sample' }).click();
  await expect(verdict(page)).toContainText(
    'no unexpected difference: every other file matches git byte for byte.',
  );
  await expect(verdict(page)).toHaveAttribute('data-level', 'clean');
  await page.getByRole('button', { name: '…and with a doctored m4' }).click();
  await expect(verdict(page)).toHaveAttribute('data-level', 'look');
});

test('works with the network off once the page has loaded', async ({ page, context }) => {
  await page.goto('/check/');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await pick(page, await sample('sample-1.0.tar.gz'), await sample('sample-v1.0-git.tar.gz'));
  await expect(verdict(page)).toHaveAttribute('data-level', 'clean');
  await context.setOffline(false);
});

test('a pasted git ls-files listing compares by name and says contents were not compared', async ({
  page,
}) => {
  await page.goto('/check/');
  await page.locator('summary', { hasText: 'paste a' }).click();
  await page
    .locator('#check-listing')
    .fill(
      'README\nconfigure.ac\nMakefile.am\nm4/sample-probe.m4\nsrc/hello.c\ntests/files/good-sample.bin\ntests/test-hello.sh\n.gitignore\n',
    );
  await pick(page, await sample('sample-1.0-doctored.tar.gz'));
  await expect(verdict(page)).toContainText('no contents were compared');
});

test.describe('bad input gets a clear message and never freezes the page', () => {
  test('a file that is not an archive', async ({ page }) => {
    await page.goto('/check/');
    await pick(
      page,
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some text') },
      await sample('sample-v1.0-git.tar.gz'),
    );
    await expect(status(page)).toHaveText(
      'Could not compare: notes.txt is not an archive this page reads (.tar, .tar.gz, .tar.xz, .tar.bz2, .zip).',
    );
  });

  test('a corrupt archive', async ({ page }) => {
    await page.goto('/check/');
    const whole = await readFile(new URL('sample-1.0.tar.gz', SAMPLES));
    await pick(
      page,
      { name: 'cut.tar.gz', mimeType: 'application/gzip', buffer: whole.subarray(0, 300) },
      await sample('sample-v1.0-git.tar.gz'),
    );
    await expect(status(page)).toContainText('Could not compare: cut.tar.gz');
  });

  test('a ../../etc/passwd path and a symlink loop are reported, not followed', async ({
    page,
  }) => {
    await page.goto('/check/');
    const evil = await packTar([
      { header: { name: 'sample-1.0/README', size: 3, type: 'file' }, body: 'hi\n' },
      { header: { name: '../../etc/passwd', size: 5, type: 'file' }, body: 'root\n' },
      { header: { name: 'sample-1.0/loop', size: 0, type: 'symlink', linkname: 'loop' } },
    ]);
    await pick(
      page,
      { name: 'evil.tar', mimeType: 'application/x-tar', buffer: Buffer.from(evil) },
      await sample('sample-v1.0-git.tar.gz'),
    );
    const notices = page.locator('[data-group="notices"]');
    await expect(notices).toContainText('../../etc/passwd path climbs out of the archive');
    await expect(notices).toContainText('symbolic link to "loop": reported, never followed');
  });

  test('a decompression bomb stops at the limit', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/check/');
    const header = await packTar([{ header: { name: 'zeros', size: 0, type: 'file' } }]);
    // A tar of 410 MB of zeros, gzipped to well under 1 MB.
    const bomb = gzipSync(
      Buffer.concat([header.subarray(0, 512), Buffer.alloc(410 * 1024 * 1024)]),
      { level: 9 },
    );
    await pick(
      page,
      { name: 'bomb.tar.gz', mimeType: 'application/gzip', buffer: bomb },
      await sample('sample-v1.0-git.tar.gz'),
    );
    await expect(status(page)).toHaveText(
      'Could not compare: bomb.tar.gz: it unpacks to more than 400 MB, the limit — a decompression bomb or simply too big; nothing more was read.',
      { timeout: 60_000 },
    );
    // The page answered throughout: the worker did the work.
    expect(await page.evaluate(() => document.title)).toContain('Check a release');
  });

  test('a 2 GB file is refused before it is read', async ({ page }) => {
    const big = '/tmp/a13-check-2gb.tar.xz';
    // A sparse file: 2 GB as the browser sees it, no disk used.
    await writeFile(big, '');
    await truncate(big, 2 * 1024 ** 3);
    await page.goto('/check/');
    await pick(page, big, await sample('sample-v1.0-git.tar.gz'));
    await expect(status(page)).toHaveText(
      'Could not compare: a13-check-2gb.tar.xz is 2,048 MB, over the 200 MB limit.',
    );
    await rm(big);
  });
});

test('keyboard only: the sample runs from the keyboard and focus moves to the result', async ({
  page,
}) => {
  await page.goto('/check/');
  const sampleButton = page.getByRole('button', { name: 'Try it with our sample' });
  for (
    let i = 0;
    i < 40 && !(await sampleButton.evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(sampleButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-result-heading]')).toBeFocused();
  await expect(verdict(page)).toHaveAttribute('data-level', 'clean');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /check/ with a doctored report shown (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/check/');
    await page.getByRole('button', { name: '…and with a doctored m4' }).click();
    await expect(verdict(page)).toHaveAttribute('data-level', 'look');
    for (const details of await page.locator('xz-release-check details').all())
      await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    expect(await axeViolations(page)).toEqual([]);
  });
}
