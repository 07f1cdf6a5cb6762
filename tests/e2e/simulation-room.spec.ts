import type { Page } from '@playwright/test';

import { expect as baseExpect, test } from './fixtures';
import { choose, openSimulation, runToEnd, terminal } from './simulation-support';

// The shared build machine can be slow: give each expectation room to settle.
const expect = baseExpect.configure({ timeout: 20_000 });

// The simulation in front of a room, in a blog post and against odd links: the run-time phase
// and its switches, robust links, focus that stays put, a pace people can read, and frames that
// neither clip nor grow.

const notice = (page: Page) => page.locator('[data-notice]');
const progress = (page: Page) => page.locator('[data-progress-text]');

test.describe('run time', () => {
  test('the default build ends hooked inside sshd, with next moves one click away', async ({
    page,
  }) => {
    await openSimulation(page);
    const status = await runToEnd(page);
    await expect(status).toContainText('In sshd: hooked');
    await status.getByRole('link', { name: 'Build the same machine from the git tag' }).click();
    await expect(page).toHaveURL(/env=5\.6\.1,git,/);
    await expect(await runToEnd(page)).toHaveAttribute('data-verdict', 'clean');
    await expect(
      page
        .locator('xz-sim-outcome')
        .getByRole('link', { name: 'Which defence would have caught it?' }),
    ).toHaveAttribute('href', '#sim-defences-title');
  });

  const breakers = [
    { label: 'sshd (run time)', value: 'sshd-upstream', stops: 'does not link libsystemd' },
    { label: 'libsystemd (run time)', value: 'systemd-dlopen', stops: 'no longer links liblzma' },
  ];
  for (const { label, value, stops } of breakers) {
    test(`“${label}: ${value}” leaves the library backdoored but sshd unhooked`, async ({
      page,
    }) => {
      await openSimulation(page);
      await choose(page, label, value);
      const status = await runToEnd(page);
      await expect(status).toHaveAttribute('data-verdict', 'backdoored');
      await expect(status).toContainText('In sshd: not hooked');
      await expect(terminal(page)).toContainText(stops);
    });
  }

  test('LD_BIND_NOT=1 stops the hook', async ({ page }) => {
    await openSimulation(page, '?env=bind-not&step=runtime-hook');
    await expect(page.locator('.sim-detail')).toContainText('Check failed — the attack stops here');
    await expect(page.getByLabel('LD_BIND_NOT=1 for sshd (run time)')).toBeChecked();
  });

  test('the Debian build shows dh running autoreconf -f -i', async ({ page }) => {
    await openSimulation(page, '?step=autoreconf');
    await expect(page.locator('.sim-detail h3')).toHaveText(
      'dh runs autoreconf -f -i — and the trigger survives',
    );
    await expect(page.locator('.sim-detail')).toContainText('Guillem Jover');
  });
});

test.describe('robustness', () => {
  for (const name of ['constructor', 'toString', '__proto__']) {
    test(`?step=${name} is not taken for a section or an alias`, async ({ page }) => {
      await openSimulation(page, `?step=${name}`);
      // Either the name's form or its absence from the trace is reported; neither opens a section.
      await expect(notice(page)).toContainText(/is not a step (name|of this simulation)/);
      await expect(progress(page)).toHaveText(/^Ready: \d+ steps/);
    });
  }

  test('?step=999&env=garbage shows both notices', async ({ page }) => {
    await openSimulation(page, '?step=999&env=garbage');
    await expect(notice(page)).toContainText('“garbage” is not a known setting');
    await expect(notice(page)).toContainText('“999” is not a step of this simulation');
  });

  test('focus stays on a control when the focused button becomes disabled', async ({ page }) => {
    await openSimulation(page, '?step=runtime-trigger');
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(step).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeFocused();
    const reset = page.getByRole('button', { name: 'Reset', exact: true });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(reset).toBeDisabled();
    await expect(step).toBeFocused();
  });

  test('the terminal takes End as well as Home and the arrows', async ({ page }) => {
    await openSimulation(page);
    await terminal(page).focus();
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText(/Result: backdoored$/);
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveText(/^Ready/);
  });

  test('changing the build machine mid-run says that playback paused', async ({ page }) => {
    await openSimulation(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await choose(page, 'Compiler', 'clang');
    await expect(notice(page)).toContainText('Paused: the build machine changed');
  });
});

test.describe('pace', () => {
  test('Run stops at the end of a phase; Run again carries on', async ({ page }) => {
    await openSimulation(page);
    await page.getByLabel('Speed').selectOption('fast');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    // The release phase has two steps; Run stops on the second and waits.
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible({
      timeout: 20_000,
    });
    await expect(progress(page)).toHaveText(/^Step 2 of \d+: make dist/);
  });

  test('at 1280×720 the files a step touches sit beside the terminal', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSimulation(page, '?step=edit-makefile');
    await terminal(page).scrollIntoViewIfNeeded();
    const term = (await terminal(page).boundingBox())!;
    const facts = (await page.locator('.sim-detail .sim-facts').boundingBox())!;
    expect(facts.x).toBeGreaterThan(term.x + term.width - 1);
    expect(facts.y).toBeGreaterThanOrEqual(0);
    expect(facts.y + facts.height).toBeLessThanOrEqual(720);
  });

  test('the object stand-in is shown as a short, labelled excerpt', async ({ page }) => {
    await openSimulation(page, '?step=extract-head');
    await expect(page.locator('.sim-detail figcaption')).toContainText('excerpt: the first');
    const shown = await page.locator('.sim-detail .sim-textview').textContent();
    expect(shown!.length).toBeLessThan(600);
  });
});

/** Everything visible in a frame: no text is pushed past its right or bottom edge. */
async function clipped(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1)
      out.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
    for (const el of document.querySelectorAll<HTMLElement>(
      '.sim-env-summary, .sim-controls, .sim-progress, .sim-phases, .sim-terminal, .sim-detail',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
        out.push(`${el.className} ends at ${Math.round(r.right)}×${Math.round(r.bottom)}`);
    }
    return out;
  });
}

for (const { width, height } of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`the stage view at ${width}×${height}: one step counter, no pending card, nothing cut off`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/embed/simulation-stage/?step=runtime-trigger&env=5.6.0');
    await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByText('Not built yet')).toBeHidden();
    await expect(page.locator('[data-progress-text]')).toHaveText(/^Step \d+ of \d+/);
    await expect(page.locator('.sim-detail')).not.toContainText(/step \d+ of \d+/i);
    expect(await clipped(page)).toEqual([]);
  });
}

test('a deck slide with the live simulation fits 1024×768 with no clipped text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/?cut=all');
  const n = Number(await page.locator('#simulation-gates').getAttribute('data-slide')) + 1;
  await page.goto(`/present/?cut=all&slide=${n}`);
  const frame = page.frameLocator('#simulation-gates iframe');
  await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  const inner = page.frames().find((f) => f.url().includes('/embed/simulation-stage/'))!;
  expect(await clipped(inner as unknown as Page)).toEqual([]);
  await expect(frame.locator('[data-progress-text]')).toHaveText(/^Step \d+ of \d+/);
  await expect(frame.locator('.sim-detail')).not.toContainText(/step \d+ of \d+/i);
  await expect(page.locator('#simulation-gates .slide__kicker')).not.toContainText(/step \d+ of/i);
});

test.describe('the embed a blogger can use', () => {
  for (const { width, cap } of [
    { width: 760, cap: 1000 },
    { width: 375, cap: 1400 },
  ]) {
    test(`at ${width} px its height stays under ${cap} px however far it is stepped`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/embed/simulation/');
      await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const before = await height();
      const step = page.getByRole('button', { name: 'Step', exact: true });
      for (let i = 0; i < 8; i++) await step.click();
      const after = await height();
      expect(after).toBeLessThanOrEqual(cap);
      expect(after - before).toBeLessThan(120);
      await expect(
        page.getByRole('link', { name: 'which defence would have caught it' }),
      ).toHaveAttribute('target', '_blank');
    });
  }
});
