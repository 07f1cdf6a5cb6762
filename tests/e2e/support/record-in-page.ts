/**
 * A list the page fills from before its own first script (Content-Security-Policy violations,
 * posted messages, DOM changes), read back by the test. `record` runs inside the page, so it
 * may use only what it is given and the page's globals.
 */
import type { Page } from '@playwright/test';

let lists = 0;

export async function recordInPage<Entry = string>(
  page: Page,
  record: (note: (entry: Entry) => void) => void,
): Promise<() => Promise<Entry[]>> {
  const key = `__recorded${++lists}`;
  await page.addInitScript(
    `{ const entries = []; Object.defineProperty(window, ${JSON.stringify(key)}, { value: entries });
      (${record.toString()})((entry) => entries.push(entry)); }`,
  );
  return () =>
    page.evaluate((name) => (window as unknown as Record<string, Entry[]>)[name] ?? [], key);
}
