import { describe, expect, it, vi } from 'vitest';

import {
  describeStorageProblem,
  ProgressStore,
  STORAGE_KEY,
  type StorageLike,
  UNREADABLE_KEY,
} from '../../../../src/lib/learn/progress-store';

/** An in-memory stand-in for localStorage that can be told to fail. */
class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  failWrites = false;
  failReads = false;
  getItem(key: string) {
    if (this.failReads) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.failWrites) throw new DOMException('blocked', 'SecurityError');
    this.items.delete(key);
  }
}

describe('the progress store', () => {
  it('survives a reload: a new store over the same storage sees earlier answers', () => {
    const storage = new FakeStorage();
    const first = new ProgressStore(() => storage);
    first.answer('q1', { choice: 2, correct: true });
    first.attemptExercise('ex', false);

    const reloaded = new ProgressStore(() => storage);
    expect(reloaded.progress.answers.q1).toEqual({ choice: 2, correct: true });
    expect(reloaded.progress.exercises.ex).toEqual({ solved: false, attempts: 1 });
    expect(reloaded.status).toEqual({ persistent: true, problem: null });
  });

  it('returns the answer that counts, which is the first one', () => {
    const store = new ProgressStore(() => new FakeStorage());
    expect(store.answer('q1', { choice: 0, correct: false })).toEqual({
      choice: 0,
      correct: false,
    });
    expect(store.answer('q1', { choice: 1, correct: true })).toEqual({ choice: 0, correct: false });
  });

  it('works in memory and says so when the storage getter throws', () => {
    const store = new ProgressStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.status).toEqual({ persistent: false, problem: 'unavailable' });
    store.answer('q1', { choice: 1, correct: true });
    expect(store.progress.answers.q1?.correct).toBe(true);
  });

  it('works in memory when reading throws, and never writes', () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    const setItem = vi.spyOn(storage, 'setItem');
    const store = new ProgressStore(() => storage);
    store.answer('q1', { choice: 1, correct: true });
    expect(store.status.problem).toBe('unavailable');
    expect(setItem).not.toHaveBeenCalled();
  });

  it('keeps progress in memory and reports it when a save fails', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    const seen: string[] = [];
    store.subscribe((_progress, status) => seen.push(String(status.problem)));
    storage.failWrites = true;
    store.answer('q1', { choice: 0, correct: true });
    expect(store.progress.answers.q1).toBeDefined();
    expect(store.status).toEqual({ persistent: false, problem: 'write-failed' });
    expect(seen).toEqual(['write-failed']);
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
  });

  it('saves again once storage has room, with the answers kept in memory meanwhile', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    const seen: string[] = [];
    store.subscribe((_progress, status) => seen.push(String(status.problem)));
    storage.failWrites = true;
    store.answer('q1', { choice: 0, correct: true });
    storage.failWrites = false;
    store.answer('q2', { choice: 2, correct: false });
    expect(store.status).toEqual({ persistent: true, problem: null });
    expect(seen).toEqual(['write-failed', 'null']);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).answers).toEqual({
      q1: { choice: 0, correct: true },
      q2: { choice: 2, correct: false },
    });
  });

  it('resets storage too after a failed save, once storage works again', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    store.answer('q1', { choice: 0, correct: true });
    storage.failWrites = true;
    store.answer('q2', { choice: 0, correct: true });
    storage.failWrites = false;
    store.reset();
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    expect(store.status).toEqual({ persistent: true, problem: null });
  });

  it('starts afresh on unreadable stored text but keeps a copy of it', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, '{"version":1,"answ');
    const store = new ProgressStore(() => storage);
    expect(store.status).toEqual({ persistent: true, problem: 'unreadable' });
    expect(store.progress.answers).toEqual({});
    expect(storage.items.get(UNREADABLE_KEY)).toBe('{"version":1,"answ');
    store.answer('q1', { choice: 0, correct: true });
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).answers.q1).toEqual({
      choice: 0,
      correct: true,
    });
  });

  it('reports repaired progress and keeps its valid part', () => {
    const storage = new FakeStorage();
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        answers: { q1: { choice: 1, correct: true }, q2: 'bad' },
        exercises: {},
      }),
    );
    const store = new ProgressStore(() => storage);
    expect(store.status.problem).toBe('repaired');
    expect(store.progress.answers).toEqual({ q1: { choice: 1, correct: true } });
  });

  it('erases everything on reset, in memory and in storage, and tells listeners', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    store.answer('q1', { choice: 0, correct: true });
    const listener = vi.fn();
    store.subscribe(listener);
    store.reset();
    expect(store.progress.answers).toEqual({});
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(new ProgressStore(() => storage).progress.answers).toEqual({});
  });

  it('forgets one chapter’s answers for a retry, saves that, and keeps everything else', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    store.answer('q1', { choice: 0, correct: false });
    store.answer('q2', { choice: 0, correct: true });
    store.answer('other', { choice: 1, correct: true });
    store.attemptExercise('ex', true);
    store.forgetAnswers(['q1', 'q2']);
    const reloaded = new ProgressStore(() => storage).progress;
    expect(reloaded.answers).toEqual({ other: { choice: 1, correct: true } });
    expect(reloaded.exercises.ex).toEqual({ solved: true, attempts: 1 });
    // A retried question takes a new first answer.
    expect(store.answer('q1', { choice: 2, correct: true })).toEqual({ choice: 2, correct: true });
  });

  it('does not notify or save when nothing changed', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    store.answer('q1', { choice: 0, correct: true });
    const listener = vi.fn();
    store.subscribe(listener);
    store.answer('q1', { choice: 1, correct: false });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once unsubscribed', () => {
    const store = new ProgressStore(() => new FakeStorage());
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    stop();
    store.answer('q1', { choice: 0, correct: true });
    expect(listener).not.toHaveBeenCalled();
  });

  it('takes in changes from another tab for its own key only', () => {
    const store = new ProgressStore(() => new FakeStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    store.receive('someone-else', '{"version":1,"answers":{"q9":{"choice":0,"correct":true}}}');
    expect(listener).not.toHaveBeenCalled();
    store.receive(
      STORAGE_KEY,
      '{"version":1,"answers":{"q9":{"choice":0,"correct":true}},"exercises":{}}',
    );
    expect(store.progress.answers.q9).toEqual({ choice: 0, correct: true });
    store.receive(null, null);
    expect(store.progress.answers).toEqual({});
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('unreadable progress near the quota', () => {
  it('does not claim a copy of unreadable progress that storage refused to write', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, '{"version":1,"answ');
    storage.failWrites = true;
    const store = new ProgressStore(() => storage);
    expect(store.status).toEqual({ persistent: true, problem: 'unreadable-not-kept' });
    expect(storage.items.has(UNREADABLE_KEY)).toBe(false);
    expect(describeStorageProblem(store.status.problem)).not.toMatch(
      /copy of the old data was kept/,
    );
  });
});

describe('storage problem messages', () => {
  it('say nothing when there is no problem and something for every problem', () => {
    expect(describeStorageProblem(null)).toBeNull();
    const problems = [
      'unavailable',
      'write-failed',
      'unreadable',
      'unreadable-not-kept',
      'repaired',
    ] as const;
    const messages = problems.map((problem) => describeStorageProblem(problem) ?? '');
    for (const message of messages) expect(message.length).toBeGreaterThan(40);
    expect(new Set(messages).size).toBe(problems.length);
    expect(describeStorageProblem('unavailable')).toMatch(/forgotten/);
  });
});

describe('the route kept by the progress store', () => {
  it('saves the chosen route so a reload resumes on it, and tells listeners once', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    const heard: string[] = [];
    store.subscribe((progress) => heard.push(progress.route));
    store.chooseRoute('essentials');
    store.chooseRoute('essentials');
    expect(heard).toEqual(['essentials']);
    expect(new ProgressStore(() => storage).progress.route).toBe('essentials');
  });

  it('goes back to the full route on reset', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(() => storage);
    store.chooseRoute('essentials');
    store.reset();
    expect(store.progress.route).toBe('full');
    expect(new ProgressStore(() => storage).progress.route).toBe('full');
  });
});
