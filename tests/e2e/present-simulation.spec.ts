import type { FrameLocator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { openSimulation } from './simulation-support';
import { expectSlide } from './support/present';

// The deck's five build-step slides run the simulation live, in a frame, at the step the slide is
// about and in XZ Utils 5.6.0 (the version whose numbers the speaker notes quote); the deck's keys
// keep working while the frame has focus; the slide itself carries no link the room cannot click.

const STEPS = [
  {
    slide: 'simulation-stage-0',
    step: 'stage-0',
    env: '5.6.0',
    opens: 'Find the carrier file by its marker lines',
  },
  {
    slide: 'simulation-stage-1',
    step: 'stage-1',
    env: '5.6.0',
    opens: 'Decompress good-large_compressed.lzma',
  },
  { slide: 'simulation-gates', step: 'gates', env: '5.6.0', opens: 'ifunc support is enabled' },
  {
    slide: 'simulation-stage-2-make',
    step: 'stage-2-make',
    env: '5.6.0',
    opens: 'Linking liblzma.la re-runs stages 0, 1 and 2',
  },
  // The last slide builds from a checkout of the tag: Run there ends with a clean library.
  { slide: 'simulation-git-tag', step: 'git-tag', env: '5.6.0,git', opens: 'The git tag v5.6.0' },
];

/** Opens the deck on a slide by its id and returns its 1-based number (in the "all" cut, the page order). */
async function openSlide(page: Page, id: string): Promise<number> {
  await page.goto('/present/?cut=all');
  const n = Number(await page.locator(`#${id}`).getAttribute('data-slide')) + 1;
  await page.goto(`/present/?cut=all&slide=${n}`);
  await expectSlide(page, n);
  return n;
}

const liveFrame = (page: Page, id: string) => page.frameLocator(`#${id} iframe`);

for (const { slide, step, env, opens } of STEPS) {
  test(`the “${step}” slide runs the simulation live at that step (env ${env}), and the full page opens there`, async ({
    page,
  }) => {
    await openSlide(page, slide);
    const frame = liveFrame(page, slide);
    await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
    await expect(frame.locator('[data-progress-text]')).toContainText(opens);
    await expect(frame.locator('[data-env-summary]')).toContainText('xz 5.6.0');

    await expect(page.locator(`#${slide} a`)).toHaveCount(0);
    await openSimulation(page, `?step=${step}&env=${env}`);
    await expect(page.getByLabel('Version', { exact: true })).toHaveValue('5.6.0');
    await expect(page.locator('[data-steplist] button[aria-current="step"]')).toContainText(opens);
  });
}

test('Run on the git-tag slide builds from the tag and ends with a clean liblzma', async ({
  page,
}) => {
  await openSlide(page, 'simulation-git-tag');
  const frame = liveFrame(page, 'simulation-git-tag');
  await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  await frame.getByLabel('Speed').selectOption('instant');
  await frame.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(frame.locator('xz-sim-outcome [role="status"]')).toHaveAttribute(
    'data-verdict',
    'clean',
  );
});

test('the frames load only when their slide is shown or next, so opening the deck loads none', async ({
  page,
}) => {
  const first = STEPS[0]!.slide;
  const n = await openSlide(page, first);
  await page.goto('/present/?cut=all');
  await expect(page.locator('iframe[src]')).toHaveCount(0);
  await page.goto(`/present/?cut=all&slide=${n - 1}`);
  await expect(page.locator(`#${first} iframe`)).toHaveAttribute(
    'src',
    /\/embed\/simulation-stage\/\?step=stage-0&env=5\.6\.0$/,
  );
  await expect(page.locator('iframe[src]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('iframe[src]')).toHaveCount(2);
});

/** The step the slide's frame shows now ("Step 6 of 49: …" → 6). */
async function stepNumber(frame: FrameLocator): Promise<number> {
  const text = await frame.locator('[data-progress-text]').textContent();
  return Number(/^Step (\d+) of/.exec(text ?? '')?.[1]);
}
const stepText = (step: number) => new RegExp(`^Step ${step} of \\d+`);

test('after Step inside the frame, → turns the slide and ← comes back to the same moment of the build', async ({
  page,
}) => {
  const { slide } = STEPS[0]!;
  const n = await openSlide(page, slide);
  const frame = liveFrame(page, slide);
  await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  const start = await stepNumber(frame);
  await frame.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(frame.locator('[data-progress-text]')).toHaveText(stepText(start + 1));

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, n + 1);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, n);
  await expect(frame.locator('[data-progress-text]')).toHaveText(stepText(start + 1));
});

test('keys the simulation uses itself stay with it: the terminal’s → steps the build, not the deck', async ({
  page,
}) => {
  const { slide } = STEPS[0]!;
  const n = await openSlide(page, slide);
  const frame = liveFrame(page, slide);
  await expect(frame.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
  const start = await stepNumber(frame);
  await frame.getByRole('log', { name: /Terminal/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-progress-text]')).toHaveText(stepText(start + 1));
  await expectSlide(page, n);
  // Space on a focused button inside the frame presses it and leaves the slide alone.
  await frame.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press(' ');
  await expect(frame.locator('[data-progress-text]')).toHaveText(stepText(start + 2));
  await expectSlide(page, n);
  // B from inside the frame still blacks out the screen.
  await page.keyboard.press('b');
  await expect(page.locator('[data-black]')).toBeVisible();
});

test('the speaker view carries a build step’s talking points, since the slide shows the simulation', async ({
  page,
}) => {
  const n = await openSlide(page, 'simulation-stage-1');
  await page.goto(`/present/notes/?cut=all&slide=${n}`);
  await expect(page.locator(`[data-notes="${n - 1}"]`)).toContainText(
    'tail -c +31265 drops the first 31,264',
  );
  await expect(page.locator(`[data-notes="${n - 1}"]`)).toContainText(
    'The command: xz -dc good-large_compressed.lzma',
  );
});
