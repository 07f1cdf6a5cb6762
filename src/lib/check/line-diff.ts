/** A unified line diff (git → tarball) for one text file, bounded so it never stalls. */
import { createTwoFilesPatch } from 'diff';

/** Larger text files get sizes and hashes only: a line diff of them would not be read anyway. */
const MAX_DIFF_BYTES = 512 * 1024;
/** Past this many changed lines the diff is abandoned (jsdiff's own bound on its work). */
const MAX_EDIT_LENGTH = 4000;

export type LineDiffResult = { diff: string; note: null } | { diff: null; note: string };

export function unifiedDiff(
  path: string,
  gitPrefix: string,
  tarballPrefix: string,
  gitText: string,
  tarballText: string,
): LineDiffResult {
  if (gitText.length > MAX_DIFF_BYTES || tarballText.length > MAX_DIFF_BYTES)
    return { diff: null, note: 'too large for a line diff; compare the hashes' };
  const diff = createTwoFilesPatch(
    `${gitPrefix || 'git/'}${path}`,
    `${tarballPrefix || 'tarball/'}${path}`,
    gitText,
    tarballText,
    undefined,
    undefined,
    { context: 3, maxEditLength: MAX_EDIT_LENGTH },
  );
  if (diff === undefined)
    return { diff: null, note: `more than ${MAX_EDIT_LENGTH} changed lines; compare the hashes` };
  // Drop jsdiff's "====" banner line so the text reads like `diff -u`.
  return { diff: diff.replace(/^={10,}\n/, ''), note: null };
}
