/**
 * The open-data export: the events as plain records (JSON) and as a spreadsheet-friendly CSV.
 * The format is documented in README.md ("Open data"); change both together.
 */
import type { StoryEvent } from './model';

export interface EventRecord {
  id: string;
  title: string;
  date: string;
  datePrecision: StoryEvent['datePrecision'];
  time?: string;
  /** Which time `date`/`time` is (author, commit, tag, mail, published, other). */
  timeBasis?: string;
  lanes: string[];
  actors: { id: string; name: string; kind: string }[];
  tags: string[];
  certainty: string;
  summary: string;
  url: string;
  sources: { title: string; url: string; kind: string; publisher: string }[];
  conflict?: { summary: string; claims: { source: string; url: string; says: string }[] };
}

/** `pageUrl(id)` gives the absolute URL of the event's page. */
export function toEventRecords(
  events: StoryEvent[],
  pageUrl: (id: string) => string,
): EventRecord[] {
  return events.map((event) => {
    const record: EventRecord = {
      id: event.id,
      title: event.title,
      date: event.date,
      datePrecision: event.datePrecision,
      lanes: [...event.lanes],
      actors: event.actors.map(({ id, name, kind }) => ({ id, name, kind })),
      tags: [...event.tags],
      certainty: event.certainty,
      summary: event.summary,
      url: pageUrl(event.id),
      sources: event.sources.map(({ title, url, kind, publisher }) => ({
        title,
        url,
        kind,
        publisher,
      })),
    };
    if (event.time) record.time = event.time;
    if (event.timeBasis) record.timeBasis = event.timeBasis;
    if (event.conflict) {
      record.conflict = {
        summary: event.conflict.summary,
        claims: event.conflict.claims.map((claim) => ({
          source: claim.source.title,
          url: claim.source.url,
          says: claim.says,
        })),
      };
    }
    return record;
  });
}

const CSV_COLUMNS = [
  'id',
  'date',
  'datePrecision',
  'time',
  'title',
  'certainty',
  'lanes',
  'actors',
  'tags',
  'summary',
  'url',
  'sources',
  'conflict',
  'timeBasis',
] as const;

/** RFC 4180 quoting: wrap in quotes when needed, double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Lists inside one cell are joined with " | " (sources give their URLs). */
export function toCsv(records: EventRecord[]): string {
  const rows = records.map((record) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: record.id,
      date: record.date,
      datePrecision: record.datePrecision,
      time: record.time ?? '',
      title: record.title,
      certainty: record.certainty,
      lanes: record.lanes.join(' | '),
      actors: record.actors.map((actor) => actor.name).join(' | '),
      tags: record.tags.join(' | '),
      summary: record.summary,
      url: record.url,
      sources: record.sources.map((source) => source.url).join(' | '),
      conflict: record.conflict?.summary ?? '',
      timeBasis: record.timeBasis ?? '',
    };
    return CSV_COLUMNS.map((column) => csvField(cells[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
