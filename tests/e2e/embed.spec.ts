import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { recordInPage } from './support/record-in-page';

test('the embed code carries the address the page is served from, with or without the resize script', async ({
  page,
  baseURL,
}) => {
  await page.goto('/embed/');
  const section = page.getByRole('region', { name: 'Attack chain' });
  const code = section.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}/embed/attack-chain/" [^\\n]+data-xz-embed="attack-chain"[^\\n]+></iframe>\\n<script>`,
    ),
  );
  await expect(code).toHaveValue(/<script>\/\* Fits xz-backdoor embeds[\s\S]*<\/script>$/);
  await section.getByRole('checkbox', { name: 'Include the resize script' }).uncheck();
  await expect(code).toHaveValue(/^<iframe [^\n]+><\/iframe>$/);
});

test('Copy puts the embed code on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed/');
  const copy = page.getByRole('button', { name: 'Copy embed code' }).first();
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Embed code' }).first().inputValue());
});

test('when the browser refuses the clipboard, the code is selected and the reader told how to copy it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: () =>
          Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      },
    });
  });
  await page.goto('/embed/');
  await page.getByRole('button', { name: 'Copy embed code' }).first().click();
  await expect(
    page.getByRole('status').filter({ hasText: 'press Ctrl+C (⌘C on a Mac)' }),
  ).toBeVisible();
  const code = page.getByRole('textbox', { name: 'Embed code' }).first();
  await expect(code).toBeFocused();
  const selection = await code.evaluate((field: HTMLTextAreaElement) => [
    field.selectionStart,
    field.selectionEnd,
    field.value.length,
  ]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
});

test('the live preview is sized by the same resize script the snippet hands out', async ({
  page,
}) => {
  await page.goto('/embed/');
  const frame = page.locator('iframe[data-xz-embed="attack-chain"]');
  await frame.scrollIntoViewIfNeeded();
  await expect
    .poll(() => frame.evaluate((element: HTMLIFrameElement) => element.style.height))
    .not.toBe('900px');
  const content = await page
    .frame({ url: /\/embed\/attack-chain\/$/ })!
    .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  expect(
    Math.round(await frame.evaluate((element) => element.getBoundingClientRect().height)),
  ).toBe(content);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])
  test(`at ${viewport.width} px the simulation preview keeps one height through a whole run${viewport.width > 1000 ? ', within the height its embed code starts with' : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/embed/');
    const section = page.getByRole('region', { name: 'Build simulation', exact: true });
    const code = await section.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const codeHeight = Number(/height:(\d+)px/.exec(code)?.[1]);
    expect(codeHeight).toBeGreaterThan(0);
    const frameElement = section.locator('iframe[data-xz-embed="simulation"]');
    await frameElement.scrollIntoViewIfNeeded();
    const frame = section.frameLocator('iframe[data-xz-embed="simulation"]');
    await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
    const height = () =>
      frameElement.evaluate((element) => Math.round(element.getBoundingClientRect().height));
    // The resize script has fitted the frame once the content reported its height.
    await expect.poll(height).not.toBe(codeHeight);
    const before = await height();
    if (viewport.width > 1000) expect(before).toBeLessThanOrEqual(codeHeight);
    await frame.getByLabel('Speed').selectOption('instant');
    await frame.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(frame.locator('xz-sim-outcome [role="status"]')).not.toHaveAttribute(
      'data-verdict',
      'pending',
    );
    // The last height message follows the last paint: wait for it, then it must be the first height.
    await expect.poll(height).toBe(before);
  });

test('the simulation embed runs the replay, takes ?step= and ?env=, and opens links out of the frame in a new tab', async ({
  page,
}) => {
  await page.goto('/embed/');
  const frameElement = page.locator('iframe[data-xz-embed="simulation"]');
  await frameElement.scrollIntoViewIfNeeded();
  await expect
    .poll(() => frameElement.evaluate((element: HTMLIFrameElement) => element.style.height))
    .not.toBe('840px');
  const frame = page.frame({ url: /\/embed\/simulation\// })!;
  await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  const target = await frame.evaluate(() => {
    // The compact embed links out to the full simulation page (same site, another path).
    const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].find(
      (a) => !a.target && new URL(a.href).pathname !== location.pathname,
    )!;
    let seen = '';
    window.addEventListener(
      'click',
      (event) => {
        seen = link.target;
        event.preventDefault();
      },
      { once: true },
    );
    link.click();
    return seen;
  });
  expect(target).toBe('_blank');

  await page.goto(
    '/embed/simulation/?step=gate-compiler&env=5.6.1,tarball,x86_64,clang,gnu-ld,deb,shared,ifunc',
  );
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  await expect(page).toHaveURL(/step=gate-compiler/);
  await expect(page).toHaveURL(/env=5\.6\.1,tarball,x86_64,clang,/);
});

// /embed/ is in the sitemap, whose crawl scans it with axe in both themes; the embeds are not.
for (const path of ['/embed/attack-chain/', '/embed/simulation/']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} has no axe violations in ${scheme} mode`, async ({ page }) => {
      await useScheme(page, scheme);
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('an embed page opened on its own posts nothing and links out in a new tab', async ({
  page,
}) => {
  const posted = await recordInPage<unknown>(page, (note) =>
    window.addEventListener('message', (event) => note(event.data)),
  );
  await page.goto('/embed/attack-chain/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/From the git tag to sshd/);
  await page.waitForTimeout(300);
  expect(await posted()).toEqual([]);
  for (const link of await page.getByRole('link').all())
    await expect(link).toHaveAttribute('target', '_blank');
});
