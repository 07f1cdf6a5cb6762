/**
 * Content collections → the JSON the timeline embeds. Only the actors and sources that events
 * cite are kept, so the page carries no unused data.
 */
import type { ActorKind, Certainty, DatePrecision, Era, Lane, SourceKind } from '../content/vocabulary';
import type { TimelineData, TimelineEventInput } from './types';

/** A reference as Astro gives it ({ collection, id }) or a plain id. */
type Ref = unknown;

export interface EventEntryLike {
  id: string;
  data: {
    title: string;
    date: string;
    datePrecision: DatePrecision;
    time?: string | undefined;
    lanes: Lane[];
    actors: Ref[];
    tags: string[];
    certainty: Certainty;
    sources: Ref[];
    summary: string;
    era: Era;
    importance: 1 | 2 | 3;
  };
}

export interface ActorEntryLike {
  id: string;
  data: { name: string; kind: ActorKind };
}

export interface SourceEntryLike {
  id: string;
  data: { title: string; publisher: string; url: string; kind: SourceKind };
}

const refId = (ref: Ref): string =>
  typeof ref === 'string' ? ref : typeof ref === 'object' && ref !== null && 'id' in ref ? String(ref.id) : '';

export function toTimelineData(
  events: readonly EventEntryLike[],
  actors: readonly ActorEntryLike[],
  sources: readonly SourceEntryLike[],
  hrefFor: (eventId: string) => string,
): TimelineData {
  const actorById = new Map(actors.map((actor) => [actor.id, actor.data]));
  const sourceById = new Map(sources.map((source) => [source.id, source.data]));
  const data: TimelineData = { events: [], actors: {}, sources: {} };
  for (const { id, data: e } of events) {
    const event: TimelineEventInput = {
      id,
      title: e.title,
      date: e.date,
      precision: e.datePrecision,
      lanes: e.lanes,
      actors: e.actors.map(refId).filter((ref) => actorById.has(ref)),
      tags: e.tags,
      certainty: e.certainty,
      summary: e.summary,
      era: e.era,
      importance: e.importance,
      sources: e.sources.map(refId).filter((ref) => sourceById.has(ref)),
      href: hrefFor(id),
    };
    if (e.time) event.time = e.time;
    data.events.push(event);
    for (const actor of event.actors) {
      const found = actorById.get(actor)!;
      data.actors[actor] = { name: found.name, persona: found.kind === 'persona' };
    }
    for (const source of event.sources) {
      const found = sourceById.get(source)!;
      data.sources[source] = { title: found.title, publisher: found.publisher, url: found.url, primary: found.kind === 'primary' };
    }
  }
  return data;
}

/** JSON safe to put inside a <script type="application/json"> (no "</script>" break-outs). */
export const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
