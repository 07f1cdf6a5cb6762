/**
 * The speaker view's talk timer: a stopwatch that can pause and reset, kept as plain data
 * (the clock is passed in) so it is tested without waiting.
 */

export interface Stopwatch {
  /** The clock reading when the current run began, or null while paused. */
  runningSince: number | null;
  /** Time banked by earlier runs, in ms. */
  bankedMs: number;
}

export const STOPPED: Stopwatch = { runningSince: null, bankedMs: 0 };

export function isRunning(watch: Stopwatch): boolean {
  return watch.runningSince !== null;
}

export function start(watch: Stopwatch, now: number): Stopwatch {
  return isRunning(watch) ? watch : { runningSince: now, bankedMs: watch.bankedMs };
}

export function pause(watch: Stopwatch, now: number): Stopwatch {
  return isRunning(watch) ? { runningSince: null, bankedMs: elapsedMs(watch, now) } : watch;
}

/** Back to zero; a running stopwatch keeps running from zero. */
export function reset(watch: Stopwatch, now: number): Stopwatch {
  return { runningSince: isRunning(watch) ? now : null, bankedMs: 0 };
}

export function elapsedMs(watch: Stopwatch, now: number): number {
  const running = watch.runningSince === null ? 0 : Math.max(0, now - watch.runningSince);
  return watch.bankedMs + running;
}

/** "0:07", "12:34", "1:02:03": minutes and seconds, hours once the talk passes one. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** The same time in words, for the timer's accessible name ("12 minutes 34 seconds"). */
export function describeElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const parts: [number, string][] = [
    [Math.floor(totalSeconds / 3600), 'hour'],
    [Math.floor((totalSeconds % 3600) / 60), 'minute'],
    [totalSeconds % 60, 'second'],
  ];
  const words = parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}${value === 1 ? '' : 's'}`);
  return words.length > 0 ? words.join(' ') : '0 seconds';
}
