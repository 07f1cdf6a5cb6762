/**
 * Starts the controller for one <xz-timeline>. The chart drawn at build time is already on
 * screen, so the start-up work runs in slices (slices.ts): no task long enough to hold up a tap.
 * If anything goes wrong the reader keeps the server-rendered list and gets one plain sentence,
 * never a broken chart.
 */
import { runInSlices, type Step } from '../../lib/timeline/slices';
import type { ChartData } from '../../lib/timeline/types';
import { TimelineController } from './controller';
import { fallBackToList } from './fallback';
import { yieldToPage } from './yield-to-page';

/** Timing hooks that only `npm run bench:timeline` installs (bench-hooks.ts); readers have none. */
export interface Bench {
  onFrame(ms: number): void;
  /** Called once the chart is live: records its time and starts counting frames. */
  started(): void;
}

declare global {
  interface Window {
    __timelineBenchSetup?: (root: HTMLElement) => Bench | undefined;
  }
}

/**
 * A slice ends after the step that takes it past this many ms (measured on the reader's CPU,
 * however slow), so with each step kept short no task nears the 50 ms of a long task.
 */
const SLICE_MS = 10;

export function startTimeline(root: HTMLElement): () => void {
  const bench = window.__timelineBenchSetup?.(root);
  let controller: TimelineController | undefined;
  let stopped = false;
  const fail = (error: unknown) => {
    controller?.destroy();
    fallBackToList(root, error);
  };
  // Even reading the data waits for a task of its own: the one that loaded this module has
  // already evaluated it and its imports.
  let data: ChartData;
  const steps: Step[] = [
    () => void (data = JSON.parse(root.querySelector('.tl-data')?.textContent ?? '{}')),
    () => {
      controller = new TimelineController(root, data, {
        embed: root.dataset.mode === 'embed',
        onFrame: bench?.onFrame,
      });
      return controller.startSteps();
    },
  ];
  const options = {
    budget: SLICE_MS,
    now: () => performance.now(),
    pause: yieldToPage,
    cancelled: () => stopped,
  };
  yieldToPage()
    .then(() => runInSlices(steps, options))
    .then((done) => {
      if (!done) return;
      root.dataset.live = ''; // the chart now answers to input (tests and the bench wait for this)
      bench?.started();
    })
    .catch(fail);
  return () => {
    stopped = true;
    controller?.destroy();
  };
}
