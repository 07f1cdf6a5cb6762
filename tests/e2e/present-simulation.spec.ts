import { test, expect } from './fixtures';
import { openSimulation } from './simulation-support';

// The deck's live-simulation slides hand over to /simulation/ at the same step, in the version
// whose numbers the slide quotes.

const STEPS = [
  { slide: 'simulation-stage-0', step: 'stage-0', opens: 'Find the carrier file by its marker lines' },
  { slide: 'simulation-stage-1', step: 'stage-1', opens: 'Decompress good-large_compressed.lzma' },
  { slide: 'simulation-gates', step: 'gates', opens: 'ifunc support is enabled' },
  { slide: 'simulation-stage-2-make', step: 'stage-2-make', opens: 'Linking liblzma.la re-runs stages 0, 1 and 2' },
  { slide: 'simulation-git-tag', step: 'git-tag', opens: 'The git tag v5.6.0' },
];

for (const { slide, step, opens } of STEPS) {
  test(`the “${step}” slide opens the simulation at that step in XZ Utils 5.6.0`, async ({ page }) => {
    await page.goto('/present/');
    const index = Number(await page.locator(`#${slide}`).getAttribute('data-slide'));
    await page.goto(`/present/?slide=${index + 1}`);
    await page.locator(`#${slide}`).getByRole('link', { name: 'Run this step in the simulation' }).click();
    await expect(page).toHaveURL(new RegExp(`/simulation/\\?step=${step}&env=5\\.6\\.0$`));
    await openSimulation(page, `?step=${step}&env=5.6.0`);
    await expect(page.getByLabel('Version', { exact: true })).toHaveValue('5.6.0');
    await expect(page.locator('[data-steplist] button[aria-current="step"]')).toContainText(opens);
  });
}
