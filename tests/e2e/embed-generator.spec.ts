import { expect, test } from './fixtures';

test.describe('the embed generator', () => {
  test('builds the timeline embed a blogger picked — event, lane, theme — and that address opens as chosen', async ({
    page,
  }) => {
    await page.goto('/embed/');
    const generator = page.locator('xz-embed-snippet[data-id="timeline"]');
    const picker = generator.locator('select[data-event]');
    await picker.focus();
    // The events arrive on first focus: then the picker offers more than "no event open".
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(50);
    const eventId = await picker.locator('option').nth(1).getAttribute('value');
    expect(eventId).toMatch(/^\d{4}-/);
    await picker.selectOption(eventId!);
    await generator.locator('select[data-lane]').selectOption({ index: 1 });
    const lane = await generator.locator('select[data-lane]').inputValue();
    await generator.getByRole('radio', { name: 'Dark' }).check();

    const code = await generator.locator('textarea').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1];
    expect(src, 'the code holds one frame address').toBeTruthy();
    const address = new URL(src!.replaceAll('&amp;', '&'));
    expect(address.pathname).toBe('/embed/timeline/');
    expect(address.searchParams.get('event')).toBe(eventId);
    expect(address.searchParams.get('lane')).toBe(lane);
    expect(address.searchParams.get('theme')).toBe('dark');

    // "Follow the reader" takes the theme back out of the address.
    await generator.getByRole('radio', { name: 'Follow the reader' }).check();
    await expect(generator.locator('textarea')).not.toHaveValue(/theme=/);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(address.pathname + address.search);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page).toHaveURL(new RegExp(`event=${eventId}`));
  });
});
