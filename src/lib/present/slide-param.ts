/**
 * The deck's address: `?slide=n`, 1-based, so a talk resumes on the same slide after a crash or
 * a reload. A value that names no slide still opens the deck, on the nearest sane slide, with a
 * message that says what happened.
 */

export const SLIDE_PARAM = 'slide';

export interface SlidePosition {
  /** 0-based index of the slide to show. */
  index: number;
  /** Set when the requested value named no slide: what the reader sees. */
  notice?: string;
}

/** Longest piece of a bad value a message repeats, so a pasted essay does not fill the screen. */
const QUOTE_LIMIT = 24;

function quote(raw: string): string {
  const trimmed = raw.length > QUOTE_LIMIT ? `${raw.slice(0, QUOTE_LIMIT)}…` : raw;
  return `“${trimmed}”`;
}

/** Reads the raw `slide` value (null when absent) for a deck of `total` slides. */
export function parseSlideParam(raw: string | null, total: number): SlidePosition {
  const last = Math.max(total, 1);
  if (raw === null || raw.trim() === '') return { index: 0 };
  const text = raw.trim();
  if (!/^[+-]?\d+$/.test(text)) {
    return {
      index: 0,
      notice: `${quote(text)} is not a slide number, so the deck starts at slide 1 of ${last}.`,
    };
  }
  const number = Number(text);
  if (number < 1) {
    return {
      index: 0,
      notice: `There is no slide ${quote(text)}: slides are numbered 1 to ${last}. Showing slide 1.`,
    };
  }
  if (number > last) {
    return {
      index: last - 1,
      notice: `There is no slide ${quote(text)}: the deck ends at slide ${last}. Showing the last slide.`,
    };
  }
  return { index: number - 1 };
}

/** The query string for a slide (0-based index), keeping any other parameter as it was. */
export function slideSearch(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set(SLIDE_PARAM, String(index + 1));
  return `?${params.toString()}`;
}
