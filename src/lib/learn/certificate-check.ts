/**
 * The check page's rules: read what a trainer typed from a printed certificate (name, date,
 * score, code), say plainly what is wrong with any of it, and compare the code with the one the
 * fields give. Forgiving where a reader could not know better (lower case, spaces, O for 0),
 * strict where a typo would change the meaning. Never throws.
 */
import { cleanName } from './certificate';
import { type CertificateFields, type Digest, verificationCode } from './verification-code';

export interface CheckInput {
  name: string;
  date: string;
  score: string;
  code: string;
}

export type CheckField = keyof CheckInput;

export type CheckOutcome =
  /** Something typed cannot be read; one message per field at fault. */
  | { kind: 'invalid'; problems: Partial<Record<CheckField, string>> }
  /** This browser offers no Web Crypto (a plain-http page), so no code can be computed. */
  | { kind: 'unavailable' }
  | { kind: 'match' | 'mismatch'; code: string; notes: string[] };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-11-26" or "26 November 2026" (as printed) → "2026-11-26"; null when not a real day. */
export function readDay(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ');
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const long = /^(\d{1,2}) ([a-z]+),? (\d{4})$/i.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (long) {
    [day, year] = [Number(long[1]), Number(long[3])];
    month = MONTHS.indexOf(long[2]!.toLowerCase()) + 1;
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    month >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** "85", "85%", "85 %" → 85; null outside 0–100 or when not a whole number. */
export function readScore(input: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(input.trim());
  const value = match ? Number(match[1]) : Number.NaN;
  return value >= 0 && value <= 100 ? value : null;
}

const CODE_CHARACTERS = /^[0-9A-HJKMNP-TV-Z]+$/;

/** The code in its printed form, or the reason it cannot be one; `note` when it was tidied. */
export function readCode(input: string): { code: string; note?: string } | { problem: string } {
  const compact = input.replace(/[\s-]+/g, '');
  if (compact === '')
    return { problem: 'Type the code printed on the certificate, for example 7K3M-Q9XA.' };
  // Crockford's base 32 reads the look-alikes O, I and L as the digits they resemble.
  const read = compact.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  const stray = [...read].find((char) => !CODE_CHARACTERS.test(char));
  if (stray)
    return {
      problem: `“${stray}” does not occur in codes: they use the digits 0–9 and the letters A–Z except I, L, O and U.`,
    };
  if (read.length !== 8)
    return {
      problem: `A code has 8 characters (XXXX-XXXX); this one has ${read.length}.`,
    };
  const code = `${read.slice(0, 4)}-${read.slice(4)}`;
  return code === input.trim() ? { code } : { code, note: `The code was read as ${code}.` };
}

/** Reads the four fields; the fields for the code, or one message per field at fault. */
function readInput(
  input: CheckInput,
):
  | { fields: CertificateFields; code: string; notes: string[] }
  | { problems: Partial<Record<CheckField, string>> } {
  const problems: Partial<Record<CheckField, string>> = {};
  const name = cleanName(input.name);
  if (name === '') problems.name = 'Type the name exactly as it is printed on the certificate.';
  const day = readDay(input.date);
  if (day === null)
    problems.date =
      input.date.trim() === ''
        ? 'Type the date printed on the certificate, for example 26 November 2026.'
        : 'This is not a date in the form 26 November 2026 or 2026-11-26.';
  const percent = readScore(input.score);
  if (percent === null)
    problems.score =
      input.score.trim() === ''
        ? 'Type the score in per cent printed on the certificate, for example 85.'
        : 'The score is a whole percentage from 0 to 100, for example 85.';
  const code = readCode(input.code);
  if ('problem' in code) problems.code = code.problem;
  if (Object.keys(problems).length > 0 || day === null || percent === null || 'problem' in code)
    return { problems };
  return { fields: { name, day, percent }, code: code.code, notes: code.note ? [code.note] : [] };
}

/** Whether the typed code belongs to the typed name, date and score. */
export async function checkCertificate(
  input: CheckInput,
  digest: Digest | undefined,
): Promise<CheckOutcome> {
  const read = readInput(input);
  if ('problems' in read) return { kind: 'invalid', problems: read.problems };
  if (!digest) return { kind: 'unavailable' };
  let expected: string;
  try {
    expected = await verificationCode(read.fields, digest);
  } catch {
    return { kind: 'unavailable' };
  }
  return {
    kind: expected === read.code ? 'match' : 'mismatch',
    code: read.code,
    notes: read.notes,
  };
}
