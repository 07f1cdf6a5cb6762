import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';

// The stage view of the simulation: made for a frame in a slide. It fills the frame with no page
// scroll at projector sizes, grows its type with the frame, stacks on a phone, passes axe, and
// its "change" link opens the full simulation at the same moment.

const STAGE = '/embed/simulation-stage/?step=gates&env=5.6.0';

async function measure(page: import('@playwright/test').Page) {
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  return page.evaluate(() => ({
    overflowY: document.documentElement.scrollHeight - innerHeight,
    overflowX: document.documentElement.scrollWidth - innerWidth,
    rootType: parseFloat(getComputedStyle(document.documentElement).fontSize),
    terminalHeight: document.querySelector('[data-terminal]')!.getBoundingClientRect().height,
  }));
}

for (const { width, height, minType } of [
  { width: 900, height: 470, minType: 14 },
  { width: 1780, height: 640, minType: 20 },
]) {
  test(`at ${width}×${height} (a slide’s frame) the stage view fills the frame without scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(STAGE);
    const m = await measure(page);
    expect(m.overflowY).toBeLessThanOrEqual(0);
    expect(m.overflowX).toBeLessThanOrEqual(0);
    expect(m.rootType).toBeGreaterThanOrEqual(minType);
    expect(m.terminalHeight).toBeGreaterThan(height * 0.35);
    await expect(page.locator('[data-progress-text]')).toContainText('ifunc support is enabled');
  });
}

test('on a phone the stage view stacks its parts and never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(STAGE);
  const m = await measure(page);
  expect(m.overflowX).toBeLessThanOrEqual(0);
  const outcome = await page.locator('xz-sim-outcome').boundingBox();
  const controls = await page.locator('.sim-controls').boundingBox();
  expect(outcome!.y + outcome!.height).toBeLessThanOrEqual(controls!.y);
});

test('“change it in the full simulation” follows the build to the step now shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 600 });
  await page.goto(STAGE);
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-progress-text]')).toHaveText(/^Step 17 of/);
  const here = new URL(page.url());
  expect(here.searchParams.get('step')).not.toBe('gates');
  expect(here.searchParams.get('env')).toMatch(/^5\.6\.0(,|$)/);
  await expect(
    page.getByRole('link', { name: 'change it in the full simulation' }),
  ).toHaveAttribute('href', `/simulation/${here.search}`);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the stage view has no axe violations in ${scheme} mode`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.setViewportSize({ width: 1200, height: 600 });
    await page.goto(STAGE);
    await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });
}
