/**
 * Dates as the timeline needs them: ISO text ⇄ UTC milliseconds, and short human labels.
 * Formatting is hand-written (not Intl) so SVG snapshots are identical on every machine.
 */
import { type DatedText, MONTHS } from '../content/dates';
import type { DatePrecision } from '../content/vocabulary';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const MONTHS_SHORT = MONTHS.map((name) => name.slice(0, 3));

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** Where "YYYY-MM-DDTHH:MM" has its separators. */
const SEPARATORS: readonly [number, string][] = [
  [4, '-'],
  [7, '-'],
  [10, 'T'],
  [13, ':'],
];

/** The number written by `count` digits at `at`, or NaN if any of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads "2024", "2024-03", "2024-03-29" or "2024-03-29T15:51" (UTC, optional Z) into ms;
 * anything else, including impossible dates such as "2024-02-31", gives null. Hand-written
 * rather than a regular expression: it runs for every event on load (10,000 in the bench).
 */
export function parseMoment(raw: string): number | null {
  const text = raw.trim();
  const n = text.endsWith('Z') && text.length === 17 ? 16 : text.length;
  if (n !== 4 && n !== 7 && n !== 10 && n !== 16) return null;
  for (const [at, char] of SEPARATORS) if (at < n && text[at] !== char) return null;
  const year = digits(text, 0, 4);
  const month = n > 4 ? digits(text, 5, 2) : 1;
  const day = n > 7 ? digits(text, 8, 2) : 1;
  const hour = n > 10 ? digits(text, 11, 2) : 0;
  const minute = n > 10 ? digits(text, 14, 2) : 0;
  // NaN fails every comparison below, so a stray letter lands in the `!(…)` branch. Years before
  // 100 are refused: Date.UTC would read them as 1900–1999, and nothing here is that old.
  if (
    !(
      year >= 100 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysIn(year, month) &&
      hour <= 23 &&
      minute <= 59
    )
  )
    return null;
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** Writes ms as "2024-03-29", or with the minute ("2024-03-29T15:51Z") when it is not midnight. */
export function formatMoment(ms: number): string {
  const iso = new Date(ms).toISOString();
  const day = iso.slice(0, 10);
  const clock = iso.slice(11, 16);
  return clock === '00:00' ? day : `${day}T${clock}Z`;
}

/** The [start, end) span an event's date covers, at its precision (a time narrows it to a minute). */
export function eventSpan(date: string, precision: DatePrecision, time?: string): [number, number] {
  const start = parseMoment(time && precision === 'day' ? `${date}T${time}` : date);
  if (start === null) throw new Error(`"${date}" is not a ${precision} date`);
  const at = new Date(start);
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  if (precision === 'year') return [start, Date.UTC(y + 1, 0, 1)];
  if (precision === 'month') return [start, Date.UTC(y, m + 1, 1)];
  return [start, time ? start + 60_000 : start + DAY];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An event's date as the content helpers (src/lib/content/dates.ts) take it, to print it the site's way. */
export const datedText = (event: {
  date: string;
  precision: DatePrecision;
  time?: string | undefined;
}): DatedText => ({
  date: event.date,
  datePrecision: event.precision,
  time: event.time,
});

/** A compact "29 Mar 2024" / "Mar 2024" / "2024" for ranges and status lines. */
function formatShort(ms: number, unit: 'year' | 'month' | 'day' | 'minute'): string {
  const at = new Date(ms);
  const year = at.getUTCFullYear();
  if (unit === 'year') return String(year);
  const month = MONTHS_SHORT[at.getUTCMonth()];
  if (unit === 'month') return `${month} ${year}`;
  const day = `${at.getUTCDate()} ${month} ${year}`;
  return unit === 'day' ? day : `${day} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

/** Describes a visible range at a resolution that suits its length: "Oct 2021 – Apr 2024". */
export function formatRange(start: number, end: number): string {
  const span = end - start;
  const unit =
    span > 3 * 365 * DAY ? 'year' : span > 90 * DAY ? 'month' : span > 3 * DAY ? 'day' : 'minute';
  return `${formatShort(start, unit)} – ${formatShort(end, unit)}`;
}

export function utcClock(ms: number): string {
  const at = new Date(ms);
  return `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}
