/**
 * For `npm run bench:timeline` only, never part of the site's bundle: the bench compiles this
 * file and injects it into a page it serves with synthetic events embedded, and it records how
 * long the first render and each frame take (see scripts/bench-timeline.mjs).
 */

interface BenchRecord {
  events: number;
  /** ms from the start of the timeline's script work to the first drawn chart. */
  firstRender: number;
  /** ms from navigation start to the first drawn chart. */
  sinceNavigation: number;
  /** Work per rendered frame (layout + patch + the style and layout it causes), ms. */
  frames: number[];
  /** The style/layout share of each frame, ms. */
  styleLayout: number[];
}

declare global {
  interface Window {
    __timelineBench?: BenchRecord;
  }
}

/** What the timeline calls back; the type lives in startTimeline.ts, next to the hook. */
import type { Bench } from './start-timeline';

export function startBench(root: HTMLElement, events: number): Bench {
  const svg = root.querySelector('.tl-chart svg');
  const began = performance.now();
  const record: BenchRecord = {
    events,
    firstRender: 0,
    sinceNavigation: 0,
    frames: [],
    styleLayout: [],
  };
  const flushLayout = () => {
    const t = performance.now();
    svg?.getBoundingClientRect(); // forces the style and layout the frame caused
    return performance.now() - t;
  };
  return {
    onFrame(ms) {
      const styleLayout = flushLayout();
      record.frames.push(ms + styleLayout);
      record.styleLayout.push(styleLayout);
    },
    started() {
      flushLayout();
      record.firstRender = performance.now() - began;
      record.sinceNavigation = performance.now();
      record.frames = [];
      record.styleLayout = [];
      window.__timelineBench = record;
    },
  };
}
