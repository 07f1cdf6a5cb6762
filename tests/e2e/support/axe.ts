/** Axe with the WCAG 2.2 AA rule set; returns readable lines for any violation. */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const RUN_OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: WCAG_TAGS },
  resultTypes: ['violations'],
  // Frames are left out: every framed page (the embeds, the deck's live slides) is scanned at
  // its own address, and a scan across frames would compare one document's landmarks with
  // another's.
  iframes: false,
};

/**
 * Axe runs in the page itself, put there once per document. The Playwright wrapper we used
 * before evaluated the 650 KB source twice on every scan and once more in every frame (the
 * deck's live slides have five), though frames are never scanned; that was a third of a scan's
 * time on an event page and most of it on the deck.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ([selector, options]) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const results = await inPage.run(selector ? { include: [selector] } : document, options);
      return results.violations;
    },
    [include, RUN_OPTIONS] as const,
  );
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? violation.help}`,
    ),
  );
}
