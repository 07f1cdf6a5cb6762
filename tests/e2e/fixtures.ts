/**
 * The shared Playwright `test`: every page a test opens is watched, and the test fails if the
 * page logs a console error, throws, or asks any origin other than our own server for anything.
 */
import { expect, type Page, test as base } from '@playwright/test';

import { watchConsole } from './support/console-watch';

type Watch = {
  problems: string[];
  /** Console errors a test expects (a 404 page reports its own status), by pattern. */
  allowConsole: (pattern: RegExp) => void;
};

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      // watchConsole reads `allowed` at each event, so patterns added during the test still count.
      const allowed: RegExp[] = [];
      const watch: Watch = {
        problems: watchConsole(page, allowed),
        allowConsole: (pattern) => allowed.push(pattern),
      };
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1:4321').origin;
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === ownOrigin || url.protocol === 'data:' || url.protocol === 'blob:') {
          return route.continue();
        }
        watch.problems.push(`request to another origin: ${url.href}`);
        return route.abort();
      });
      await use(watch);
      expect(watch.problems, 'the page stayed quiet and local').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Switches the colour scheme the way a reader's system would. */
export async function useScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
}
