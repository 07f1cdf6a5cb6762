/**
 * Starts the controller for one <xz-timeline>. If anything goes wrong the reader keeps the
 * server-rendered list and gets one plain sentence, never a broken chart. The synthetic bench
 * data is only honoured under automation (navigator.webdriver), so readers cannot trip it.
 */
import type { TimelineData } from '../../lib/timeline/types';
import { TimelineController } from './controller';

interface BenchRecord {
  events: number;
  /** ms from the start of the timeline's script work to the first drawn chart. */
  firstRender: number;
  /** ms from navigation start to the first drawn chart. */
  sinceNavigation: number;
  /** Work per rendered frame (layout + patch + forced style/layout), ms. */
  frames: number[];
  /** The style/layout share of each frame, ms. */
  styleLayout: number[];
}

declare global {
  interface Window {
    __timelineBench?: BenchRecord;
  }
}

async function benchData(root: HTMLElement): Promise<number | null> {
  const wanted = Number(new URLSearchParams(location.search).get('bench'));
  if (!navigator.webdriver || !Number.isInteger(wanted) || wanted <= 0 || wanted > 50_000) return null;
  const { syntheticData } = await import('../../lib/timeline/synthetic');
  // Written into the page like the real data, so the timing below includes JSON parsing.
  root.querySelector('.tl-data')!.textContent = JSON.stringify(syntheticData(wanted));
  // Collect the generator's garbage now (the bench exposes gc), not inside the timed start.
  (window as { gc?: () => void }).gc?.();
  return wanted;
}

export async function startTimeline(root: HTMLElement): Promise<() => void> {
  const benchEvents = await benchData(root).catch(() => null);
  const began = performance.now();
  const record: BenchRecord | undefined = benchEvents ? { events: benchEvents, firstRender: 0, sinceNavigation: 0, frames: [], styleLayout: [] } : undefined;
  const svg = root.querySelector('.tl-chart svg');
  const stops: (() => void)[] = [];
  try {
    const data = JSON.parse(root.querySelector('.tl-data')?.textContent ?? '{}') as TimelineData;
    const controller = new TimelineController(root, data, {
      embed: root.dataset.mode === 'embed',
      onFrame: record
        ? (ms) => {
            const t = performance.now();
            svg?.getBoundingClientRect(); // include the style and layout the frame caused
            const styleLayout = performance.now() - t;
            record.frames.push(ms + styleLayout);
            record.styleLayout.push(styleLayout);
          }
        : undefined,
    });
    stops.push(() => controller.destroy());
    if (record) {
      svg?.getBoundingClientRect();
      record.firstRender = performance.now() - began;
      record.sinceNavigation = performance.now();
      record.frames = [];
      record.styleLayout = [];
      window.__timelineBench = record;
    }
  } catch (error) {
    console.warn('The interactive timeline could not start:', error);
    for (const part of root.querySelectorAll<HTMLElement>('.tl-toolbar, .tl-stage')) part.hidden = true;
    root.querySelector('.tl-list')?.classList.remove('tl-list-offscreen');
    const message = root.querySelector<HTMLElement>('.tl-message');
    if (message) {
      message.textContent = 'The interactive chart could not start, so here is the full list of events.';
      message.hidden = false;
    }
  }
  // Only the embed page talks to a host page; /timeline/ never loads that code.
  if (root.dataset.mode === 'embed') stops.push((await import('./embedFrame')).postHeightToParent());
  return () => stops.forEach((stop) => stop());
}
