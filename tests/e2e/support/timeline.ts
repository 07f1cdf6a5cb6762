/** Helpers for the timeline specs: what the chart shows, read from the page. */
import { expect, type Locator, type Page } from '@playwright/test';

import { unpackEvent } from '../../../src/lib/timeline/chart-data';
import { prepareEvents, type PrepareInput } from '../../../src/lib/timeline/prepare';
import type { ChartData, TimelineEvent } from '../../../src/lib/timeline/types';
import { contentIds } from '../../support/content-files';

/** Ids of the published events, straight from content/ (drafts start with "_"). */
export function contentEventIds(): string[] {
  return contentIds('events');
}

export async function openTimeline(page: Page, query = ''): Promise<void> {
  await page.goto(`/timeline/${query}`);
  // The marks are in the page's HTML; wait for the script to have taken the chart over.
  await page.locator('xz-timeline[data-live]').waitFor({ state: 'attached' });
}

export interface EmbeddedData {
  events: (PrepareInput & { href: string; summary: string })[];
  actors: ChartData['actors'];
}

/**
 * The data the page embeds, unpacked, with each event's link and its summary (as the search
 * file holds it: lower case), in the build's order (see embeddedEvents for the chart's).
 */
export async function embeddedData(page: Page): Promise<EmbeddedData> {
  const data = JSON.parse(
    (await page.locator('script.tl-data').textContent()) ?? '{}',
  ) as ChartData;
  const summaries = (await (await page.request.get(data.searchUrl!)).json()) as Record<
    string,
    string
  >;
  const events = data.events.map(unpackEvent).map((event) => ({
    ...event,
    href: event.href ?? `${data.eventBase}${event.id}/`,
    summary: summaries[event.id] ?? '',
  }));
  return { events, actors: data.actors };
}

/** The embedded events as the chart walks them: prepared, in time order. */
export async function embeddedEvents(page: Page): Promise<TimelineEvent[]> {
  return prepareEvents((await embeddedData(page)).events).events;
}

export const chart = (page: Page): Locator => page.locator('.tl-chart');
export const live = (page: Page): Locator => page.locator('.tl-live');
export const detail = (page: Page): Locator => page.locator('.tl-detail');

/** How many events the marks in view stand for (a cluster counts its events). */
export async function eventsOnChart(page: Page): Promise<number> {
  return page.locator('.tl-chart svg').evaluate((svg) => {
    let total = 0;
    for (const mark of svg.querySelectorAll('.tl-layer-marks rect')) {
      const key = mark.getAttribute('data-key');
      const count = svg.querySelector(`.tl-layer-counts text[data-key="${key}"]`);
      total += count ? Number(count.textContent) : 1;
    }
    return total;
  });
}

/** The visible window as the chart reports it ("In view: 1 Feb 2024 – 1 Apr 2024"). */
export async function visibleRange(page: Page): Promise<string> {
  // The line is written a few frames after the view settles; never compare an empty one.
  await expect(page.locator('.tl-range')).toHaveText(/^In view: /);
  return (await page.locator('.tl-range').textContent()) ?? '';
}
