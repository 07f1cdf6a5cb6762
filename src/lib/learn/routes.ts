/**
 * Routes through the training path: the full path, and a shorter "essentials" route for people
 * who decide and operate rather than build (managers, IT staff). A route keeps some chapters and,
 * in each, some questions; it may offer other chapters as optional depth that is shown but never
 * counted. Everything here is pure: the definition is data (src/data/learn-routes.ts), and the
 * learner's choice lives in their progress.
 */
import type { LearnProgress } from './progress';
import { type Catalogue, type CatalogueChapter, type PathScore, scorePath } from './score';
import { type ChapterTime, estimateChapter } from './time-estimate';

export const ROUTE_IDS = ['full', 'essentials'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];
/** The route of a learner who never chose one, and of every store written before routes. */
export const DEFAULT_ROUTE: RouteId = 'full';

export const ROUTE_LABELS: Record<RouteId, string> = {
  full: 'Full route',
  essentials: 'Essentials route',
};

export function isRouteId(value: unknown): value is RouteId {
  return typeof value === 'string' && (ROUTE_IDS as readonly string[]).includes(value);
}

/** A shorter route as written by hand: the questions kept per chapter, in path order. */
export interface RouteDefinition {
  id: RouteId;
  /** Chapter id → the ids of the questions the route keeps from it. */
  chapters: Record<string, readonly string[]>;
  /** Chapters shown as optional depth: their questions can be answered but do not count. */
  optional: readonly string[];
  /** Exercise ids the route counts (the others stay open as extras). */
  exercises: readonly string[];
}

/** A route resolved against the built path, small enough to serialise into pages. */
export interface RoutePlan {
  /** Chapters that count, in path order. */
  chapters: string[];
  questions: string[];
  optional: string[];
  exercises: string[];
}

export type RoutePlans = Record<RouteId, RoutePlan>;

/** The full route keeps everything; the others are their definitions, put in path order. */
export function planRoutes(
  catalogue: Pick<Catalogue, 'chapters' | 'exercises'>,
  definitions: readonly RouteDefinition[],
): RoutePlans {
  const full: RoutePlan = {
    chapters: catalogue.chapters.map((chapter) => chapter.id),
    questions: catalogue.chapters.flatMap((chapter) => chapter.questions),
    optional: [],
    exercises: catalogue.exercises.map((exercise) => exercise.id),
  };
  const plans: RoutePlans = { full, essentials: full };
  for (const definition of definitions) {
    if (definition.id === 'full') continue;
    const kept = catalogue.chapters.filter((chapter) => chapter.id in definition.chapters);
    plans[definition.id] = {
      chapters: kept.map((chapter) => chapter.id),
      // Path order, whatever order the definition lists them in.
      questions: kept.flatMap((chapter) =>
        chapter.questions.filter((id) => definition.chapters[chapter.id]!.includes(id)),
      ),
      optional: catalogue.chapters
        .map((chapter) => chapter.id)
        .filter((id) => definition.optional.includes(id)),
      exercises: [...definition.exercises],
    };
  }
  return plans;
}

/**
 * What is wrong with a definition against the built path, one sentence per problem: unknown
 * chapters, questions or exercises, a question filed under another chapter, a chapter both kept
 * and optional, a kept chapter with no questions or without plain-language objectives.
 */
export function checkRoute(
  definition: RouteDefinition,
  catalogue: Pick<Catalogue, 'chapters' | 'exercises'>,
  plainObjectives: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const chapters = new Map(catalogue.chapters.map((chapter) => [chapter.id, chapter]));
  const where = `route "${definition.id}"`;
  for (const [id, questions] of Object.entries(definition.chapters)) {
    const chapter = chapters.get(id);
    if (!chapter) {
      problems.push(`${where}: chapter "${id}" is not a file in content/chapters/`);
      continue;
    }
    if (questions.length === 0) problems.push(`${where}: chapter "${id}" keeps no questions`);
    for (const question of questions)
      if (!chapter.questions.includes(question))
        problems.push(`${where}: question "${question}" is not a question of chapter "${id}"`);
    if (definition.optional.includes(id))
      problems.push(`${where}: chapter "${id}" is both kept and optional`);
    if (!plainObjectives.has(id))
      problems.push(`${where}: chapter "${id}" needs plainObjectives in its frontmatter`);
  }
  for (const id of definition.optional)
    if (!chapters.has(id))
      problems.push(`${where}: optional chapter "${id}" is not a file in content/chapters/`);
  const exercises = new Set(catalogue.exercises.map((exercise) => exercise.id));
  for (const id of definition.exercises)
    if (!exercises.has(id)) problems.push(`${where}: exercise "${id}" does not exist`);
  return problems;
}

/** The catalogue as one route counts it: its chapters, their kept questions, its exercises. */
export function routeCatalogue(catalogue: Catalogue, route: RouteId): Catalogue {
  const plan = catalogue.routes?.[route];
  if (!plan) return catalogue;
  const questions = new Set(plan.questions);
  const keep = (chapter: CatalogueChapter): CatalogueChapter => ({
    ...chapter,
    questions: chapter.questions.filter((id) => questions.has(id)),
  });
  return {
    chapters: catalogue.chapters.filter((chapter) => plan.chapters.includes(chapter.id)).map(keep),
    exercises: catalogue.exercises.filter((exercise) => plan.exercises.includes(exercise.id)),
  };
}

/** Scenario questions ("what would you do in your role?") are named <chapter>-role-<topic>. */
export function countRoleQuestions(ids: readonly string[]): number {
  return ids.filter((id) => /^\d+-role-/.test(id)).length;
}

/** The learner's score on the route they chose: the certificate, overview and LMS all use it. */
export function scoreOnRoute(catalogue: Catalogue, progress: LearnProgress): PathScore {
  return scorePath(routeCatalogue(catalogue, progress.route), progress);
}

/** What a chapter is on a route: counted, optional depth, or not part of it. */
export function chapterRole(plan: RoutePlan, chapterId: string): 'kept' | 'optional' | 'outside' {
  if (plan.chapters.includes(chapterId)) return 'kept';
  return plan.optional.includes(chapterId) ? 'optional' : 'outside';
}

/** The chapter to check next on a route after `chapterId` (path order), or null at the end. */
export function nextOnRoute(
  order: readonly string[],
  plan: RoutePlan,
  chapterId: string,
): string | null {
  const after = order.slice(order.indexOf(chapterId) + 1);
  return after.find((id) => plan.chapters.includes(id)) ?? null;
}

export interface ChapterWords {
  id: string;
  words: number;
}

export interface RouteTime {
  /** The sum of the counted chapters' rounded minutes, as for the whole path. */
  totalMinutes: number;
  /** Each counted chapter's time with only the questions the route keeps. */
  chapters: Record<string, ChapterTime>;
  /** The optional chapters read and checked in full. */
  optionalMinutes: number;
}

/** A route's time by the path's own measure: words at the reading pace plus its questions. */
export function estimateRoute(
  plan: RoutePlan,
  chapters: readonly (ChapterWords & { questions: readonly string[] })[],
): RouteTime {
  const kept = new Set(plan.questions);
  const times: Record<string, ChapterTime> = {};
  let totalMinutes = 0;
  let optionalMinutes = 0;
  for (const chapter of chapters) {
    const role = chapterRole(plan, chapter.id);
    if (role === 'outside') continue;
    const questions =
      role === 'kept'
        ? chapter.questions.filter((id) => kept.has(id)).length
        : chapter.questions.length;
    const time = estimateChapter({ words: chapter.words, questions });
    if (role === 'kept') {
      times[chapter.id] = time;
      totalMinutes += time.minutes;
    } else optionalMinutes += time.minutes;
  }
  return { totalMinutes, chapters: times, optionalMinutes };
}
