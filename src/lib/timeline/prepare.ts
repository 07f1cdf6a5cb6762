/**
 * Turns the embedded JSON into prepared events: time spans computed once, time order fixed,
 * search text normalised. Bad entries are skipped with a reason instead of breaking the chart.
 */
import { CERTAINTIES, ERAS, LANES } from '../content/vocabulary';
import { unpackEvent } from './chart-data';
import { normalizeText } from './search';
import { chunkSteps, type Step } from './slices';
import { eventSpan } from './time';
import type { ChartData, ChartEventInput, TimelineEvent } from './types';

/** The page's lean events, or full ones (tests, the list, the bench) with summary and sources. */
export type PrepareInput = ChartEventInput & { summary?: string; sources?: string[] };

export interface Prepared {
  events: TimelineEvent[];
  /** One line per skipped entry, for the console of whoever embeds odd data. */
  skipped: string[];
}

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The event's time span, or the reason it cannot be drawn. */
function spanOrProblem(input: PrepareInput): [number, number] | string {
  if (!input || typeof input.id !== 'string' || !input.id) return 'it has no id';
  if (typeof input.title !== 'string' || !input.title) return 'it has no title';
  if (!Array.isArray(input.lanes) || input.lanes.length === 0) return 'it has no lane';
  if (!input.lanes.every((lane) => isKnown(LANES, lane))) return 'it names an unknown lane';
  if (!isKnown(CERTAINTIES, input.certainty)) return 'its certainty is unknown';
  if (!isKnown(ERAS, input.era)) return 'its era is unknown';
  try {
    return eventSpan(input.date, input.precision, input.time);
  } catch {
    return `its date "${String(input.date)}" cannot be read`;
  }
}

/** Prepares events a batch at a time (start-up runs in slices), then sorts them once. */
export interface Preparer {
  add(inputs: readonly PrepareInput[]): void;
  finish(): Prepared;
}

/**
 * Sorts by start, then by id so that events on the same day keep a stable order. An event
 * without its own link gets eventBase + id + "/".
 */
export function createPreparer(eventBase = '/events/'): Preparer {
  const skipped: string[] = [];
  const ready: Omit<TimelineEvent, 'order'>[] = [];
  const seen = new Set<string>();
  const add = (inputs: readonly PrepareInput[]) => {
    for (const input of inputs) {
      const span = spanOrProblem(input);
      const problem =
        typeof span === 'string' ? span : seen.has(input.id) ? 'its id is used twice' : null;
      if (problem !== null || typeof span === 'string') {
        skipped.push(`Skipped event ${JSON.stringify(input?.id ?? '?')}: ${problem}.`);
        continue;
      }
      seen.add(input.id);
      const [start, end] = span;
      ready.push({
        ...input,
        actors: input.actors ?? [],
        tags: input.tags ?? [],
        summary: input.summary ?? '',
        sources: input.sources ?? [],
        href: input.href ?? `${eventBase}${input.id}/`,
        start,
        end,
        searchText: normalizeText(`${input.title} ${input.summary ?? ''}`),
      });
    }
  };
  const finish = () => {
    ready.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { events: ready.map((event, order) => ({ ...event, order })), skipped };
  };
  return { add, finish };
}

/** All at once: the build, tests and anything not pressed for time. */
export function prepareEvents(inputs: readonly PrepareInput[], eventBase = '/events/'): Prepared {
  const preparer = createPreparer(eventBase);
  preparer.add(inputs);
  return preparer.finish();
}

/** Events read per step: a few ms of work each on a slow phone, even before the code is warm. */
const PREPARE_CHUNK = 20;

/**
 * The page's embedded events (rows or plain objects) prepared as start-up steps (slices.ts):
 * PREPARE_CHUNK per step, then one step that sorts them and hands the result to `done`.
 */
export function prepareSteps(
  data: Pick<ChartData, 'events' | 'eventBase'>,
  done: (prepared: Prepared) => void,
): Step[] {
  const preparer = createPreparer(data.eventBase);
  return [
    ...chunkSteps(data.events ?? [], PREPARE_CHUNK, (chunk) =>
      preparer.add(chunk.map(unpackEvent)),
    ),
    () => done(preparer.finish()),
  ];
}
