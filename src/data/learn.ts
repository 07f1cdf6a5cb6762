/**
 * The training path as pages need it: chapters in order, each with its quiz questions (sources
 * and events resolved) and exercises, plus the catalogue that client-side progress is scored
 * against. Cross-file problems in content/quiz fail the build with the file and field.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';

import type { Source, StoryEvent } from '../lib/content/model';
import { countProseWords } from '../lib/content/word-count';
import { buildExercise, type Exercise } from '../lib/learn/exercises';
import { checkQuiz } from '../lib/learn/quiz-integrity';
import {
  checkRoute,
  estimateRoute,
  planRoutes,
  type RouteId,
  type RoutePlans,
  type RouteTime,
} from '../lib/learn/routes';
import type { Catalogue } from '../lib/learn/score';
import { type ChapterTime, estimatePath } from '../lib/learn/time-estimate';
import { getLibrary } from './content';
import { failOnProblems } from './content-problems';
import { EXERCISES } from './learn-exercises';
import { ESSENTIALS } from './learn-routes';

type Ref = { id: string };

export interface QuizQuestion {
  id: string;
  order: number;
  prompt: string;
  choices: { text: string; correct: boolean }[];
  answerIndex: number;
  source: Source;
  event?: StoryEvent | undefined;
  entry: CollectionEntry<'quiz'>;
}

export interface PathChapter {
  chapter: CollectionEntry<'chapters'>;
  questions: QuizQuestion[];
  exercises: Exercise[];
  /** Prose words, which the time estimates are measured from. */
  words: number;
  /** Reading plus question time, from the chapter's word count at build time. */
  time: ChapterTime;
}

export interface TrainingPath {
  chapters: PathChapter[];
  exercises: Exercise[];
  /** The sum of the chapters' rounded minutes. */
  totalMinutes: number;
  /** What each route counts (also in the catalogue) and how long it takes. */
  routes: RoutePlans;
  routeTimes: Record<RouteId, RouteTime>;
  catalogue: Catalogue;
}

let path: Promise<TrainingPath> | undefined;

/** Everything the /learn/ pages show, loaded and checked once per build. */
export function getTrainingPath(): Promise<TrainingPath> {
  path ??= loadTrainingPath();
  return path;
}

async function loadTrainingPath(): Promise<TrainingPath> {
  const [library, entries, myths] = await Promise.all([
    getLibrary(),
    getCollection('quiz'),
    getCollection('myths'),
  ]);
  const events = new Map(library.events.map((event) => [event.id, event]));
  const chapterIds = new Set(library.chapters.map((chapter) => chapter.id));

  const problems = checkQuiz({
    questions: entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      chapter: (entry.data.chapter as Ref).id,
      order: entry.data.order,
      source: (entry.data.source as Ref).id,
      event: (entry.data.event as Ref | undefined)?.id,
      myth: (entry.data.myth as Ref | undefined)?.id,
      body: entry.body ?? '',
    })),
    chapters: chapterIds,
    sources: new Set(library.sources.keys()),
    events: new Set(events.keys()),
    myths: new Set(myths.map((myth) => myth.id)),
  });
  const exercises = EXERCISES.map(buildExercise);
  for (const exercise of exercises) {
    if (!chapterIds.has(exercise.chapter))
      problems.push(
        `exercise "${exercise.id}": chapter "${exercise.chapter}" is not a file in content/chapters/`,
      );
  }
  failOnProblems(
    'The training path',
    problems,
    'Each quiz question and exercise must name a chapter, source and event that exist in content/.',
  );

  const questions: QuizQuestion[] = entries.map((entry) => ({
    id: entry.id,
    order: entry.data.order,
    prompt: entry.data.prompt,
    choices: entry.data.choices,
    answerIndex: entry.data.choices.findIndex((choice) => choice.correct),
    source: library.sources.get((entry.data.source as Ref).id)!,
    event: entry.data.event ? events.get((entry.data.event as Ref).id) : undefined,
    entry,
  }));

  const grouped = library.chapters.map((chapter) => ({
    chapter,
    words: countProseWords(chapter.body ?? ''),
    questions: questions
      .filter((question) => (question.entry.data.chapter as Ref).id === chapter.id)
      .sort((a, b) => a.order - b.order),
    exercises: exercises.filter((exercise) => exercise.chapter === chapter.id),
  }));
  const times = estimatePath(
    grouped.map(({ words, questions: own }) => ({ words, questions: own.length })),
  );
  const chapters = grouped.map((entry, index) => ({ ...entry, time: times.chapters[index]! }));

  const shape = {
    chapters: chapters.map(({ chapter, questions: own }) => ({
      id: chapter.id,
      order: chapter.data.order,
      title: chapter.data.title,
      questions: own.map((question) => question.id),
    })),
    exercises: exercises.map((exercise) => ({
      id: exercise.id,
      title: exercise.title,
      chapter: exercise.chapter,
    })),
  };
  const plain = new Set(
    chapters.filter(({ chapter }) => chapter.data.plainObjectives).map(({ chapter }) => chapter.id),
  );
  failOnProblems(
    'The essentials route',
    checkRoute(ESSENTIALS, shape, plain),
    'Each chapter and question in src/data/learn-routes.ts must exist, and each kept chapter needs plainObjectives.',
  );
  const routes = planRoutes(shape, [ESSENTIALS]);
  const work = chapters.map(({ chapter, words }, index) => ({
    id: chapter.id,
    words,
    questions: shape.chapters[index]!.questions,
  }));

  return {
    chapters,
    exercises,
    totalMinutes: times.totalMinutes,
    routes,
    routeTimes: {
      full: estimateRoute(routes.full, work),
      essentials: estimateRoute(routes.essentials, work),
    },
    catalogue: { ...shape, routes },
  };
}

/** The rendered explanation (MDX body) of a question. */
export async function renderExplanation(question: QuizQuestion) {
  return (await render(question.entry)).Content;
}
