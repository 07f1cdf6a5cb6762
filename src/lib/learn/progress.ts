/**
 * The learner's progress through the training path, as plain data: the first answer to each
 * quiz question and the attempts at each exercise. Everything that reads stored progress goes
 * through `parseProgress`, which keeps every valid entry and drops the rest, so a damaged or
 * hand-edited store costs the learner as little as possible.
 */
import { DEFAULT_ROUTE, isRouteId, type RouteId } from './routes';

export const PROGRESS_VERSION = 1;

/** The first answer given to a question; later clicks never change it (the score is honest). */
export interface AnswerRecord {
  choice: number;
  correct: boolean;
}

export interface ExerciseRecord {
  solved: boolean;
  /** Lines checked so far, right or wrong. */
  attempts: number;
}

export interface LearnProgress {
  version: typeof PROGRESS_VERSION;
  answers: Record<string, AnswerRecord>;
  exercises: Record<string, ExerciseRecord>;
  /** The route the learner chose; stores from before routes existed read as the full route. */
  route: RouteId;
}

/** What loading found: nothing yet, clean data, data with bad entries dropped, or no usable data. */
export type ParseOutcome = 'empty' | 'loaded' | 'repaired' | 'unreadable';

export interface ParsedProgress {
  progress: LearnProgress;
  outcome: ParseOutcome;
  /** How many stored entries were invalid and left out. */
  dropped: number;
}

export function emptyProgress(): LearnProgress {
  return { version: PROGRESS_VERSION, answers: {}, exercises: {}, route: DEFAULT_ROUTE };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (key: string) => key.length > 0 && key.length <= 200;

function validAnswer(value: unknown): AnswerRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { choice, correct } = value;
  if (!Number.isInteger(choice) || (choice as number) < 0 || (choice as number) > 9)
    return undefined;
  if (typeof correct !== 'boolean') return undefined;
  return { choice: choice as number, correct };
}

function validExercise(value: unknown): ExerciseRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { solved, attempts } = value;
  if (typeof solved !== 'boolean') return undefined;
  if (!Number.isInteger(attempts) || (attempts as number) < 0 || (attempts as number) > 100_000)
    return undefined;
  if (solved && attempts === 0) return undefined;
  return { solved, attempts: attempts as number };
}

/** Copies the valid entries of one stored map; counts the rest. */
function keepValid<T>(
  value: unknown,
  validate: (entry: unknown) => T | undefined,
): { kept: Record<string, T>; dropped: number } {
  const kept: Record<string, T> = {};
  if (!isRecord(value)) return { kept, dropped: value === undefined ? 0 : 1 };
  let dropped = 0;
  for (const [key, entry] of Object.entries(value)) {
    const valid = isId(key) ? validate(entry) : undefined;
    if (valid) kept[key] = valid;
    else dropped += 1;
  }
  return { kept, dropped };
}

/** Reads stored text (or null when nothing is stored) into progress, keeping what is valid. */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null || raw === '')
    return { progress: emptyProgress(), outcome: 'empty', dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), outcome: 'unreadable', dropped: 0 };
  }
  if (!isRecord(data) || data.version !== PROGRESS_VERSION) {
    return { progress: emptyProgress(), outcome: 'unreadable', dropped: 0 };
  }
  const answers = keepValid(data.answers, validAnswer);
  const exercises = keepValid(data.exercises, validExercise);
  // A route this version does not know is dropped like any invalid entry: the full route remains.
  const route = isRouteId(data.route) ? data.route : DEFAULT_ROUTE;
  const badRoute = data.route !== undefined && !isRouteId(data.route) ? 1 : 0;
  const dropped = answers.dropped + exercises.dropped + badRoute;
  return {
    progress: {
      version: PROGRESS_VERSION,
      answers: answers.kept,
      exercises: exercises.kept,
      route,
    },
    outcome: dropped > 0 ? 'repaired' : 'loaded',
    dropped,
  };
}

export function serialiseProgress(progress: LearnProgress): string {
  return JSON.stringify(progress);
}

/** Records an answer unless the question was already answered; returns the progress to keep. */
export function withAnswer(
  progress: LearnProgress,
  questionId: string,
  answer: AnswerRecord,
): LearnProgress {
  if (progress.answers[questionId]) return progress;
  return { ...progress, answers: { ...progress.answers, [questionId]: { ...answer } } };
}

/** Switches to another route; answers given on either route are kept. */
export function withRoute(progress: LearnProgress, route: RouteId): LearnProgress {
  return progress.route === route ? progress : { ...progress, route };
}

/** Forgets the answers to `questionIds` (a chapter taken again); other progress is kept. */
export function withoutAnswers(
  progress: LearnProgress,
  questionIds: readonly string[],
): LearnProgress {
  if (!questionIds.some((id) => progress.answers[id])) return progress;
  const answers = { ...progress.answers };
  for (const id of questionIds) delete answers[id];
  return { ...progress, answers };
}

/** Counts one attempt at an exercise; once solved it stays solved. */
export function withExerciseAttempt(
  progress: LearnProgress,
  exerciseId: string,
  correct: boolean,
): LearnProgress {
  const previous = progress.exercises[exerciseId];
  if (previous?.solved) return progress;
  const record: ExerciseRecord = { solved: correct, attempts: (previous?.attempts ?? 0) + 1 };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: record } };
}
