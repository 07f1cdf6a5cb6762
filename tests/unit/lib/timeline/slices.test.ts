import { describe, expect, it } from 'vitest';

import { chunkSteps, runInSlices, runNow, type Step } from '../../../../src/lib/timeline/slices';

/** A clock each step advances by the ms it says it took; pauses are counted, not waited for. */
function fakeRun(costs: readonly number[], budget: number) {
  let clock = 0;
  const slices: number[][] = [[]];
  const steps: Step[] = costs.map((cost, index) => () => {
    clock += cost;
    slices[slices.length - 1]!.push(index);
  });
  const done = runInSlices(steps, {
    budget,
    now: () => clock,
    pause: async () => void slices.push([]),
  });
  return { done, slices };
}

describe('runInSlices', () => {
  it('groups short steps into one slice and pauses once the budget is spent', async () => {
    const { done, slices } = fakeRun([4, 4, 4, 4, 4, 4], 10);
    expect(await done).toBe(true);
    expect(slices).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('pauses as soon as the budget is used up, not only once it is exceeded', async () => {
    const { done, slices } = fakeRun([10, 1], 10);
    await done;
    expect(slices).toEqual([[0], [1]]);
  });

  it('gives every step that overruns the budget a slice of its own', async () => {
    const { done, slices } = fakeRun([30, 30, 2, 30], 20);
    await done;
    expect(slices).toEqual([[0], [1], [2, 3]]);
  });

  it('never pauses after the last step', async () => {
    const { done, slices } = fakeRun([50], 20);
    await done;
    expect(slices).toEqual([[0]]);
  });

  it('runs the steps a step hands back before the ones after it', async () => {
    const order: string[] = [];
    const steps: Step[] = [
      () => [() => void order.push('a1'), () => void order.push('a2')],
      () => void order.push('b'),
    ];
    await runInSlices(steps, { budget: 10, now: () => 0, pause: async () => {} });
    expect(order).toEqual(['a1', 'a2', 'b']);
  });

  it('stops between steps once cancelled and says so', async () => {
    let stop = false;
    const ran: number[] = [];
    const steps: Step[] = [0, 1, 2].map((i) => () => {
      ran.push(i);
      if (i === 1) stop = true;
    });
    const done = await runInSlices(steps, {
      budget: 10,
      now: () => 0,
      pause: async () => {},
      cancelled: () => stop,
    });
    expect(done).toBe(false);
    expect(ran).toEqual([0, 1]);
  });

  it('lets an error in a step reject the run, so the caller can fall back', async () => {
    const steps: Step[] = [
      () => {
        throw new Error('bad data');
      },
    ];
    await expect(
      runInSlices(steps, { budget: 10, now: () => 0, pause: async () => {} }),
    ).rejects.toThrow('bad data');
  });
});

describe('chunkSteps', () => {
  it('covers every item once, in order, at most `size` per step', () => {
    const seen: number[][] = [];
    const steps = chunkSteps([1, 2, 3, 4, 5], 2, (chunk) => void seen.push(chunk));
    for (const step of steps) step();
    expect(seen).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('makes no steps for no items and treats a size below one as one', () => {
    expect(chunkSteps([], 10, () => {})).toEqual([]);
    expect(chunkSteps(['a', 'b'], 0, () => {})).toHaveLength(2);
  });
});

describe('runInSlices with a step that waits', () => {
  it('waits for a step’s promise, then goes on in a new task with a fresh slice', async () => {
    let clock = 0;
    const order: string[] = [];
    let release!: () => void;
    const steps: Step[] = [
      () => {
        clock += 15;
        order.push('before');
      },
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      () => {
        order.push('after');
      },
    ];
    let pauses = 0;
    const done = runInSlices(steps, {
      budget: 20,
      now: () => clock,
      pause: async () => void pauses++,
    });
    await Promise.resolve();
    expect(order).toEqual(['before']);
    clock += 100; // time passes while the browser answers, but that is not the slice's work
    release();
    expect(await done).toBe(true);
    expect(order).toEqual(['before', 'after']);
    // One pause, right after the promise: the browser's task that settled it is not stretched.
    expect(pauses).toBe(1);
  });

  it('does not pause after a waited-for last step', async () => {
    let pauses = 0;
    const steps: Step[] = [() => Promise.resolve()];
    const done = await runInSlices(steps, {
      budget: 20,
      now: () => 0,
      pause: async () => void pauses++,
    });
    expect(done).toBe(true);
    expect(pauses).toBe(0);
  });
});

describe('runNow', () => {
  it('runs every step at once, the steps a step hands back before the ones after it', () => {
    const order: string[] = [];
    runNow([
      () => [() => void order.push('a1'), () => [() => void order.push('a2')]],
      () => void order.push('b'),
    ]);
    expect(order).toEqual(['a1', 'a2', 'b']);
  });

  it('refuses a step that waits, naming runInSlices', () => {
    expect(() => runNow([() => Promise.resolve()])).toThrow(/runInSlices/);
  });
});
