import { expect, test } from './fixtures';

// Bad parameters a reader (or a mangled link) can send: each page explains, recovers, and
// throws nothing (the shared fixture fails the test on any uncaught error or console error).
const cases = [
  // Each pattern is the page's own explanation of this input, never a word always on the page.
  {
    path: '/timeline/?event=nope',
    shows: /^There is no event “nope”\. Showing the full timeline\.$/,
  },
  { path: '/simulation/?step=999', shows: /not a step of this simulation/ },
  { path: '/simulation/?env=garbage', shows: /not a known setting/ },
  {
    path: '/present/?slide=-4',
    shows: /^There is no slide “-4”: slides are numbered 1 to \d+\. Showing slide 1\.$/,
  },
];

for (const { path, shows } of cases) {
  test(`${path} shows a friendly message and a working page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByText(shows).first()).toBeVisible();
    await expect(page.locator('h1, h2').first()).toBeVisible();
  });
}

test('an unknown route gets the not-found page with search', async ({ page, watch }) => {
  watch.allowConsole(/status of 404/);
  await page.goto('/events/no-such-event/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('searchbox')).toBeVisible();
});
