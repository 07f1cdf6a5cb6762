import { expect, test } from './fixtures';
import { expectSlide, slideCount, swipe } from './support/present';

// The deck at /present/ driven the way a speaker drives it: keys, clicker keys, the mouse, a
// finger; with the address naming the slide so a reload resumes the talk.

test.describe('presenter keyboard', () => {
  test('→, Space and Page Down go forward; ←, Page Up and Shift+Space go back', async ({
    page,
  }) => {
    await page.goto('/present/');
    await expect(page.locator('[data-slide="0"]')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.keyboard.press('Space');
    await expectSlide(page, 3);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 4);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 3);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2);
    await page.keyboard.press('Shift+Space');
    await expectSlide(page, 1);
    await expect(page.locator('[data-counter]')).toHaveText('1');
  });

  test('Home and End go to the first and the last slide', async ({ page }) => {
    await page.goto('/present/?slide=5');
    const total = await slideCount(page);
    await page.keyboard.press('End');
    await expectSlide(page, total);
    await expect(page.locator('[data-stage] [data-slide]:visible h2')).toHaveText(
      'Three things to take home',
    );
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
  });

  test('typing 1, 2 and Enter jumps to slide 12, showing the number while it is typed', async ({
    page,
  }) => {
    await page.goto('/present/');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(page.locator('[data-jump]')).toBeVisible();
    await expect(page.locator('[data-digits]')).toHaveText('12');
    await page.keyboard.press('Enter');
    await expectSlide(page, 12);
    await expect(page.locator('[data-jump]')).toBeHidden();
  });

  test('a typed number past the end says so and stays on the slide', async ({ page }) => {
    await page.goto('/present/?slide=3');
    const total = await slideCount(page);
    for (const key of ['9', '9', 'Enter']) await page.keyboard.press(key);
    await expect(page.locator('[data-notice-text]')).toHaveText(
      `There is no slide 99: the deck has slides 1 to ${total}.`,
    );
    await expectSlide(page, 3);
  });

  test('O opens the overview on the current slide; arrows and Enter pick another; Escape closes', async ({
    page,
  }) => {
    await page.goto('/present/?slide=3');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: /\d+ slides in this talk/ });
    await expect(overview).toBeVisible();
    await expect(page.locator('[data-goto="2"]')).toBeFocused();
    await expect(page.locator('[data-goto="2"]')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[aria-current]')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-goto="4"]')).toBeFocused();
    await expectSlide(page, 3); // moving the highlight does not change the slide
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expectSlide(page, 5);

    await page.keyboard.press('O');
    await expect(overview).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expectSlide(page, 5);
  });

  test('the overview moves a whole row with ↓ and opens a slide on click', async ({ page }) => {
    await page.goto('/present/');
    await page.mouse.move(100, 100); // the bar shows while the pointer moves
    await page.getByRole('button', { name: 'Overview' }).click();
    const columns = await page
      .locator('[data-overview-grid]')
      .evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
    expect(columns).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`[data-goto="${columns}"]`)).toBeFocused();
    await page.locator('[data-goto="6"]').click();
    await expectSlide(page, 7);
  });

  test('B blacks the screen out and brings it back; the slide does not change', async ({
    page,
  }) => {
    await page.goto('/present/?slide=4');
    const black = page.locator('[data-black]');
    await expect(black).toBeHidden();
    await page.keyboard.press('b');
    await expect(black).toBeVisible();
    await expect(page.locator('[data-announce]')).toHaveText(/Screen blacked out/);
    await page.keyboard.press('b');
    await expect(black).toBeHidden();
    await page.keyboard.press('.');
    await expect(black).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(black).toBeHidden();
    await expectSlide(page, 4);
  });

  test('? opens the help with the keys and how to present; Escape closes it', async ({ page }) => {
    await page.goto('/present/');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'How to present' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('link', { name: 'speaker view' })).toBeVisible();
    for (const key of ['Page Down', 'Home', 'Enter', 'B', 'O', 'F', 'Esc']) {
      await expect(help.locator('kbd', { hasText: new RegExp(`^${key}$`) }).first()).toBeVisible();
    }
    await page.keyboard.press('ArrowRight'); // arrows do not move slides behind the help
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.locator('[data-slide="0"]')).toBeVisible();
  });

  // Full screen, granted and refused: present-jump-fullscreen.spec.ts.

  test('the Next and Back buttons and a swipe move the deck for mouse and touch users', async ({
    page,
  }) => {
    await page.goto('/present/');
    await page.mouse.move(100, 100); // the bar shows while the pointer moves
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expectSlide(page, 3);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectSlide(page, 2);
    await swipe(page, '[data-stage]', -200);
    await expectSlide(page, 3);
    await swipe(page, '[data-stage]', 200);
    await expectSlide(page, 2);
    await swipe(page, '[data-stage]', 20); // too short to count
    await expectSlide(page, 2);
  });

  test('each slide change is announced once to screen readers', async ({ page }) => {
    await page.goto('/present/');
    await page.keyboard.press('ArrowRight');
    const total = await slideCount(page);
    const title = await page
      .locator('[data-stage] [data-slide]:visible')
      .getAttribute('data-title');
    await expect(page.locator('[data-announce]')).toHaveText(`Slide 2 of ${total}: ${title}`);
  });
});

test.describe('the address names the slide', () => {
  test('a reload resumes on the same slide', async ({ page }) => {
    await page.goto('/present/?slide=7');
    await expectSlide(page, 7);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 8);
    await page.reload();
    await expectSlide(page, 8);
  });

  test('moving through slides adds no history entries, so Back leaves the deck', async ({
    page,
  }) => {
    await page.goto('/');
    await page.goto('/present/');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expectSlide(page, 5);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test('other parameters in the address are kept', async ({ page }) => {
    await page.goto('/present/?from=workshop&slide=2');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?from=workshop&slide=3$/);
  });

  for (const [raw, expected, message] of [
    ['-4', 1, /no slide “-4”/],
    ['0', 1, /no slide “0”/],
    ['999', 'last', /no slide “999”.*ends at slide/],
    ['abc', 1, /“abc” is not a slide number/],
    ['2.5', 1, /“2.5” is not a slide number/],
    ['%3Cb%3Ex%3C%2Fb%3E', 1, /“<b>x<\/b>” is not a slide number/],
  ] as const) {
    test(`?slide=${raw} opens a sane slide with a friendly message`, async ({ page }) => {
      await page.goto(`/present/?slide=${raw}`);
      const total = await slideCount(page);
      const notice = page.locator('[data-notice]');
      await expect(notice).toBeVisible();
      await expect(page.locator('[data-notice-text]')).toHaveText(message);
      await expect(page.locator('[data-notice] b')).toHaveCount(0); // text, never markup
      await expectSlide(page, expected === 'last' ? total : expected);
      // The deck works normally afterwards and the message goes away on the next move.
      await page.keyboard.press(expected === 'last' ? 'ArrowLeft' : 'ArrowRight');
      await expect(notice).toBeHidden();
    });
  }

  test('the message can be dismissed', async ({ page }) => {
    await page.goto('/present/?slide=abc');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('[data-notice]')).toBeHidden();
    await expectSlide(page, 1);
  });
});
