/**
 * Judging a chosen line of a "spot the line" exercise. Apart from the exercises themselves
 * (./exercises.ts, which build their diffs with jsdiff at build time), so the page's script
 * can judge with it without shipping jsdiff.
 */
import type { ListingLine } from './exercises';

export interface Verdict {
  correct: boolean;
  note: string;
}

/** What judging needs of an exercise: little enough for a page to hand to its script. */
export interface JudgedExercise {
  answerIndex: number;
  lines: readonly Pick<ListingLine, 'selectable' | 'note'>[];
}

/** Judges a chosen line (an index into `exercise.lines`). */
export function judgeLine(exercise: JudgedExercise, index: number): Verdict {
  const line = exercise.lines[index];
  if (!line || !line.selectable) return { correct: false, note: 'Choose one of the lines first.' };
  return { correct: index === exercise.answerIndex, note: line.note };
}
