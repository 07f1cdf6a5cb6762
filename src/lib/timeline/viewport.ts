/**
 * The time scale: which span of time is visible and how it maps to pixels. d3-zoom keeps a
 * transform {k, x} over a base scale that fits the whole domain; these helpers convert between
 * that transform and a plain {start, end, width} viewport the layout works with.
 */
import { DAY, HOUR } from './time';
import type { TimelineEvent, Viewport } from './types';

export type Domain = readonly [start: number, end: number];

export interface ZoomTransform {
  k: number;
  x: number;
}

/** The closest zoom: six hours across the chart, enough to part events minutes apart. */
export const MIN_SPAN = 6 * HOUR;

export const pxPerMs = (v: Viewport) => v.width / (v.end - v.start);
export const timeToX = (v: Viewport, t: number) => ((t - v.start) * v.width) / (v.end - v.start);
export const xToTime = (v: Viewport, x: number) => v.start + (x * (v.end - v.start)) / v.width;

/** First and last start among the events, or null for none. */
function extentOf(events: readonly TimelineEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    start = Math.min(start, event.start);
    end = Math.max(end, event.start);
  }
  return [start, end];
}

/**
 * The span the chart can show (its furthest zoom out): every event, a little room on the left
 * and more on the right, where the labels of the last events need space to be read.
 */
export function domainOf(events: readonly TimelineEvent[]): Domain {
  const extent = extentOf(events) ?? [Date.UTC(2024, 2, 29) - 365 * DAY, Date.UTC(2024, 2, 29)];
  const span = Math.max(extent[1] - extent[0], 30 * DAY);
  return [extent[0] - 0.03 * span, extent[1] + 0.35 * span];
}

/** The largest zoom factor d3-zoom may reach over this domain. */
export const maxZoom = (domain: Domain) => Math.max(1, (domain[1] - domain[0]) / MIN_SPAN);

export function viewportFromTransform(domain: Domain, width: number, t: ZoomTransform): Viewport {
  const span = domain[1] - domain[0];
  const msPerPx = span / width / t.k;
  return { start: domain[0] + -t.x * msPerPx, end: domain[0] + (width - t.x) * msPerPx, width };
}

export function transformFromViewport(
  domain: Domain,
  width: number,
  v: Pick<Viewport, 'start' | 'end'>,
): ZoomTransform {
  const k = (domain[1] - domain[0]) / (v.end - v.start);
  const baseX = ((v.start - domain[0]) / (domain[1] - domain[0])) * width;
  return { k, x: -k * baseX };
}

/**
 * Keeps a wanted window inside the domain and no narrower than MIN_SPAN; a window that is
 * wider than the domain becomes the domain. Used for URL views and "centre on this event".
 */
export function clampWindow(domain: Domain, start: number, end: number): [number, number] {
  const full = domain[1] - domain[0];
  let span = Math.min(Math.max(end - start, MIN_SPAN), full);
  const middle = (start + end) / 2;
  let from = middle - span / 2;
  from = Math.min(Math.max(from, domain[0]), domain[1] - span);
  span = Math.min(span, full);
  return [from, from + span];
}

/** A window of `span` centred on t (clamped), e.g. to show a deep-linked event. */
export const windowAround = (domain: Domain, t: number, span: number) =>
  clampWindow(domain, t - span / 2, t + span / 2);

/**
 * The window that shows a set of events with `reservePx` free on the right for the last
 * labels (at this chart width); falls back to the whole domain when there are no events.
 */
export function fitWindow(
  domain: Domain,
  events: readonly TimelineEvent[],
  width = 1000,
  reservePx = 0,
): [number, number] {
  const extent = extentOf(events);
  if (!extent) return [domain[0], domain[1]];
  const span = Math.max(extent[1] - extent[0], 2 * DAY);
  const core = 1.06 * span; // the events plus 3 % either side
  const usable = Math.max(width - reservePx, width / 3);
  const start = extent[0] - 0.03 * span;
  return clampWindow(domain, start, start + (core * width) / usable);
}

/**
 * Where to move so that an event is in view (not hugging an edge) and, if it sits in a
 * cluster, drawn on its own: `neighbours` are the start times of the other events in its
 * lane, and a mark needs `separatePx` to itself. Null when the view can stay as it is.
 */
export function revealWindow(
  domain: Domain,
  view: Viewport,
  t: number,
  clustered: boolean,
  neighbours: readonly number[],
  separatePx = 18,
): [number, number] | null {
  const current = view.end - view.start;
  let span = current;
  if (clustered) {
    let gap = Infinity;
    for (const other of neighbours) if (other !== t) gap = Math.min(gap, Math.abs(other - t));
    if (Number.isFinite(gap)) span = Math.min(span, (gap * view.width) / separatePx);
  }
  const margin = 0.08 * current;
  const inside = t > view.start + margin && t < view.end - margin;
  return inside && span === current ? null : windowAround(domain, t, span);
}
