/**
 * Where the chart's view goes: where it opens (the URL's own view, else a stretch around a
 * deep-linked event, else the opening view of the story), onto a clicked cluster, and onto an
 * event the reader moved to.
 */
import type { LayoutEngine, PlacedMark } from '../../lib/timeline/layout';
import { openingWindow } from '../../lib/timeline/opening-view';
import type { TimelineEvent, Viewport } from '../../lib/timeline/types';
import { readUrlState, type TimelineUrlState } from '../../lib/timeline/url-state';
import { clampWindow, type Domain, revealWindow, windowAround } from '../../lib/timeline/viewport';

/** How much of the story a deep-linked event is shown with, on a 1,000 px wide chart. */
const DEEP_LINK_SPAN = 75 * 86_400_000;

/** The URL's state, checked against the events, actors and tags this page has. */
export function readTimelineUrl(events: readonly TimelineEvent[], actorIds: readonly string[]) {
  return readUrlState(location.search, {
    eventIds: new Set(events.map((event) => event.id)),
    actorIds: new Set(actorIds),
    tags: new Set(events.flatMap((event) => event.tags)),
  });
}

/** The window the chart opens on; `chosen` when the URL named it (so it is written back). */
export function initialWindow(
  domain: Domain,
  state: TimelineUrlState,
  event: TimelineEvent | undefined,
  visible: readonly TimelineEvent[],
  axisLength: number,
): { window: [number, number]; chosen: boolean } {
  if (state.view) {
    return { window: clampWindow(domain, state.view.start, state.view.end), chosen: true };
  }
  if (event) {
    // Narrower screens get a shorter stretch, so the event's neighbours keep room for labels.
    const scale = Math.min(1.2, Math.max(0.25, axisLength / 1000));
    return { window: windowAround(domain, event.start, DEEP_LINK_SPAN * scale), chosen: false };
  }
  return { window: openingWindow(domain, visible, axisLength), chosen: false };
}

/** The window that opens a clicked cluster: its events, with room either side. */
export function clusterWindow(domain: Domain, mark: PlacedMark): [number, number] {
  const first = mark.events[0]!.start;
  const last = mark.events[mark.events.length - 1]!.start;
  const pad = Math.max((last - first) * 0.6, 3_600_000);
  return clampWindow(domain, first - pad, last + pad);
}

/** Pans (and if it hides in a cluster, zooms) so the event is in view and on its own; null: stay. */
export function revealTarget(
  event: TimelineEvent,
  view: {
    domain: Domain;
    viewport: Viewport;
    engine: LayoutEngine;
    visible: readonly TimelineEvent[];
  },
  marks: readonly PlacedMark[] = [],
): [number, number] | null {
  const mark = marks.find((m) => m.events.includes(event));
  const lane = view.engine.bandOf(event);
  const neighbours = view.visible
    .filter((other) => view.engine.bandOf(other) === lane)
    .map((other) => other.start);
  const clustered = (mark?.events.length ?? 1) > 1;
  return revealWindow(view.domain, view.viewport, event.start, clustered, neighbours);
}
