/**
 * Keeps training-path progress in Web Storage, in the spirit of the tutorial ProgressStore in
 * withastro/docs: one JSON entry under one key, validated on every load, listeners told of every
 * change. It never throws. When storage is blocked (privacy settings, sandboxed iframes) or full,
 * progress lives in memory for the visit and `status` says so, so the page can tell the learner.
 */
import {
  type AnswerRecord,
  emptyProgress,
  type ExerciseRecord,
  type LearnProgress,
  parseProgress,
  serialiseProgress,
  withAnswer,
  withExerciseAttempt,
  withoutAnswers,
  withRoute,
} from './progress';
import type { RouteId } from './routes';

export const STORAGE_KEY = 'xz-learn-progress';
/** Where unreadable stored text is copied before it is replaced, so nothing is lost for good. */
export const UNREADABLE_KEY = `${STORAGE_KEY}.unreadable`;

/** The part of the Web Storage API the store uses (window.localStorage fits). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What went wrong, if anything: storage could not be used at all ('unavailable'), a save failed
 * ('write-failed'), stored progress could not be read ('unreadable'; 'unreadable-not-kept' when
 * not even a copy of it could be saved), or some of it was invalid and left out ('repaired').
 */
export type StorageProblem =
  | 'unavailable'
  | 'write-failed'
  | 'unreadable'
  | 'unreadable-not-kept'
  | 'repaired';

export interface StoreStatus {
  /** True while progress is being saved to storage and will survive a reload. */
  persistent: boolean;
  problem: StorageProblem | null;
}

type Listener = (progress: LearnProgress, status: StoreStatus) => void;

export class ProgressStore {
  #key: string;
  #storage: StorageLike | undefined;
  #progress: LearnProgress;
  #status: StoreStatus;
  #listeners = new Set<Listener>();

  /** `getStorage` may throw (browsers do when storage is blocked); that is handled here. */
  constructor(getStorage: () => StorageLike | null | undefined, key = STORAGE_KEY) {
    this.#key = key;
    let storage: StorageLike | undefined;
    let raw: string | null = null;
    try {
      storage = getStorage() ?? undefined;
      raw = storage ? storage.getItem(key) : null;
    } catch {
      storage = undefined;
    }
    this.#storage = storage;
    if (!storage) {
      this.#progress = emptyProgress();
      this.#status = { persistent: false, problem: 'unavailable' };
      return;
    }
    const parsed = parseProgress(raw);
    this.#progress = parsed.progress;
    this.#status = { persistent: true, problem: null };
    if (parsed.outcome === 'unreadable') {
      // Only claim a backup that was written: near the quota the copy itself can fail.
      const kept = this.#backUp(raw ?? '');
      this.#status = { persistent: true, problem: kept ? 'unreadable' : 'unreadable-not-kept' };
    } else if (parsed.outcome === 'repaired') {
      this.#status = { persistent: true, problem: 'repaired' };
    }
  }

  get progress(): Readonly<LearnProgress> {
    return this.#progress;
  }

  get status(): Readonly<StoreStatus> {
    return this.#status;
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Records the first answer to a question and returns the answer that counts. */
  answer(questionId: string, answer: AnswerRecord): AnswerRecord {
    this.#commit(withAnswer(this.#progress, questionId, answer));
    return this.#progress.answers[questionId]!;
  }

  /** Records one checked line of an exercise and returns the exercise's record. */
  attemptExercise(exerciseId: string, correct: boolean): ExerciseRecord {
    this.#commit(withExerciseAttempt(this.#progress, exerciseId, correct));
    return this.#progress.exercises[exerciseId]!;
  }

  /** Records the route the learner chose; their answers stay whichever route they take. */
  chooseRoute(route: RouteId): void {
    this.#commit(withRoute(this.#progress, route));
  }

  /** Forgets the answers to these questions, so a chapter's check can be taken again. */
  forgetAnswers(questionIds: readonly string[]): void {
    this.#commit(withoutAnswers(this.#progress, questionIds));
  }

  /** Forgets every answer, attempt and the chosen route, here and in storage. */
  reset(): void {
    this.#progress = emptyProgress();
    if (this.#storage) {
      try {
        this.#storage.removeItem(this.#key);
        this.#status = { persistent: true, problem: null };
      } catch {
        this.#status = { persistent: false, problem: 'write-failed' };
      }
    }
    this.#notify();
  }

  /** Takes in a change made in another tab (the `storage` event's key and newValue). */
  receive(key: string | null, newValue: string | null): void {
    if (key !== null && key !== this.#key) return;
    this.#progress = parseProgress(newValue).progress;
    this.#notify();
  }

  #commit(next: LearnProgress) {
    if (next === this.#progress) return;
    this.#progress = next;
    // After a failed save every change tries again (a full storage may have room by now); the
    // first save that works writes everything kept in memory meanwhile and clears the problem.
    if (this.#storage) {
      try {
        this.#storage.setItem(this.#key, serialiseProgress(next));
        if (this.#status.problem === 'write-failed')
          this.#status = { persistent: true, problem: null };
      } catch {
        this.#status = { persistent: false, problem: 'write-failed' };
      }
    }
    this.#notify();
  }

  /** Copies unreadable progress aside; false when storage refused the copy. */
  #backUp(raw: string): boolean {
    try {
      this.#storage?.setItem(UNREADABLE_KEY, raw);
      return true;
    } catch {
      return false;
    }
  }

  #notify() {
    for (const listener of this.#listeners) listener(this.#progress, this.#status);
  }
}

/** The sentence to show the learner for a storage problem, or null when there is none. */
export function describeStorageProblem(problem: StorageProblem | null): string | null {
  switch (problem) {
    case 'unavailable':
      return 'Your browser is not letting this site save anything, so your answers will be forgotten when you leave or reload the page. Everything else works as normal.';
    case 'write-failed':
      return 'Your browser refused to save your latest answer (storage may be full or blocked). Progress is kept until you leave this page.';
    case 'unreadable':
      return 'Saved progress from an earlier visit could not be read, so the path starts afresh. A copy of the old data was kept in this browser.';
    case 'unreadable-not-kept':
      return 'Saved progress from an earlier visit could not be read, so the path starts afresh. Your browser’s storage had no room for a copy of the old data; it stays as it was until your next answer is saved over it.';
    case 'repaired':
      return 'Some saved progress from an earlier visit was damaged and has been left out; the rest was kept.';
    default:
      return null;
  }
}
