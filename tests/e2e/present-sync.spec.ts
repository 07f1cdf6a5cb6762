import { expect, test } from './fixtures';
import { watchConsole } from './support/console-watch';
import { expectNotesAt, expectSlide, slideCount } from './support/present';

// The deck and the speaker view open in two windows of one browser: either one moves both.

test.describe('deck and speaker view', () => {
  test('stay on the same slide whichever window moves', async ({ page, context }) => {
    await page.goto('/present/?slide=2');
    const notes = await context.newPage();
    const problems = watchConsole(notes);
    await notes.goto('/present/notes/');
    // The speaker view asks, the deck answers with its slide.
    await expect(notes.locator('[data-link-status]')).toHaveText(/Linked to the deck window/);
    await expectNotesAt(notes, 2);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 4);
    await expectNotesAt(notes, 4);
    await expect(notes).toHaveURL(/[?&]slide=4$/);

    await notes.keyboard.press('ArrowRight');
    await expectNotesAt(notes, 5);
    await expectSlide(page, 5);

    for (const key of ['1', '0', 'Enter']) await notes.keyboard.press(key);
    await expectSlide(page, 10);
    await expectNotesAt(notes, 10);

    await notes.getByRole('button', { name: 'Back' }).click();
    await expectSlide(page, 9);

    await page.keyboard.press('End');
    const total = await slideCount(page);
    await expectNotesAt(notes, total);
    await expect(notes.locator('[data-next-title]')).toHaveText('This is the last slide.');
    expect(problems).toEqual([]);
  });

  test('share the black screen', async ({ page, context }) => {
    await page.goto('/present/');
    const notes = await context.newPage();
    const problems = watchConsole(notes);
    await notes.goto('/present/notes/');
    await expect(notes.locator('[data-link-status]')).toHaveText(/Linked/);
    const blackButton = notes.getByRole('button', { name: 'Black screen' });

    await blackButton.click();
    await expect(page.locator('[data-black]')).toBeVisible();
    await expect(blackButton).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('b');
    await expect(page.locator('[data-black]')).toBeHidden();
    await expect(blackButton).toHaveAttribute('aria-pressed', 'false');
    await notes.keyboard.press('b');
    await expect(page.locator('[data-black]')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a deck opened after the speaker view takes over its own slide and the view follows', async ({
    page,
    context,
  }) => {
    await page.goto('/present/notes/?slide=3');
    await expect(page.locator('[data-link-status]')).toHaveText(/Waiting for the deck/);
    const deck = await context.newPage();
    const problems = watchConsole(deck);
    await deck.goto('/present/?slide=6');
    await expectNotesAt(page, 6);
    await expect(page.locator('[data-link-status]')).toHaveText(/Linked/);
    expect(problems).toEqual([]);
  });

  test('the speaker view previews the next slide and links to the deck at the current slide', async ({
    page,
  }) => {
    // The "all" cut keeps the deck's own order, so the third slide is the third article.
    await page.goto('/present/notes/?cut=all&slide=2');
    const deckTitle = await page.locator('[data-notes="2"]').getAttribute('data-title');
    await expect(page.locator('[data-next-title]')).toHaveText(`3. ${deckTitle}`);
    await expect(page.locator('[data-next-lead]')).not.toBeEmpty();
    await expect(page.locator('[data-thumb] [data-slide]:visible')).toHaveAttribute(
      'data-slide',
      '2',
    );
    await expect(page.getByRole('link', { name: 'Open the deck' })).toHaveAttribute(
      'href',
      /\/present\/\?cut=all&slide=2$/,
    );
    await expect(page.locator('[data-notes="1"] .notes__text').first()).not.toBeEmpty();
  });

  test('ignore malformed messages and flag a deck from another version of the site', async ({
    page,
    context,
  }) => {
    await page.goto('/present/notes/?slide=3');
    const sender = await context.newPage();
    await sender.goto('/present/notes/'); // same origin, so it can post on the channel
    await sender.evaluate(() => {
      const channel = new BroadcastChannel('xz-present:/');
      const base = { app: 'xz-present', v: 2, type: 'state', from: 'deck', black: false, cut: '' };
      channel.postMessage('next');
      channel.postMessage({
        ...base,
        slide: 0,
        total: document.querySelectorAll('[data-notes]').length,
      });
      channel.postMessage({
        ...base,
        slide: '7',
        total: document.querySelectorAll('[data-notes]').length,
      });
      channel.postMessage({ ...base, slide: 1, total: 9999 });
      channel.close();
    });
    await expect(page.locator('[data-link-status]')).toHaveText(/different versions of the site/);
    await expectNotesAt(page, 3);
  });
});

test.describe('a chosen cut', () => {
  test('the speaker view follows the deck’s cut and its slides within it', async ({
    page,
    context,
  }) => {
    await page.goto('/present/?cut=10&slide=2');
    const notes = await context.newPage();
    await notes.goto('/present/notes/');
    await expectNotesAt(notes, 2);
    await expect(notes.locator('[data-position]')).toHaveText('Slide 2 of 9');
    await expect(notes).toHaveURL(/[?&]cut=10(?:&|$)/);
    await notes.keyboard.press('End');
    await expectSlide(page, 9);
    await expect(page.locator('[data-stage] [data-slide]:visible')).toHaveAttribute(
      'data-slide-id',
      'closing',
    );
    await expect(notes.locator('[data-notes]:visible')).toHaveAttribute('data-slide-id', 'closing');
  });
});

test.describe('speaker view on its own', () => {
  test('the timer starts, pauses, resumes and resets', async ({ page }) => {
    await page.clock.install();
    await page.goto('/present/notes/');
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText('0:00');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.clock.runFor(61_000);
    await expect(timer).toHaveText('1:01');
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await expect(page.locator('[data-announce]')).toHaveText('Timer paused at 1 minute 1 second.');
    await page.clock.runFor(30_000);
    await expect(timer).toHaveText('1:01');
    await page.getByRole('button', { name: 'Resume timer' }).click();
    await page.clock.runFor(5_000);
    await expect(timer).toHaveText('1:06');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(timer).toHaveText('0:00');
  });

  test('the timer starts by itself when the talk moves', async ({ page }) => {
    await page.clock.install();
    await page.goto('/present/notes/');
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(3_000);
    await expect(page.getByRole('timer')).toHaveText('0:03');
    await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  });

  test('keys move the notes and a bad ?slide= gets a message', async ({ page }) => {
    await page.goto('/present/notes/?slide=abc');
    await expect(page.locator('[data-link-status]')).toHaveText(/“abc” is not a slide number/);
    await expectNotesAt(page, 1);
    await page.keyboard.press('End');
    await expectNotesAt(page, 20);
    await page.keyboard.press('Home');
    await expectNotesAt(page, 1);
  });

  test('says plainly when the browser cannot link windows, and still works alone', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // @ts-expect-error: simulating a browser without BroadcastChannel
      delete window.BroadcastChannel;
    });
    await page.goto('/present/notes/?slide=2');
    await expect(page.locator('[data-link-status]')).toHaveText(/cannot link two windows/);
    await page.keyboard.press('ArrowRight');
    await expectNotesAt(page, 3);
  });

  test('the deck works alone where BroadcastChannel is missing', async ({ page }) => {
    await page.addInitScript(() => {
      // @ts-expect-error: simulating a browser without BroadcastChannel
      delete window.BroadcastChannel;
    });
    await page.goto('/present/');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
  });
});
