/**
 * Collects a page's console errors and uncaught errors, for an `expect(...).toEqual([])`. The
 * shared fixture uses it for the test's page; specs use it for a second window, or when they
 * cannot use the fixture (which fails on any request to another origin). `allowed` is read at
 * each event, so patterns pushed onto it later still apply.
 */
import type { Page } from '@playwright/test';

export function watchConsole(page: Page, allowed: RegExp[] = []): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(message.text()))) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}
