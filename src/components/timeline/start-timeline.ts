/**
 * Starts the controller for one <xz-timeline>. If anything goes wrong the reader keeps the
 * server-rendered list and gets one plain sentence, never a broken chart.
 */
import type { ChartData } from '../../lib/timeline/types';
import { TimelineController } from './controller';
import { fallBackToList } from './fallback';

/** Timing hooks that only `npm run bench:timeline` installs (bench-hooks.ts); readers have none. */
export interface Bench {
  onFrame(ms: number): void;
  /** Called right after the first render: records its time and starts counting frames. */
  started(): void;
}

declare global {
  interface Window {
    __timelineBenchSetup?: (root: HTMLElement) => Bench | undefined;
  }
}

export function startTimeline(root: HTMLElement): () => void {
  const bench = window.__timelineBenchSetup?.(root);
  const stops: (() => void)[] = [];
  try {
    const data = JSON.parse(root.querySelector('.tl-data')?.textContent ?? '{}') as ChartData;
    const controller = new TimelineController(root, data, {
      embed: root.dataset.mode === 'embed',
      onFrame: bench?.onFrame,
    });
    stops.push(() => controller.destroy());
    root.dataset.live = ''; // the chart now answers to input (tests and the bench wait for this)
    bench?.started();
  } catch (error) {
    fallBackToList(root, error);
  }
  return () => stops.forEach((stop) => stop());
}
