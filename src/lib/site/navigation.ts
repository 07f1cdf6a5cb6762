/** The site's main sections, in header order. */
export const MAIN_NAV = [
  { href: '/story/', label: 'Story' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/simulation/', label: 'Simulation' },
  { href: '/check/', label: 'Check' },
  { href: '/learn/', label: 'Learn' },
  { href: '/present/', label: 'Present' },
  { href: '/myths/', label: 'Myths' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/sources/', label: 'Sources' },
] as const;

export const SITE_TITLE = 'The xz backdoor';
export const SITE_TAGLINE =
  'How CVE-2024-3094 was built, hidden and found — an interactive, sourced explainer';
/**
 * Where readers report a correction. Set REPO_URL at build time to point at the repository's
 * issue tracker; without it the link goes to the corrections page, which explains the process.
 */
export const REPO_URL: string | undefined = import.meta.env.REPO_URL || undefined;

/** The repository's "new issue" page, when REPO_URL is set. */
export const NEW_ISSUE_URL: string | undefined =
  REPO_URL && `${REPO_URL.replace(/\/$/, '')}/issues/new`;

/** True when `current` (a pathname without base) is the section `href` or a page inside it. */
export function isCurrentSection(current: string, href: string): boolean {
  return current.startsWith(href);
}
