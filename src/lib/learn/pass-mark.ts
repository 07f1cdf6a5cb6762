/**
 * The pass mark of the training path, in one place: the SCORM manifest writes it as the
 * package's mastery score, the pages use it to tell "done" from "passed", and what the LMS is
 * told (scorm/report.ts) uses the same rule, so the site and the platform never disagree.
 */

/** The pass mark: 80 % of a chapter's knowledge-check answers correct. */
export const MASTERY_PERCENT = 80;

/** Where a learner stands in one chapter. */
export type ChapterState = 'not-started' | 'in-progress' | 'done' | 'passed';

/** The counts a verdict needs; ChapterScore and PathScore both fit. */
interface Tally {
  correct: number;
  total: number;
}

/**
 * True when `correct` of `total` reaches `mastery` percent, compared exactly (4 of 5 is 80 %,
 * 79.5 % is not rounded up). Nothing to answer counts as reached.
 */
export function reachesMastery({ correct, total }: Tally, mastery = MASTERY_PERCENT): boolean {
  return total === 0 || correct * 100 >= mastery * total;
}

/** A chapter is passed once it is done (every question answered, every exercise solved) at the mastery score. */
export function chapterState(
  chapter: Tally & { answered: number; exercisesSolved: number; done: boolean },
  mastery = MASTERY_PERCENT,
): ChapterState {
  if (chapter.done) return reachesMastery(chapter, mastery) ? 'passed' : 'done';
  return chapter.answered === 0 && chapter.exercisesSolved === 0 ? 'not-started' : 'in-progress';
}

/** The path is passed when it is complete and every chapter is passed. */
export function pathPassed(
  path: { complete: boolean; chapters: readonly (Tally & { done: boolean })[] },
  mastery = MASTERY_PERCENT,
): boolean {
  return path.complete && path.chapters.every((chapter) => reachesMastery(chapter, mastery));
}
