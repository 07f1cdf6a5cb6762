/**
 * What the search box lists under itself as the reader types: the matching events in time
 * order, each with its whole title and its date, a handful at most (the chart shows the rest).
 */
import { formatDate } from '../content/dates';
import { datedText } from './time';
import type { TimelineEvent } from './types';

export interface SearchResult {
  id: string;
  title: string;
  date: string;
}

export interface SearchResults {
  results: SearchResult[];
  /** Matches beyond the listed ones. */
  more: number;
  /** One sentence for the status line and screen readers. */
  summary: string;
}

export const SEARCH_LIST_LIMIT = 8;

/** `matches` are the events the filters kept (the query among them), in time order. */
export function searchResults(
  query: string,
  matches: readonly TimelineEvent[],
  limit = SEARCH_LIST_LIMIT,
): SearchResults {
  if (!query.trim()) return { results: [], more: 0, summary: '' };
  const results = matches.slice(0, Math.max(0, limit)).map((event) => ({
    id: event.id,
    title: event.title,
    date: formatDate(datedText(event)),
  }));
  const count = matches.length;
  const summary =
    count === 0
      ? `No event matches “${query.trim()}”.`
      : `${count} ${count === 1 ? 'event matches' : 'events match'}; Enter opens the first.`;
  return { results, more: count - results.length, summary };
}
