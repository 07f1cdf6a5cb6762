/** Axe with the WCAG 2.2 AA rule set; returns readable lines for any violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Legacy mode runs axe in the page itself; the default opens a second blank page for every
 * scan to merge frame results, which tripled the time of each scan (0.8 s against 2.6 s on an
 * event page) and we have no cross-origin frames that would need it. Frames are left out: every
 * framed page (the embeds, the deck's live slides) is scanned at its own address, and a scan
 * across frames would compare one document's landmarks with another's.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'], iframes: false });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? violation.help}`,
    ),
  );
}
