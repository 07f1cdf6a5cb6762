/** Dates in the content are ISO text with a precision; these helpers sort and print them. */
import type { DatePrecision } from './vocabulary';

export interface DatedText {
  date: string;
  datePrecision: DatePrecision;
  time?: string | undefined;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The first instant the date can stand for, as a UTC Date (a year means 1 January). */
export function startOf(dated: DatedText): Date {
  const [year, month = '01', day = '01'] = dated.date.split('-');
  const time = dated.time ?? '00:00';
  return new Date(`${year}-${month}-${day}T${time}:00Z`);
}

/** A stable sort key: time order, then events with a known time after those without on the same day. */
export function compareDated(a: DatedText, b: DatedText): number {
  return startOf(a).getTime() - startOf(b).getTime();
}

/** "29 March 2024, 15:51 UTC", "December 2008", "2005": never more precise than the source. */
export function formatDate(dated: DatedText): string {
  const [year, month, day] = dated.date.split('-');
  if (dated.datePrecision === 'year' || !month) return year ?? dated.date;
  const monthName = MONTHS[Number(month) - 1];
  if (dated.datePrecision === 'month' || !day) return `${monthName} ${year}`;
  const base = `${Number(day)} ${monthName} ${year}`;
  return dated.time ? `${base}, ${dated.time} UTC` : base;
}

/** The value of a `<time datetime>` attribute for the dated text. */
export function machineDate(dated: DatedText): string {
  return dated.time ? `${dated.date}T${dated.time}Z` : dated.date;
}
