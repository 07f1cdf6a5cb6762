/**
 * Starts the controller for one <xz-timeline>. If anything goes wrong the reader keeps the
 * server-rendered list and gets one plain sentence, never a broken chart.
 */
import type { TimelineData } from '../../lib/timeline/types';
import { TimelineController } from './controller';
import { wireEmbedCode } from './embed-code';

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

function fallBackToList(root: HTMLElement, error: unknown): void {
  console.warn('The interactive timeline could not start:', error);
  for (const part of root.querySelectorAll<HTMLElement>('.tl-toolbar, .tl-stage'))
    part.hidden = true;
  root.querySelector('.tl-list')?.classList.remove('tl-list-offscreen');
  const message = root.querySelector<HTMLElement>('.tl-message');
  if (message) {
    message.textContent =
      'The interactive chart could not start, so here is the full list of events.';
    message.hidden = false;
  }
}

export function startTimeline(root: HTMLElement): () => void {
  const bench = window.__timelineBenchSetup?.(root);
  const stops: (() => void)[] = [];
  try {
    const data = JSON.parse(root.querySelector('.tl-data')?.textContent ?? '{}') as TimelineData;
    const controller = new TimelineController(root, data, {
      embed: root.dataset.mode === 'embed',
      onFrame: bench?.onFrame,
    });
    stops.push(() => controller.destroy());
    bench?.started();
  } catch (error) {
    fallBackToList(root, error);
  }
  wireEmbedCode(root.querySelector<HTMLElement>('.tl-embed'));
  return () => stops.forEach((stop) => stop());
}
