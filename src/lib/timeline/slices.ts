/**
 * Runs start-up work in slices, so no task on the page's main thread grows long enough to make
 * a tap wait (a "long task" is over 50 ms; with the CPU throttled ×4 a short budget keeps each
 * slice well under that). Steps run in order; after any step that took the slice past its
 * budget, the runner pauses (the caller's `pause` hands the thread back to the browser) and goes
 * on in a new task. Pure: the clock and the pause are passed in, so tests need no DOM.
 */

/**
 * One piece of work; it may hand back more steps, which run next (before the rest), or a
 * promise the run waits for (something the browser tells in its own time, like a size); the
 * run goes on in a new task after it.
 */
export type Step = () => void | readonly Step[] | Promise<void>;

export interface SliceOptions {
  /** ms a slice may run before the runner pauses. */
  budget: number;
  now: () => number;
  /** Resolves when the runner may go on (in a new task). */
  pause: () => Promise<void>;
  /** Stops the run between steps (the element left the page, say). */
  cancelled?: () => boolean;
}

/** Runs `steps` in order, pausing between slices; resolves false when cancelled, else true. */
export async function runInSlices(steps: readonly Step[], options: SliceOptions): Promise<boolean> {
  const queue = [...steps];
  let sliceStart = options.now();
  while (queue.length > 0) {
    if (options.cancelled?.()) return false;
    const more = queue.shift()!();
    if (more instanceof Promise) {
      await more;
      // It settled inside another task (a ResizeObserver report runs in the browser's rendering
      // step, after layout): going on there would make that task long, so go on in a new one.
      if (queue.length > 0) await options.pause();
      sliceStart = options.now();
      continue;
    }
    if (more) queue.unshift(...more);
    if (queue.length > 0 && options.now() - sliceStart >= options.budget) {
      await options.pause();
      sliceStart = options.now();
    }
  }
  return !options.cancelled?.();
}

/** Splits work over `items` into steps of at most `size` items each. */
export function chunkSteps<T>(
  items: readonly T[],
  size: number,
  work: (chunk: T[]) => void,
): Step[] {
  const steps: Step[] = [];
  const per = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; i += per) {
    const chunk = items.slice(i, i + per);
    steps.push(() => work(chunk));
  }
  return steps;
}

/**
 * Runs `steps` at once, in the same order runInSlices would (steps a step hands back first):
 * the same work a state change does in one go after start-up, when it is a reader's own act.
 * A step that waits (returns a promise) has no place here.
 */
export function runNow(steps: readonly Step[]): void {
  const queue = [...steps];
  while (queue.length > 0) {
    const more = queue.shift()!();
    if (more instanceof Promise) throw new Error('runNow: a step waits; run it with runInSlices.');
    if (more) queue.unshift(...more);
  }
}
