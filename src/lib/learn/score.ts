/**
 * Scores progress against the training path as built: answers to questions that no longer exist
 * are ignored, so editing the quiz never corrupts a learner's score. A chapter is done when every
 * one of its questions is answered and every exercise attached to it is solved, and passed when
 * it is done at the mastery score (pass-mark.ts).
 */
import { type ChapterState, chapterState, pathPassed } from './pass-mark';
import type { LearnProgress } from './progress';
import type { RoutePlans } from './routes';

/** The shape of the path, serialised into pages that show progress. */
export interface Catalogue {
  chapters: CatalogueChapter[];
  exercises: CatalogueExercise[];
  /** What each route counts; without it every route counts the whole catalogue. */
  routes?: RoutePlans;
}

export interface CatalogueChapter {
  id: string;
  order: number;
  title: string;
  questions: string[];
}

export interface CatalogueExercise {
  id: string;
  title: string;
  chapter: string;
}

export interface ChapterScore {
  id: string;
  answered: number;
  correct: number;
  total: number;
  exercisesSolved: number;
  exercisesTotal: number;
  done: boolean;
  /** Correct answers as a whole percentage of the chapter's questions (0 when there are none). */
  percent: number;
  state: ChapterState;
}

export interface PathScore {
  answered: number;
  correct: number;
  total: number;
  /** Correct answers as a whole percentage of all questions (0 when there are none). */
  percent: number;
  chapters: ChapterScore[];
  chaptersDone: number;
  exercisesSolved: number;
  exercisesTotal: number;
  complete: boolean;
  /** Complete, and every chapter passed at the mastery score. */
  passed: boolean;
  /** True once anything at all has been answered or attempted. */
  started: boolean;
}

function scoreChapter(
  chapter: CatalogueChapter,
  exercises: CatalogueExercise[],
  progress: LearnProgress,
): ChapterScore {
  const answers = chapter.questions
    .map((id) => progress.answers[id])
    .filter((answer) => answer !== undefined);
  const own = exercises.filter((exercise) => exercise.chapter === chapter.id);
  const exercisesSolved = own.filter((exercise) => progress.exercises[exercise.id]?.solved).length;
  const answered = answers.length;
  const correct = answers.filter((answer) => answer.correct).length;
  const total = chapter.questions.length;
  const done = answered === total && exercisesSolved === own.length;
  return {
    id: chapter.id,
    answered,
    correct,
    total,
    exercisesSolved,
    exercisesTotal: own.length,
    done,
    percent: wholePercent(correct, total),
    state: chapterState({ answered, correct, total, exercisesSolved, done }),
  };
}

const wholePercent = (correct: number, total: number) =>
  total === 0 ? 0 : Math.round((correct / total) * 100);

export function scorePath(catalogue: Catalogue, progress: LearnProgress): PathScore {
  const chapters = catalogue.chapters.map((chapter) =>
    scoreChapter(chapter, catalogue.exercises, progress),
  );
  const sum = (pick: (chapter: ChapterScore) => number) =>
    chapters.reduce((total, chapter) => total + pick(chapter), 0);
  const total = sum((chapter) => chapter.total);
  const correct = sum((chapter) => chapter.correct);
  const exercisesSolved = catalogue.exercises.filter(
    (exercise) => progress.exercises[exercise.id]?.solved,
  ).length;
  const known = new Set(catalogue.chapters.flatMap((chapter) => chapter.questions));
  const exerciseIds = new Set(catalogue.exercises.map((exercise) => exercise.id));
  const complete =
    chapters.length > 0 &&
    chapters.every((chapter) => chapter.done) &&
    exercisesSolved === catalogue.exercises.length;
  return {
    answered: sum((chapter) => chapter.answered),
    correct,
    total,
    percent: wholePercent(correct, total),
    chapters,
    chaptersDone: chapters.filter((chapter) => chapter.done).length,
    exercisesSolved,
    exercisesTotal: catalogue.exercises.length,
    complete,
    passed: pathPassed({ complete, chapters }),
    started:
      Object.keys(progress.answers).some((id) => known.has(id)) ||
      Object.keys(progress.exercises).some((id) => exerciseIds.has(id)),
  };
}
