/**
 * "What to do": the handout's checklist. Facts come from content/sources (ids below) and the
 * seed brief; items without sources are advice, not claims.
 */

export interface Action {
  title: string;
  detail: string;
  /** A command to show in monospace, when the action has one. */
  command?: string;
  sources: string[];
}

export const ACTIONS: readonly Action[] = [
  {
    title: 'Check which xz you run',
    detail:
      'XZ Utils 5.6.0 and 5.6.1 are the backdoored releases. Debian’s fixed package is versioned 5.6.1+really5.4.5: despite the name, it is the clean 5.4.5.',
    command: 'xz --version',
    sources: ['nvd-cve-2024-3094', 'debian-tracker-1515519'],
  },
  {
    title: 'Take your distribution’s rollback',
    detail:
      'Distributions shipped updates that roll back to a clean release. Debian’s advisory limits the affected packages to testing, unstable and experimental (5.5.1alpha-0.1 to 5.6.1-1). Update anyway.',
    sources: ['debian-dsa-5649-1', 'debian-tracker-1515519'],
  },
  {
    title: 'Keep SSH off the open internet',
    detail:
      'A service only a few staff use should not face the whole internet: allow-list internal addresses (and a few trusted ones) in the firewall, so the next SSH flaw cannot be reached from outside.',
    sources: [],
  },
  {
    title: 'Compare release tarballs with git',
    detail:
      'Diff a release tarball against its git tag before you build: files that exist only in the tarball, like the doctored m4/build-to-host.m4, deserve a look.',
    sources: ['collin-xz-backdoor-page', 'xz-git-4323bc3e'],
  },
  {
    title: 'Build from what you can verify',
    detail:
      'Prefer building from the signed git tag, and support reproducible builds, so anyone can check that a binary matches the source it claims to come from.',
    sources: [],
  },
  {
    title: 'Support the maintainers you depend on',
    detail:
      'xz was an unpaid hobby project of one maintainer, who was pressed in public to hand it over. Fund, staff and review the small projects under your stack, and push back on pressure campaigns.',
    sources: ['xz-devel-msg00567', 'xz-devel-msg00566', 'xz-devel-msg00569'],
  },
];
