/**
 * Files sorted by path in code-point order: stable across locales, and far cheaper than
 * localeCompare. A module of its own so the page's up-front script can sort build files without
 * pulling in the file trees (src/lib/simulation/trees.ts), which load later.
 */
export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
