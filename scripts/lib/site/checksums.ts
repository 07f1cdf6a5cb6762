/**
 * SHA256SUMS in the format of GNU coreutils' `sha256sum`, so anyone can run
 * `sha256sum -c SHA256SUMS` in a rebuilt dist/ and see that every byte matches.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One line per file, sorted by path, two spaces between digest and path. The default sort
 * compares UTF-16 code units, which for our ASCII file names is sha256sum's byte order.
 */
export function formatChecksums(files: Map<string, Uint8Array | string>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256Hex(files.get(path)!)}  ${path}\n`)
    .join('');
}

export interface TreeDifference {
  path: string;
  change: 'only in first' | 'only in second' | 'content differs';
}

/** Compares two file trees given as path → digest maps. */
export function compareTrees(
  first: Map<string, string>,
  second: Map<string, string>,
): TreeDifference[] {
  const differences: TreeDifference[] = [];
  for (const [path, digest] of first) {
    if (!second.has(path)) differences.push({ path, change: 'only in first' });
    else if (second.get(path) !== digest) differences.push({ path, change: 'content differs' });
  }
  for (const path of second.keys())
    if (!first.has(path)) differences.push({ path, change: 'only in second' });
  return differences.sort((a, b) => a.path.localeCompare(b.path));
}
