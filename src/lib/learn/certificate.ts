/** The small rules of the printable certificate: a tidy name and a readable date. */
import { truncateCodePoints } from '../site/text';

export const NAME_MAX_LENGTH = 80;

/**
 * Trims and collapses whitespace and caps the length in code points (never half an emoji); an
 * empty result means "no name yet".
 */
export function cleanName(input: string): string {
  return truncateCodePoints(input.replace(/\s+/g, ' ').trim(), NAME_MAX_LENGTH).trim();
}

/** "26 November 2026": day, month name, year, as the rest of the site writes dates. */
export function formatCertificateDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** The machine-readable form for <time datetime>, in the learner's own calendar day. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
