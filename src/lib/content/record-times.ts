/**
 * Holds events and sources that cite a git commit or tag to the recorded snapshot: the record
 * exists, and the event's date (and time) is the record's UTC time of the event's `timeBasis` —
 * unless the event lists that source under `contextSources`. Each problem names the file, the
 * field, what the record says and what the file says.
 */
import {
  describeCitation,
  findGitRecord,
  type GitCitation,
  gitCitationOf,
  recordTimes,
  type RepositoryRecords,
} from './git-records';
import { type DatePrecision, GIT_TIME_BASES, type TimeBasis } from './vocabulary';

export interface SourceForRecordCheck {
  id: string;
  filePath: string;
  url: string;
  published: string;
}

export interface EventForRecordCheck {
  id: string;
  filePath: string;
  date: string;
  datePrecision: DatePrecision;
  time?: string | undefined;
  timeBasis?: TimeBasis | undefined;
  sources: string[];
  contextSources: string[];
}

export interface RecordCheckInput {
  events: EventForRecordCheck[];
  sources: SourceForRecordCheck[];
  snapshot: RepositoryRecords[];
  /** Repositories no clone of which could be read, with the reason; their citations are skipped. */
  unrecorded?: Record<string, string>;
}

export interface RecordCheckResult {
  problems: string[];
  /** Ids of the events and sources whose git citations were checked against a record. */
  checkedEvents: string[];
  checkedSources: string[];
}

const isGitBasis = (basis: TimeBasis | undefined) =>
  (GIT_TIME_BASES as readonly string[]).includes(basis ?? '');

/** A date text at the event's precision, cut from a record's ISO time. */
const datePart = (iso: string, precision: DatePrecision) =>
  iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);

export function checkRecordTimes(input: RecordCheckInput): RecordCheckResult {
  const problems: string[] = [];
  const checkedEvents: string[] = [];
  const checkedSources: string[] = [];
  const unrecorded = input.unrecorded ?? {};
  const citations = new Map<string, GitCitation>();

  for (const source of input.sources) {
    const citation = gitCitationOf(source.url);
    if (!citation) continue;
    citations.set(source.id, citation);
    if (citation.repository in unrecorded) continue;
    const found = findGitRecord(input.snapshot, citation);
    if (!found) {
      problems.push(
        `${source.filePath}: url: ${describeCitation(citation)} is not in content/records (run npm run records)`,
      );
      continue;
    }
    checkedSources.push(source.id);
    const days = Object.values(recordTimes(found)).map((iso) => iso.slice(0, 10));
    if (!days.includes(source.published)) {
      problems.push(
        `${source.filePath}: published: expected one of ${days.join(', ')} (the record's times) but found "${source.published}"`,
      );
    }
  }

  for (const event of input.events) {
    const where = event.filePath;
    for (const id of event.contextSources) {
      if (!event.sources.includes(id))
        problems.push(`${where}: contextSources: "${id}" is not in sources`);
    }
    const own = event.sources.filter(
      (id) => citations.has(id) && !event.contextSources.includes(id),
    );
    const checkable = own.filter((id) => !(citations.get(id)!.repository in unrecorded));
    if (checkable.length === 0) {
      if (isGitBasis(event.timeBasis) && own.length === 0) {
        problems.push(
          `${where}: timeBasis: "${event.timeBasis}" names a git time, but no commit or tag is cited as the event's own record`,
        );
      }
      continue;
    }
    checkedEvents.push(event.id);
    if (!isGitBasis(event.timeBasis)) {
      problems.push(
        `${where}: timeBasis: expected one of ${GIT_TIME_BASES.join(', ')} for the cited ${checkable
          .map((id) => describeCitation(citations.get(id)!))
          .join(
            ', ',
          )} (or list it under contextSources) but found ${event.timeBasis ? `"${event.timeBasis}"` : 'none'}`,
      );
      continue;
    }
    for (const id of checkable) {
      const citation = citations.get(id)!;
      const found = findGitRecord(input.snapshot, citation);
      if (!found) continue; // reported once, on the source
      const iso = recordTimes(found)[event.timeBasis!];
      const name = describeCitation(citation);
      if (!iso) {
        problems.push(
          `${where}: timeBasis: ${name} has no ${event.timeBasis} time (source "${id}")`,
        );
        continue;
      }
      const expectedDate = datePart(iso, event.datePrecision);
      if (event.date !== expectedDate) {
        problems.push(
          `${where}: date: expected "${expectedDate}" (${event.timeBasis} time of ${name}, ${iso}) but found "${event.date}"`,
        );
      }
      const expectedTime = iso.slice(11, 16);
      if (event.time !== undefined && event.time !== expectedTime) {
        problems.push(
          `${where}: time: expected "${expectedTime}" (${event.timeBasis} time of ${name}, ${iso}) but found "${event.time}"`,
        );
      }
    }
  }
  return { problems, checkedEvents, checkedSources };
}
