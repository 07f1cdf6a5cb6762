/**
 * Starts the controller for one <xz-timeline>. If anything goes wrong the reader keeps the
 * server-rendered list and gets one plain sentence, never a broken chart.
 */
import type { TimelineData } from '../../lib/timeline/types';
import type { Bench } from './benchHooks';
import { TimelineController } from './controller';
import { wireEmbedCode } from './embedCode';

/** The bench's hooks when `?bench=N` is asked for under automation; nothing for readers. */
async function benchFor(root: HTMLElement): Promise<Bench | undefined> {
  const wanted = Number(new URLSearchParams(location.search).get('bench'));
  if (!navigator.webdriver || !Number.isInteger(wanted) || wanted <= 0 || wanted > 50_000) return undefined;
  return (await import('./benchHooks')).startBench(root, wanted);
}

function fallBackToList(root: HTMLElement, error: unknown): void {
  console.warn('The interactive timeline could not start:', error);
  for (const part of root.querySelectorAll<HTMLElement>('.tl-toolbar, .tl-stage')) part.hidden = true;
  root.querySelector('.tl-list')?.classList.remove('tl-list-offscreen');
  const message = root.querySelector<HTMLElement>('.tl-message');
  if (message) {
    message.textContent = 'The interactive chart could not start, so here is the full list of events.';
    message.hidden = false;
  }
}

export async function startTimeline(root: HTMLElement): Promise<() => void> {
  const bench = await benchFor(root).catch(() => undefined);
  const stops: (() => void)[] = [];
  try {
    const data = JSON.parse(root.querySelector('.tl-data')?.textContent ?? '{}') as TimelineData;
    const controller = new TimelineController(root, data, { embed: root.dataset.mode === 'embed', onFrame: bench?.onFrame });
    stops.push(() => controller.destroy());
    bench?.started();
  } catch (error) {
    fallBackToList(root, error);
  }
  wireEmbedCode(root.querySelector<HTMLElement>('.tl-embed'));
  // Only the embed page talks to a host page; /timeline/ never loads that code.
  if (root.dataset.mode === 'embed') stops.push((await import('./embedFrame')).postHeightToParent());
  return () => stops.forEach((stop) => stop());
}
