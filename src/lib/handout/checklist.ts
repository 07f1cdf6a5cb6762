/**
 * "What to do": the handout's checklist, revisited in the light of chapter 9 (old images, later
 * CVEs, pinning and provenance). Facts come from content/sources (ids below) and the seed brief;
 * items without sources are advice, not claims.
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
      'XZ Utils 5.6.0 and 5.6.1 are the backdoored releases; 5.6.2 removed it and 5.8 is the current line. Debian’s 5.6.1+really5.4.5 is the clean 5.4.5. Later xz CVEs are ordinary bugs: patch them, but they are not backdoors.',
    command: 'xz --version',
    sources: ['nvd-cve-2024-3094', 'xz-tag-v5-6-2', 'cve-2025-31115-record'],
  },
  {
    title: 'Rebuild old container images',
    detail:
      'A rollback fixes packages, not snapshots: images built in March 2024 can still hold 5.6.0 or 5.6.1, and in 2025 some were still on Docker Hub. Rebuild from a current base instead of pulling an old tag.',
    sources: ['binarly-xz-docker-images'],
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
    title: 'Pin what you can verify',
    detail:
      'Build from signed git tags, refer to third-party code and CI actions by commit hash, not a tag that can move, and read signatures and provenance as “who and where”, not “safe”.',
    sources: ['cve-2025-30066-record', 'slsa-blog-mini-shai-hulud'],
  },
  {
    title: 'Support the maintainers you depend on',
    detail:
      'xz was an unpaid hobby project of one maintainer, who was pressed in public to hand it over. Fund, staff and review the small projects under your stack, and push back on pressure campaigns.',
    sources: ['xz-devel-msg00567', 'xz-devel-msg00566', 'xz-devel-msg00569'],
  },
];
