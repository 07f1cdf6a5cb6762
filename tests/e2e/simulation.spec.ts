import { expect, test } from './fixtures';
import { choose, openSimulation, runToEnd, terminal } from './simulation-support';

test.describe('the build simulation', () => {
  test('says plainly that it runs on harmless stand-in bytes, and links the primary analyses', async ({
    page,
  }) => {
    await openSimulation(page);
    await expect(
      page.getByText(
        'Simulation — harmless stand-in bytes; real file names, commands and structure',
      ),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Andres Freund, oss-security/ }).first(),
    ).toHaveAttribute('href', 'https://www.openwall.com/lists/oss-security/2024/03/29/4');
  });

  test('the default build (tarball, x86_64, gcc + GNU ld, Debian) yields a backdoored liblzma', async ({
    page,
  }) => {
    await openSimulation(page);
    const status = await runToEnd(page);
    await expect(status).toHaveAttribute('data-verdict', 'backdoored');
    await expect(status).toContainText('liblzma.so.5.6.1: backdoored');
    await expect(status).toContainText('Recompile crc64_fast.c and merge the object into it');
    const digests = await status.locator('dd').allTextContents();
    expect(digests).toHaveLength(2);
    for (const digest of digests) expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digests[0]).not.toBe(digests[1]);
  });

  const cleanBuilds = [
    {
      name: 'a build from the git tag yields a clean liblzma',
      label: 'Source',
      value: 'git',
      decided: './configure',
    },
    {
      name: 'an aarch64 build yields a clean liblzma',
      label: 'Architecture',
      value: 'aarch64',
      decided: 'Recompile crc64_fast.c',
    },
    {
      name: 'a clang build yields a clean liblzma',
      label: 'Compiler',
      value: 'clang',
      decided: 'The compiler is gcc',
    },
    {
      name: 'a plain ./configure yields a clean liblzma',
      label: 'Package build',
      value: 'plain',
      decided: 'Debian or x86-64 RPM package build',
    },
  ];
  for (const build of cleanBuilds) {
    test(build.name, async ({ page }) => {
      await openSimulation(page);
      await choose(page, build.label, build.value);
      const status = await runToEnd(page);
      await expect(status).toHaveAttribute('data-verdict', 'clean');
      await expect(status).toContainText(build.decided);
    });
  }

  test('5.6.0 and 5.6.1 show their own constants', async ({ page }) => {
    await openSimulation(page);
    await runToEnd(page);
    await expect(terminal(page)).toContainText('tail -c +31233');
    await expect(terminal(page)).toContainText('head -c +939)');
    await choose(page, 'Version', '5.6.0');
    await runToEnd(page);
    await expect(terminal(page)).toContainText('tail -c +31265');
    await expect(terminal(page)).toContainText('head -c +724)');
    await expect(terminal(page)).toContainText('W=88792');
    await expect(terminal(page)).not.toContainText('uname');
  });

  test('make check passes either way', async ({ page }) => {
    for (const source of ['tarball', 'git']) {
      await openSimulation(page);
      await choose(page, 'Source', source);
      await runToEnd(page);
      await expect(terminal(page)).toContainText('# FAIL:  0');
    }
  });

  test('Step, Back and Reset move through the build and are announced', async ({ page }) => {
    await openSimulation(page);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.locator('[data-progress-text]')).toHaveText(/^Step 2 of \d+: make dist/);
    await expect(page.locator('[data-announce]')).toHaveText(
      /^Step 2 of \d+: make dist on the maintainer’s machine/,
    );
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('[data-announce]')).toHaveText(
      /^Step 1 of \d+: The git tag v5\.6\.1/,
    );
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.locator('[data-progress-text]')).toHaveText(/^Ready: \d+ steps/);
  });

  test('is operable from the keyboard alone', async ({ page }) => {
    await openSimulation(page);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-announce]')).toHaveText(/^Step 2 of/);
    await terminal(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-announce]')).toHaveText(/^Step 3 of/);
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[data-announce]')).toHaveText(/^Step 2 of/);
    await page.getByLabel('Compiler', { exact: true }).focus();
    await page.keyboard.press('ArrowDown'); // a select changes with arrow keys
    await expect(page).toHaveURL(/env=[^&]*clang/);
  });

  test('Run plays on its own and can be paused', async ({ page }) => {
    await openSimulation(page);
    await page.getByLabel('Speed').selectOption('fast');
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await run.click();
    // Run stops at the end of the first phase (two steps), and carries on when pressed again.
    await expect(page.locator('[data-announce]')).toHaveText(/^Step 2 of/, { timeout: 20_000 });
    await expect(run).toBeVisible({ timeout: 20_000 });
    await run.click();
    await expect(page.locator('[data-announce]')).toHaveText(/^Step 3 of/);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = await page.locator('[data-announce]').textContent();
    await page.waitForTimeout(800);
    await expect(page.locator('[data-announce]')).toHaveText(paused!);
  });

  test('the URL follows the step and the environment, and a link reopens that moment', async ({
    page,
  }) => {
    await openSimulation(page);
    await choose(page, 'Compiler', 'clang');
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page).toHaveURL(
      /\?step=get-source&env=5\.6\.1,tarball,x86_64,clang,gnu-ld,deb,shared,ifunc$/,
    );
    await openSimulation(
      page,
      '?step=gate-compiler&env=5.6.1,tarball,x86_64,clang,gnu-ld,deb,shared,ifunc',
    );
    await expect(page.locator('.sim-detail h3')).toHaveText('The compiler is gcc');
    await expect(page.locator('.sim-detail')).toContainText('Check failed — the attack stops here');
    await expect(page.getByLabel('Compiler', { exact: true })).toHaveValue('clang');
  });

  test('an invalid ?env= falls back to the default build with a message', async ({ page }) => {
    await openSimulation(page, '?env=x86_64,sparc64');
    await expect(page.locator('[data-notice]')).toContainText('“sparc64” is not a known setting');
    await expect(page.getByLabel('Architecture', { exact: true })).toHaveValue('x86_64');
    await expect(await runToEnd(page)).toHaveAttribute('data-verdict', 'backdoored');
  });

  test('an invalid ?step= falls back with a message', async ({ page }) => {
    await openSimulation(page, '?step=%3Cscript%3E');
    await expect(page.locator('[data-notice]')).toContainText('is not a step name');
    await expect(page.locator('[data-progress-text]')).toHaveText(/^Ready: \d+ steps/);
  });

  test('a step this build never reaches opens the step where its chain ended, with a message', async ({
    page,
  }) => {
    await openSimulation(page, '?step=merge-object&env=clang');
    await expect(page.locator('[data-notice]')).toContainText('does not happen in this build');
    await expect(page.locator('.sim-detail h3')).toHaveText('The compiler is gcc');
  });

  test('the panes show the trigger only in the tarball, and the carriers in both', async ({
    page,
  }) => {
    await openSimulation(page);
    const cell = (side: string, path: string) =>
      page.locator(`td[data-side="${side}"][data-path="${path}"]`);
    await expect(cell('git', 'm4/build-to-host.m4')).toHaveCount(0);
    await expect(cell('tarball', 'm4/build-to-host.m4')).toContainText('tarball-only, modified');
    await expect(cell('tarball', 'm4/build-to-host.m4')).toContainText('serial 30');
    for (const side of ['git', 'tarball'])
      await expect(cell(side, 'tests/files/bad-3-corrupt_lzma2.xz')).toContainText(
        'binary test file',
      );
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])
    test(`the git and tarball trees keep each file on one row at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openSimulation(page);
      const rows = page.locator('.sim-aligned-table tbody tr');
      // The trigger's row: an empty git cell beside the tarball's file, at the same height.
      const trigger = page.locator('tr[data-row="m4/build-to-host.m4"]');
      await expect(trigger.locator('td[data-side="git"]')).toHaveClass(/sim-cell-empty/);
      const [gitBox, tarballBox] = await Promise.all(
        ['git', 'tarball'].map((side) => trigger.locator(`td[data-side="${side}"]`).boundingBox()),
      );
      expect(gitBox!.y).toBe(tarballBox!.y);
      expect(gitBox!.height).toBe(tarballBox!.height);
      // Every row that names a file on both sides names the same file.
      const mismatched = await rows.evaluateAll(
        (trs) =>
          trs.filter((tr) => {
            const paths = [...tr.querySelectorAll('td[data-path]')].map((td) =>
              td.getAttribute('data-path'),
            );
            return paths.length === 2 && paths[0] !== paths[1];
          }).length,
      );
      expect(mismatched).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
    });

  test('the build pane fills in and ends with the artifact digest', async ({ page }) => {
    await openSimulation(page);
    await runToEnd(page);
    const build = page.locator('[data-pane="build"]');
    await expect(build.locator('li[data-path="src/liblzma/.libs/liblzma.so.5.6.1"]')).toContainText(
      /sha256 [0-9a-f]{64}/,
    );
    await expect(
      build.locator('li[data-path="src/liblzma/liblzma_la-crc64-fast.o"]'),
    ).toContainText('deleted');
  });

  test('the artifact diff shows what differs between the git build and this one', async ({
    page,
  }) => {
    await openSimulation(page);
    await runToEnd(page);
    const diff = page.locator('xz-sim-artifact-diff');
    await expect(diff).toContainText('crc64_resolve() calls _is_arch_extension_supported()');
    await expect(diff).toContainText('-fno-lto');
  });

  test('the file-list check misses it; a content diff of m4 catches it', async ({ page }) => {
    await openSimulation(page);
    const defences = page.locator('xz-sim-defences');
    await defences.getByLabel('Tarball-vs-git file-list check').check();
    await expect(defences).toContainText('Misses it');
    await expect(defences).toContainText('The chain is not broken');
    await defences.getByLabel('Content diff of m4 files against upstream').check();
    await expect(defences).toContainText('Catches it before the build');
    await expect(defences.locator('.sim-chain [data-state="break"]')).toContainText(
      'Distro imports the tarball',
    );
    await defences.getByLabel('No binary test files in git').check();
    await expect(defences).toContainText('no file in the tree has a marker line');
  });

  test('reproducible builds miss it; a tarball build against a git build catches it; an sshd without libsystemd stops it at run time', async ({
    page,
  }) => {
    await openSimulation(page);
    const defences = page.locator('xz-sim-defences');
    await defences.getByLabel('Bit-for-bit reproducible builds').check();
    await expect(defences).toContainText('Misses it: the same tarball reproduces the same');
    await expect(defences).toContainText('The chain is not broken');
    await defences.getByLabel('Compare a tarball build with a build bootstrapped from git').check();
    await expect(defences).toContainText('Catches it: the library built from the tarball differs');
    await expect(defences).toContainText('different: something in the tarball changed the build');
    await defences.getByLabel('sshd does not link libsystemd').check();
    await expect(defences).toContainText('Stops this attack at run time');
    await expect(defences.locator('.sim-chain [data-state="break"]').first()).toBeVisible();
  });

  test('a claim link switches the build in place', async ({ page }) => {
    await openSimulation(page);
    await page.getByRole('link', { name: 'clang is clean.' }).click();
    await expect(page).toHaveURL(/step=gate-compiler/);
    await expect(page.getByLabel('Compiler', { exact: true })).toHaveValue('clang');
    await expect(page.locator('.sim-detail h3')).toHaveText('The compiler is gcc');
  });

  test('chapter links by alias land on a step or a section', async ({ page }) => {
    await openSimulation(page, '?step=stage-0');
    await expect(page.locator('.sim-detail h3')).toHaveText(
      'Find the carrier file by its marker lines',
    );
    await expect(page.locator('[data-notice]')).toBeHidden();
    await openSimulation(page, '?step=defences');
    await expect(
      page.getByRole('heading', { name: 'Which defence would have caught it?' }),
    ).toBeInViewport();
    await expect(page.locator('[data-notice]')).toBeHidden();
  });
});

test.describe('the simulation on small and projected screens', () => {
  for (const viewport of [
    { width: 320, height: 700 },
    { width: 1024, height: 768 },
  ]) {
    test(`has no horizontal scrolling at ${viewport.width}×${viewport.height}, before and after a run`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openSimulation(page);
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      expect(await overflow()).toBeLessThanOrEqual(0);
      await runToEnd(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }

  test('runs with reduced motion: Step and Run (timed, not instant) advance through the steps', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSimulation(page);
    const progress = page.locator('[data-progress-text]');
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.click();
    await expect(progress).toHaveText(/^Step 1 of \d+: /);
    await step.click();
    await expect(progress).toHaveText(/^Step 2 of \d+: /);
    await expect(terminal(page).locator('[data-step-id]')).toHaveCount(2);
    // Run at a timed (not instant) speed moves on by itself, step after step.
    await page.getByLabel('Speed').selectOption('fast');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const stepNumber = async () =>
      Number(/^Step (\d+) of/.exec((await progress.textContent()) ?? '')?.[1]);
    await expect.poll(stepNumber).toBeGreaterThan(2);
  });
});
