/**
 * Splits the build's timeline data in two: the lean part the page embeds (what the chart,
 * filters and keyboard need) and, per event, what the detail panel shows (summary, sources),
 * written as small JSON files fetched when an event is opened.
 */
import type { Lane } from '../content/vocabulary';
import { normalizeText } from './search';
import type {
  ChartData,
  ChartEventInput,
  EventDetail,
  PackedEvent,
  TimelineData,
  TimelineEventInput,
  TimelineSource,
} from './types';

export interface ChartDataPaths {
  /** An event's page is eventBase + id + "/". */
  eventBase: string;
  /** An event's detail file is detailBase + id + ".json". */
  detailBase: string;
  /** The search file (see searchSummaries). */
  searchUrl: string;
}

/** An event as a row (PackedEvent); its link only when it is not eventBase + id + "/". */
function packEvent(event: TimelineEventInput, eventBase: string): PackedEvent {
  const row: PackedEvent = [
    event.id,
    event.title,
    event.date,
    event.time ?? '',
    event.lanes.join(','),
    event.actors.join(','),
    event.tags.join(','),
    event.certainty,
    event.era,
    event.importance,
  ];
  if (event.href !== `${eventBase}${event.id}/`) row.push(event.href);
  return row;
}

const PRECISION_BY_LENGTH = { 4: 'year', 7: 'month' } as const;
const list = (text: string) => (text ? text.split(',') : []);

/** A row back into an event; anything that is not a row is passed on for prepareEvents to check. */
export function unpackEvent(row: PackedEvent | ChartEventInput): ChartEventInput {
  if (!Array.isArray(row)) return row;
  const [id, title, date, time, lanes, actors, tags, certainty, era, importance, href] = row;
  const event: ChartEventInput = {
    id,
    title,
    date,
    precision:
      PRECISION_BY_LENGTH[String(date).length as keyof typeof PRECISION_BY_LENGTH] ?? 'day',
    lanes: list(lanes) as Lane[],
    actors: list(actors),
    tags: list(tags),
    certainty,
    era,
    importance,
  };
  if (time) event.time = time;
  if (href) event.href = href;
  return event;
}

export function toChartData(data: TimelineData, paths: ChartDataPaths): ChartData {
  return {
    events: data.events.map((event) => packEvent(event, paths.eventBase)),
    actors: data.actors,
    ...paths,
  };
}

/** The detail panel's part of one event; unknown source ids are left out. */
export function eventDetail(data: TimelineData, id: string): EventDetail | undefined {
  const event = data.events.find((e) => e.id === id);
  if (!event) return undefined;
  const sources = (event.sources ?? [])
    .map((sourceId) => data.sources[sourceId])
    .filter((source): source is TimelineSource => Boolean(source));
  return { summary: event.summary ?? '', sources };
}

/** The search file: each event's summary, normalised, so a search can match it too. */
export const searchSummaries = (data: TimelineData): Record<string, string> =>
  Object.fromEntries(data.events.map((event) => [event.id, normalizeText(event.summary ?? '')]));
