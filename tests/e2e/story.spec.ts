import { expect, test } from './fixtures';

const CHAPTER_ONE = '/story/01-the-half-second/';

test.describe('an inline glossary term', () => {
  test('opens its definition when it gets keyboard focus and closes on Escape', async ({
    page,
  }) => {
    await page.goto(CHAPTER_ONE);
    const term = page.locator('xz-term[data-term="oss-security"]').first();
    const tip = term.locator('[role="tooltip"]');
    await expect(tip).toBeHidden();

    await term.locator('a').focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('A public mailing list');

    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term.locator('a')).toBeFocused();
  });

  test('gives its link the definition as an accessible description', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    const link = page.locator('xz-term[data-term="sshd"] a').first();
    await expect(link).toHaveAccessibleDescription(/server program of OpenSSH/);
  });

  test('opens and closes from its toggle button on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(CHAPTER_ONE);
    const term = page.locator('xz-term[data-term="sshd"]').first();
    const toggle = term.locator('button');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(term.locator('[role="tooltip"]')).toBeVisible();
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await context.close();
  });
});

test.describe('an inline glossary term without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain link to its glossary entry', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    const term = page.locator('xz-term[data-term="sshd"]').first();
    await expect(term.locator('a')).toHaveAttribute('href', /\/glossary\/#sshd$/);
    await expect(term.locator('button')).toBeHidden();
  });
});

test.describe('the half-second figure', () => {
  test('reports 0.299 s on the healthy server and 0.807 s on the backdoored one', async ({
    page,
  }) => {
    await page.goto(CHAPTER_ONE);
    const figure = page.locator('xz-half-second');
    const status = figure.getByRole('status');

    await figure.getByRole('button', { name: /healthy server/ }).click();
    await expect(status).toHaveText('Login refused after 0.299 s on the healthy server.');
    await expect(figure.locator('[data-server="healthy"] [data-result]')).toContainText('0.299 s');

    await figure.getByRole('button', { name: /backdoored server/ }).click();
    await expect(status).toContainText('Login refused after 0.807 s on the backdoored server.');
    await expect(status).toContainText('0.508 s longer');
  });

  test('makes the reader actually wait the measured time', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    const figure = page.locator('xz-half-second');
    const started = Date.now();
    await figure.getByRole('button', { name: /backdoored server/ }).click();
    await expect(figure.getByRole('status')).toContainText('0.807 s');
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
  });

  test('is operable from the keyboard and switches to the sshd -h timings', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    const figure = page.locator('xz-half-second');
    await figure.getByRole('radio', { name: /print its usage/ }).check();
    await figure.getByRole('button', { name: /healthy server/ }).focus();
    await page.keyboard.press('Enter');
    await expect(figure.getByRole('status')).toHaveText(
      'Usage printed after ≈ 0.01 s on the healthy server.',
    );
  });

  test('does not sweep the progress bar when the reader prefers reduced motion', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(CHAPTER_ONE);
    const card = page.locator('xz-half-second [data-server="backdoored"]');
    const fillWidth = () =>
      card.locator('.bar-fill').evaluate((el) => el.getBoundingClientRect().width);
    // Sampled in the page on every frame, state and width together: read one after the other
    // from the test, a slow machine can finish the run in between.
    await card.evaluate((element) => {
      const samples: [string, number][] = [];
      (window as unknown as { samples: typeof samples }).samples = samples;
      const fill = element.querySelector('.bar-fill')!;
      const sample = () => {
        const state = element.getAttribute('data-state') ?? '';
        samples.push([state, fill.getBoundingClientRect().width]);
        if (state !== 'done') requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await card.getByRole('button').click();
    await expect(card).toHaveAttribute('data-state', 'done');
    const samples = await page.evaluate(
      () => (window as unknown as { samples: [string, number][] }).samples,
    );
    const running = samples.filter(([state]) => state === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.map(([, width]) => width)).toEqual(running.map(() => 0));
    expect(await fillWidth()).toBeGreaterThan(0);
  });

  test('points at liblzma only after the backdoored login', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    const figure = page.locator('xz-half-second');
    const finding = figure.locator('[data-profile]');
    await expect(finding).toBeHidden();
    await figure.getByRole('button', { name: /backdoored server/ }).click();
    await expect(finding).toBeVisible();
    await expect(finding).toContainText('liblzma.so.5');
  });
});

test.describe('the half-second figure without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows Freund’s figures as a table with the source', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    const figure = page.locator('figure.half-second');
    const table = figure.getByRole('table');
    await expect(table.getByRole('row', { name: /failing SSH login/ })).toContainText('0.299 s');
    await expect(table.getByRole('row', { name: /failing SSH login/ })).toContainText('0.807 s');
    await expect(figure.getByRole('link', { name: /backdoor in upstream xz/ })).toHaveAttribute(
      'href',
      'https://www.openwall.com/lists/oss-security/2024/03/29/4',
    );
    await expect(figure.getByRole('button')).toHaveCount(0);
  });
});

test.describe('the glossary page', () => {
  test('lists where a term is used, with links back to the chapters', async ({ page }) => {
    await page.goto('/glossary/');
    const entry = page.locator('dt#ifunc + dd');
    const usedIn = entry.locator('[data-used-in]');
    await expect(usedIn).toContainText('Used in');
    await expect(usedIn.getByRole('link', { name: 'The backdoor at run time' })).toHaveAttribute(
      'href',
      /\/story\/05-the-backdoor-at-run-time\/$/,
    );
  });

  test('has a term for every entry, each addressable by its id', async ({ page }) => {
    await page.goto('/glossary/#got');
    await expect(page.locator('dl > div > dt[id]')).toHaveCount(
      await page.locator('dl > div > dd').count(),
    );
    expect(await page.locator('dl > div > dt[id]').count()).toBeGreaterThanOrEqual(30);
    await expect(page.locator('dt#got')).toBeInViewport();
  });
});

test.describe('a chapter page', () => {
  test('links its claims to event pages that carry the sources', async ({ page }) => {
    await page.goto(CHAPTER_ONE);
    await page.locator('[data-event-link="2024-03-29-freund-discloses"]').first().click();
    await expect(page).toHaveURL(/\/events\/2024-03-29-freund-discloses\/$/);
    await expect(
      page.getByRole('link', { name: /backdoor in upstream xz\/liblzma/ }),
    ).toHaveAttribute('href', /openwall\.com/);
  });
});
