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
  /** Left out of the page's embedded data: the detail panel fetches it (see EventDetail). */
  summary?: string;
  era: Era;
  importance: 1 | 2 | 3;
  /** Source ids; left out of the embedded data like the summary. */
  sources?: string[];
  /** Link to the full event page (already includes the site base path). */
  href: string;
}

/** Everything the build knows about the events; the page embeds a lean part of it (ChartData). */
export interface TimelineData {
  events: TimelineEventInput[];
  actors: Record<string, TimelineActor>;
  sources: Record<string, TimelineSource>;
}

/** One event in the page's embedded data: only what the chart, filters and keyboard need. */
export type ChartEventInput = Omit<TimelineEventInput, 'summary' | 'sources' | 'href'> & {
  href?: string;
};

/**
 * What /timeline/ embeds. Summaries and sources stay in per-event JSON files fetched when an
 * event is opened (and one search file fetched on the first search), so the page stays small.
 */
export interface ChartData {
  /** Packed rows in the page (see chart-data.ts), or plain objects (tests, the bench). */
  events: (PackedEvent | ChartEventInput)[];
  actors: Record<string, TimelineActor>;
  /** An event's page is eventBase + id + "/". */
  eventBase?: string;
  /** An event's detail file is detailBase + id + ".json". */
  detailBase?: string;
  /** The summaries for the search, by event id (normalised text). */
  searchUrl?: string;
  /** Sources by id, for data that carries them inline (tests, the bench); the page does not. */
  sources?: Record<string, TimelineSource>;
}

/**
 * One event as the page embeds it, a row rather than an object so that field names are not
 * repeated a hundred times: [id, title, date, time ('' = none), lanes, actors, tags (each
 * comma-joined), certainty, era, importance]. The precision follows from the date's length.
 */
export type PackedEvent = [
  id: string,
  title: string,
  date: string,
  time: string,
  lanes: string,
  actors: string,
  tags: string,
  certainty: Certainty,
  era: Era,
  importance: 1 | 2 | 3,
  href?: string,
];

/** The detail panel's part of an event, fetched when it is opened. */
export interface EventDetail {
  summary: string;
  sources: TimelineSource[];
}

export interface TimelineEvent extends TimelineEventInput {
  summary: string;
  sources: string[];
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
