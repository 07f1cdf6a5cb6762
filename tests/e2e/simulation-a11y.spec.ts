import { expect, test, useScheme } from './fixtures';
import { openSimulation, runToEnd } from './simulation-support';
import { axeViolations } from './support/axe';

// axe walks the whole simulation page (terminal, trees, byte views, defences): on two shared
// cores one scan can take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  test(`/simulation/ has no axe violations in ${scheme} mode, before and after a run`, async ({
    page,
  }) => {
    await useScheme(page, scheme);
    await openSimulation(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await axeViolations(page)).toEqual([]);
    await runToEnd(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`/simulation/ has no axe violations in ${scheme} mode on a step with byte views and a diff`, async ({
    page,
  }) => {
    await useScheme(page, scheme);
    await openSimulation(page, '?step=stage0-tr');
    expect(await axeViolations(page)).toEqual([]);
    await openSimulation(page, '?step=edit-makefile');
    expect(await axeViolations(page)).toEqual([]);
  });
}
