/**
 * The one build error for bad content: every problem found, each naming its file and field, in
 * Astro's own error type so the build overlay and the terminal show the message and a hint.
 */
import { AstroError } from 'astro/errors';

/** Throws when `problems` is not empty: "The content has 2 problems:" and one line each. */
export function failOnProblems(subject: string, problems: readonly string[], hint: string): void {
  if (problems.length === 0) return;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  throw new AstroError(`${subject} has ${count}:\n  ${problems.join('\n  ')}`, hint);
}
