/**
 * Sitemap pages that another spec scans with axe in both themes, in the state a reader sees on
 * arrival or a fuller one (answers shown, a definition open, a report drawn, the chart live).
 * The sitemap spec leaves them out instead of scanning the same page twice; each names its spec.
 */
import { contentIds } from '../../support/content-files';

const LEARN_PAGES = [
  '/learn/',
  ...contentIds('chapters').map((chapter) => `/learn/${chapter}/`),
  '/learn/exercises/landlock-dot/',
  '/learn/exercises/build-to-host-diff/',
  '/learn/certificate/',
];

export const SCANNED_ELSEWHERE: ReadonlyMap<string, string> = new Map([
  ...LEARN_PAGES.map((path) => [path, 'learn-axe.spec.ts'] as const),
  ['/learn/certificate/check/', 'learn-certificate-check.spec.ts'],
  ['/story/01-the-half-second/', 'story-a11y.spec.ts'],
  ['/story/05-the-backdoor-at-run-time/', 'story-a11y.spec.ts'],
  ['/glossary/', 'story-a11y.spec.ts'],
  ['/timeline/', 'timeline-a11y.spec.ts'],
  ['/simulation/', 'simulation-a11y.spec.ts'],
  ['/check/', 'check.spec.ts'],
  ['/present/', 'present-layout.spec.ts'],
]);
