/**
 * Release tarballs and forge archives wrap everything in one folder whose name differs
 * ("xz-5.6.1/" against "xz-v5.6.1/" or "xz-5.6.1-abc123/"). Removing it on each side lets the
 * two be matched path by path.
 */
import type { CheckEntry } from './types.ts';

/** The single first path segment every entry shares, with its slash, or "" when there is none. */
export function commonTopFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const slash = paths[0]!.indexOf('/');
  if (slash <= 0) return '';
  const prefix = paths[0]!.slice(0, slash + 1);
  return paths.every((path) => path.startsWith(prefix) && path.length > prefix.length)
    ? prefix
    : '';
}

export function stripTopFolder(entries: readonly CheckEntry[]): {
  prefix: string;
  entries: CheckEntry[];
} {
  const prefix = commonTopFolder(entries.map((entry) => entry.path));
  return {
    prefix,
    entries: entries.map((entry) => ({ ...entry, path: entry.path.slice(prefix.length) })),
  };
}
