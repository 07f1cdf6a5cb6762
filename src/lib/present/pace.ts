/**
 * The speaker view's clock arithmetic: the target length of the talk (`?target=` minutes, set in
 * the view), the countdown to it, and the pace against the cut's per-slide times.
 */
import type { PlanEntry } from './cuts';
import { formatElapsed } from './stopwatch';

const TARGET_PARAM = 'target';
/** Longest talk the countdown accepts: four hours. */
const MAX_TARGET_MINUTES = 240;

/** The target in minutes from `?target=`, or `fallback` when absent or not a sane number. */
export function parseTarget(search: string, fallback: number): number {
  // An absent or empty value reads as 0, which the range below refuses.
  const minutes = Number(new URLSearchParams(search).get(TARGET_PARAM));
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TARGET_MINUTES
    ? minutes
    : fallback;
}

/** The query string with the target set, other parameters kept. */
export function targetSearch(search: string, minutes: number): string {
  const params = new URLSearchParams(search);
  params.set(TARGET_PARAM, String(minutes));
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

/** The talk's planned length in whole minutes (at least 1). */
export function plannedMinutes(plan: readonly PlanEntry[]): number {
  return Math.max(1, Math.round(plan.reduce((sum, entry) => sum + entry.seconds, 0) / 60));
}

/** "1:30 left" or "0:45 over" for the countdown to the target. */
export function describeCountdown(targetMinutes: number, elapsedMs: number): string {
  const leftMs = targetMinutes * 60_000 - elapsedMs;
  return leftMs >= 0 ? `${formatElapsed(leftMs)} left` : `${formatElapsed(-leftMs)} over`;
}

export interface Pace {
  status: 'ahead' | 'behind' | 'on time';
  /** How far ahead or behind, in whole seconds (0 when on time). */
  seconds: number;
}

/**
 * Ahead when the speaker reached slide `position` before its planned start, behind when they are
 * still on it after its planned end; on time in between.
 */
export function paceAt(plan: readonly PlanEntry[], position: number, elapsedMs: number): Pace {
  const start = plan.slice(0, position).reduce((sum, entry) => sum + entry.seconds, 0);
  const end = start + (plan[position]?.seconds ?? 0);
  const elapsed = elapsedMs / 1000;
  if (elapsed < start) return { status: 'ahead', seconds: Math.round(start - elapsed) };
  if (elapsed > end) return { status: 'behind', seconds: Math.round(elapsed - end) };
  return { status: 'on time', seconds: 0 };
}

export function describePace(pace: Pace): string {
  return pace.status === 'on time'
    ? 'On time'
    : `${formatElapsed(pace.seconds * 1000)} ${pace.status}`;
}
