import { expect, test } from './fixtures';
import { embeddedData } from './support/timeline';

test('the embed shows the timeline without site chrome and honours ?event=', async ({ page }) => {
  await page.goto('/timeline/');
  const [first] = (await embeddedData(page)).events;
  await page.goto(`/embed/timeline/?event=${first!.id}`);
  await expect(page.locator('.tl-detail h2')).toHaveText(first!.title);
  await expect(page.locator('header, nav, footer')).toHaveCount(0);
  await expect(
    page.locator('.tl-detail').getByRole('link', { name: /Read the full entry/ }),
  ).toHaveAttribute('target', '_blank');
});

test('the copied embed code opens on the open event and sizes its iframe from messages of our own origin only', async ({
  page,
  baseURL,
}) => {
  await page.goto('/timeline/');
  const [, second] = (await embeddedData(page)).events;
  await page.goto(`/timeline/?event=${second!.id}`);
  await page.getByText('Embed this timeline').click();
  await expect(page.locator('#embed-code-timeline')).toHaveValue(/<iframe/);
  const snippet = await page.locator('#embed-code-timeline').inputValue();
  expect(snippet).toContain(`${baseURL}/embed/timeline/?event=${second!.id}`);
  expect(snippet).toContain('data-xz-embed="timeline"');
  expect(snippet).toContain('event.origin');

  // A host page on our origin, holding only the snippet.
  await page.route('**/host-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><main>${snippet}</main>`,
    }),
  );
  await page.goto('/host-page.html');
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('title', /timeline/);
  await expect(page.frameLocator('iframe').locator('.tl-detail h2')).toHaveText(second!.title);
  await expect.poll(async () => (await frame.boundingBox())!.height).not.toBe(720);
  const sized = (await frame.boundingBox())!.height;

  // A message from another window with the right shape changes nothing.
  await page.evaluate(() =>
    window.postMessage({ type: 'xz-embed:height', id: 'timeline', height: 123 }, '*'),
  );
  await page.waitForTimeout(100);
  expect((await frame.boundingBox())!.height).toBe(sized);
});
