/**
 * The timeline's own data shapes. `TimelineEventInput` is what the page embeds as JSON (lean:
 * actors and sources are shared tables); `TimelineEvent` is the same event prepared once on load
 * with its time span and search text, so nothing per frame re-parses dates or strings.
 */
import type { Certainty, DatePrecision, Era, Lane } from '../content/vocabulary';

export interface TimelineActor {
  name: string;
  /** A suspected sock puppet or invented identity; highlighted in filters and details. */
  persona: boolean;
}

export interface TimelineSource {
  title: string;
  publisher: string;
  url: string;
  primary: boolean;
}

export interface TimelineEventInput {
  id: string;
  title: string;
  /** ISO text as written in the content: "2024-03-29", "2022-06" or "2005". */
  date: string;
  precision: DatePrecision;
  /** "HH:MM" in UTC, only for day precision. */
  time?: string;
  lanes: Lane[];
  actors: string[];
  tags: string[];
  certainty: Certainty;
  summary: string;
  era: Era;
  importance: 1 | 2 | 3;
  sources: string[];
  /** Link to the full event page (already includes the site base path). */
  href: string;
}

export interface TimelineData {
  events: TimelineEventInput[];
  actors: Record<string, TimelineActor>;
  sources: Record<string, TimelineSource>;
}

export interface TimelineEvent extends TimelineEventInput {
  /** Position in time order (0 = earliest); the keyboard walks this order. */
  order: number;
  /** Start of the event's date span, ms since the epoch (UTC). */
  start: number;
  /** End of the date span (exclusive): a day, a month or a year after the start. */
  end: number;
  /** Lower-case, accent-free title + summary for the text search. */
  searchText: string;
}

/** The visible time window and the pixel width it is drawn into. */
export interface Viewport {
  start: number;
  end: number;
  width: number;
}

/** Measures the rendered width of a label in px (canvas in the browser, a table in tests). */
export type MeasureText = (text: string, bold?: boolean) => number;
