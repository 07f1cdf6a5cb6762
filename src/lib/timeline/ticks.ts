/**
 * Axis ticks that adapt to the zoom: decades → years → months → days → hours. The finest
 * interval whose ticks stay at least `minSpacing` px apart wins, so labels never collide.
 * Tick dates follow d3-time's `utc*.every(step)` rules (day steps restart each month), but are
 * stepped here directly: four UTC intervals are not worth d3-time's 2.6 KB in the bundle.
 */
import { MONTHS } from '../content/dates';
import { DAY, HOUR, MONTHS_SHORT, utcClock } from './time';
import type { Viewport } from './types';
import { pxPerMs } from './viewport';

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface Tick {
  t: number;
  label: string;
  /** A boundary of the next unit up (a new year among months, a new month among days). */
  major: boolean;
}

export interface TickSet {
  unit: TickUnit;
  step: number;
  ticks: Tick[];
  /** The larger unit the ticks sit in ("March 2024"), shown pinned at the left of the axis. */
  context: string;
}

interface Candidate {
  unit: TickUnit;
  step: number;
  approxMs: number;
}

const YEAR_MS = 365.25 * DAY;
const MONTH_MS = YEAR_MS / 12;

// Finest first. Day steps stay divisors of a month's start (1, 2 or 7 → 1, 8, 15, 22, 29).
const CANDIDATES: Candidate[] = [
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approxMs: step * HOUR })),
  ...[1, 2, 7].map((step) => ({ unit: 'day' as const, step, approxMs: step * DAY })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, approxMs: step * MONTH_MS })),
  ...[1, 2, 5, 10, 25, 50, 100].map((step) => ({
    unit: 'year' as const,
    step,
    approxMs: step * YEAR_MS,
  })),
];

function pickCandidate(v: Viewport, minSpacing: number): Candidate {
  const scale = pxPerMs(v);
  return (
    CANDIDATES.find((c) => c.approxMs * scale >= minSpacing) ?? CANDIDATES[CANDIDATES.length - 1]!
  );
}

/** The first boundary of `unit` at or after t, and the boundary after a given one. */
function unitStart(unit: TickUnit, t: number): Date {
  const at = new Date(t);
  const [y, m, d, h] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours()];
  const floor =
    unit === 'year'
      ? Date.UTC(y, 0)
      : unit === 'month'
        ? Date.UTC(y, m)
        : unit === 'day'
          ? Date.UTC(y, m, d)
          : Date.UTC(y, m, d, h);
  return floor < t ? nextBoundary(unit, new Date(floor)) : new Date(floor);
}

function nextBoundary(unit: TickUnit, at: Date): Date {
  const [y, m, d, h] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours()];
  if (unit === 'year') return new Date(Date.UTC(y + 1, 0));
  if (unit === 'month') return new Date(Date.UTC(y, m + 1));
  if (unit === 'day') return new Date(Date.UTC(y, m, d + 1));
  return new Date(Date.UTC(y, m, d, h + 1));
}

/** Whether a boundary is one of every `step`th: years, months and hours by value, days by day of month. */
function onStep(unit: TickUnit, step: number, at: Date): boolean {
  if (unit === 'year') return at.getUTCFullYear() % step === 0;
  if (unit === 'month') return at.getUTCMonth() % step === 0;
  if (unit === 'day') return (at.getUTCDate() - 1) % step === 0;
  return at.getUTCHours() % step === 0;
}

function tickDates(unit: TickUnit, step: number, start: number, end: number): Date[] {
  const dates: Date[] = [];
  for (let at = unitStart(unit, start); at.getTime() <= end; at = nextBoundary(unit, at)) {
    if (onStep(unit, step, at)) dates.push(at);
  }
  return dates;
}

function labelFor(unit: TickUnit, at: Date): Tick['label'] {
  if (unit === 'year') return String(at.getUTCFullYear());
  if (unit === 'month') return MONTHS_SHORT[at.getUTCMonth()]!;
  if (unit === 'day') return String(at.getUTCDate());
  return utcClock(at.getTime());
}

function majorLabel(unit: TickUnit, at: Date): string | null {
  if (unit === 'month' && at.getUTCMonth() === 0) return String(at.getUTCFullYear());
  if (unit === 'day' && at.getUTCDate() === 1) return MONTHS_SHORT[at.getUTCMonth()]!;
  if (unit === 'hour' && at.getUTCHours() === 0)
    return `${at.getUTCDate()} ${MONTHS_SHORT[at.getUTCMonth()]}`;
  return null;
}

function contextFor(unit: TickUnit, start: number): string {
  const at = new Date(start);
  if (unit === 'month') return String(at.getUTCFullYear());
  if (unit === 'day') return `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
  if (unit === 'hour')
    return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
  return '';
}

export function chooseTicks(v: Viewport, minSpacing = 56): TickSet {
  const { unit, step, approxMs } = pickCandidate(v, minSpacing);
  const dates = tickDates(unit, step, v.start, v.end);
  const all = dates.map((at) => {
    const major = majorLabel(unit, at);
    return { t: at.getTime(), label: major ?? labelFor(unit, at), major: major !== null };
  });
  // Day steps restart each month ("29, 1"): drop a tick that sits too close before the next.
  const ticks = all.filter(
    (tick, i) => tick.major || !all[i + 1] || all[i + 1]!.t - tick.t >= 0.75 * approxMs,
  );
  return { unit, step, ticks, context: contextFor(unit, v.start) };
}
