/**
 * The keyboard model of the chart (one tab stop): which key does what, and where the focus
 * goes. ←/→ walk events in time order, ↑/↓ jump to the nearest event in the lane above or
 * below, Home/End go to the ends.
 */
import type { TimelineEvent } from './types';

export type FocusMove = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';
export type ChartCommand = FocusMove | 'open' | 'close' | 'zoom-in' | 'zoom-out' | 'fit';

const KEYS: Record<string, ChartCommand> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
  Enter: 'open',
  ' ': 'open',
  Escape: 'close',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'fit',
};

/** Time running down (phones): ↓/↑ walk events in time, ←/→ go to the lane column beside. */
const VERTICAL_ARROWS: Record<string, ChartCommand> = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  ArrowLeft: 'up',
  ArrowRight: 'down',
};

/** The command for a key, or null when the chart should leave the key alone (Tab, letters…). */
export function commandForKey(
  key: string,
  modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {},
  vertical = false,
): ChartCommand | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  return (vertical ? VERTICAL_ARROWS[key] : undefined) ?? KEYS[key] ?? null;
}

export interface NavigationModel {
  /** Visible events in time order. */
  events: readonly TimelineEvent[];
  /** Lane ids top to bottom, as drawn. */
  bandOrder: readonly string[];
  bandOf: (event: TimelineEvent) => string;
}

/**
 * Where focus starts when nothing is focused yet: Home and End go to the ends of the whole
 * timeline; an arrow starts from the first (or last) event in view, or the first of all.
 */
function entryPoint(
  model: NavigationModel,
  move: FocusMove,
  view?: { start: number; end: number },
): TimelineEvent | undefined {
  const { events } = model;
  if (move === 'first') return events[0];
  if (move === 'last') return events[events.length - 1];
  const inView = view ? events.filter((e) => e.start >= view.start && e.start <= view.end) : [];
  const pool = inView.length > 0 ? inView : events;
  return move === 'previous' ? pool[pool.length - 1] : pool[0];
}

function nearestInBand(model: NavigationModel, band: string, t: number): TimelineEvent | undefined {
  let best: TimelineEvent | undefined;
  for (const event of model.events) {
    if (model.bandOf(event) !== band) continue;
    if (!best || Math.abs(event.start - t) < Math.abs(best.start - t)) best = event;
  }
  return best;
}

/** The id that should have focus after `move`, or the current id when there is nowhere to go. */
export function moveFocus(
  model: NavigationModel,
  currentId: string | null,
  move: FocusMove,
  view?: { start: number; end: number },
): string | null {
  const { events } = model;
  if (events.length === 0) return null;
  const index = currentId === null ? -1 : events.findIndex((event) => event.id === currentId);
  if (index === -1) return entryPoint(model, move, view)?.id ?? null;
  const current = events[index]!;
  switch (move) {
    case 'first':
      return events[0]!.id;
    case 'last':
      return events[events.length - 1]!.id;
    case 'previous':
      return events[Math.max(0, index - 1)]!.id;
    case 'next':
      return events[Math.min(events.length - 1, index + 1)]!.id;
    case 'up':
    case 'down': {
      const bands = model.bandOrder;
      const step = move === 'up' ? -1 : 1;
      for (
        let b = bands.indexOf(model.bandOf(current)) + step;
        b >= 0 && b < bands.length;
        b += step
      ) {
        const target = nearestInBand(model, bands[b]!, current.start);
        if (target) return target.id;
      }
      return current.id;
    }
  }
}
