/**
 * The timeline's state in the URL: filters, the open event and the visible window. Reading is
 * forgiving (unknown values are dropped with a message); writing keeps unrelated parameters.
 */
import { CERTAINTIES, type Certainty, type Lane, LANES } from '../content/vocabulary';
import { truncateCodePoints } from '../site/text';
import type { FilterState } from './filters';
import { DAY, formatMoment, HOUR, parseMoment } from './time';

export interface TimelineUrlState {
  filters: FilterState;
  event: string | null;
  view: { start: number; end: number } | null;
}

export interface KnownValues {
  eventIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

export interface ReadResult {
  state: TimelineUrlState;
  /** Sentences for the reader about anything in the link that was ignored. */
  problems: string[];
}

const PARAMS = ['event', 'from', 'to', 'lane', 'actor', 'tag', 'certainty', 'q'] as const;
const MAX_ECHO = 40;
/** How many ignored values a message names; the rest are counted. */
const MAX_ECHOED_VALUES = 5;

/** Quotes a value from the URL for a message, cut short so a hostile link cannot flood the page. */
const quote = (value: string) => {
  const short = truncateCodePoints(value, MAX_ECHO);
  return `“${short === value ? value : `${short}…`}”`;
};

/** "“a”, “b” and 1,395 more": each value once, at most MAX_ECHOED_VALUES of them. */
function quoteList(values: string[]): string {
  const distinct = [...new Set(values)];
  const shown = distinct.slice(0, MAX_ECHOED_VALUES).map(quote).join(', ');
  const rest = distinct.length - MAX_ECHOED_VALUES;
  return rest > 0 ? `${shown} and ${rest.toLocaleString('en-GB')} more` : shown;
}

function readList<T extends string>(
  params: URLSearchParams,
  name: string,
  isKnown: (value: string) => value is T,
  what: string,
  problems: string[],
): T[] {
  const raw = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  const unknown = raw.filter((value) => !isKnown(value));
  if (unknown.length > 0) problems.push(`Ignored the unknown ${what} ${quoteList(unknown)}.`);
  return [...new Set(raw.filter(isKnown))];
}

function readView(params: URLSearchParams, problems: string[]): TimelineUrlState['view'] {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return null;
  const start = from === null ? null : parseMoment(from);
  const end = to === null ? null : parseMoment(to);
  if (start === null || end === null || end <= start) {
    problems.push(
      `The view in this link (from ${quote(from ?? '')} to ${quote(to ?? '')}) could not be read, so the whole timeline is shown.`,
    );
    return null;
  }
  return { start, end };
}

export function readUrlState(search: string | URLSearchParams, known: KnownValues): ReadResult {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: string[] = [];
  const isLane = (v: string): v is Lane => (LANES as readonly string[]).includes(v);
  const isCertainty = (v: string): v is Certainty => (CERTAINTIES as readonly string[]).includes(v);
  const isActor = (v: string): v is string => known.actorIds.has(v);
  const isTag = (v: string): v is string => known.tags.has(v);

  const filters: FilterState = {
    lanes: readList(params, 'lane', isLane, 'lane', problems),
    actors: readList(params, 'actor', isActor, 'actor', problems),
    tags: readList(params, 'tag', isTag, 'tag', problems),
    certainties: readList(params, 'certainty', isCertainty, 'certainty', problems),
    query: (params.get('q') ?? '').slice(0, 200),
  };
  let event = params.get('event') || null;
  if (event !== null && !known.eventIds.has(event)) {
    problems.push(`There is no event ${quote(event)}. Showing the full timeline.`);
    event = null;
  }
  return { state: { filters, event, view: readView(params, problems) }, problems };
}

/** Returns "?…" (or "") with our parameters set from `state` and any others left as they were. */
export function writeUrlState(
  state: TimelineUrlState,
  current: string | URLSearchParams = '',
): string {
  const params = new URLSearchParams(current);
  for (const name of PARAMS) params.delete(name);
  const { filters } = state;
  const lists: [string, readonly string[]][] = [
    ['lane', filters.lanes],
    ['actor', filters.actors],
    ['tag', filters.tags],
    ['certainty', filters.certainties],
  ];
  for (const [name, values] of lists) if (values.length > 0) params.set(name, values.join(','));
  if (filters.query.trim()) params.set('q', filters.query.trim());
  if (state.event) params.set('event', state.event);
  if (state.view) {
    const { start, end } = state.view;
    // A view years wide needs no minutes: round to what the reader could tell apart.
    const step = end - start > 60 * DAY ? DAY : end - start > 3 * DAY ? HOUR : 60_000;
    params.set('from', formatMoment(Math.floor(start / step) * step));
    params.set('to', formatMoment(Math.ceil(end / step) * step));
  }
  // Commas and colons are legal in a query; leaving them readable keeps shared links readable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
