/**
 * For specs that cannot use the shared fixture (which fails on any request to another origin):
 * collects console errors and uncaught errors of a page, for an `expect(...).toEqual([])`.
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
