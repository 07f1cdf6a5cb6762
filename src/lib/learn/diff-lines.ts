/**
 * Turns two versions of a text into the lines of a unified diff (jsdiff does the matching), so
 * an exercise can show "what changed" from the real before/after texts instead of hand-marked
 * lines that could drift from them.
 */
import { diffLines } from 'diff';

export type DiffLineKind = 'context' | 'added' | 'removed';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

/** Splits one jsdiff change value into its lines (a trailing newline ends the last line). */
function linesOf(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function diffToLines(before: string, after: string): DiffLine[] {
  const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return diffLines(withNewline(before), withNewline(after)).flatMap((change) => {
    const kind: DiffLineKind = change.added ? 'added' : change.removed ? 'removed' : 'context';
    return linesOf(change.value).map((text) => ({ kind, text }));
  });
}

/** The marker a unified diff prints in front of a line. */
export function diffMarker(kind: DiffLineKind | 'code'): string {
  return kind === 'added' ? '+' : kind === 'removed' ? '−' : ' ';
}
