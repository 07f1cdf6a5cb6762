/**
 * Resolved content events → the JSON the timeline embeds. Actors and sources go into shared
 * tables holding only what events cite, so the page carries no unused data.
 */
import type { Actor, Source, StoryEvent } from '../content/model';
import type { TimelineData, TimelineEventInput } from './types';

/** The fields of a resolved event (StoryEvent) the timeline reads; tests can pass less than a full event. */
export type ContentEvent = Omit<StoryEvent, 'actors' | 'sources' | 'conflict'> & {
  actors: Pick<Actor, 'id' | 'name' | 'kind'>[];
  sources: Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'kind'>[];
};

export function toTimelineData(
  events: readonly ContentEvent[],
  hrefFor: (eventId: string) => string,
): TimelineData {
  const data: TimelineData = { events: [], actors: {}, sources: {} };
  for (const e of events) {
    const event: TimelineEventInput = {
      id: e.id,
      title: e.title,
      date: e.date,
      precision: e.datePrecision,
      lanes: e.lanes,
      actors: e.actors.map((actor) => actor.id),
      tags: e.tags,
      certainty: e.certainty,
      summary: e.summary,
      era: e.era,
      importance: e.importance,
      sources: e.sources.map((source) => source.id),
      href: hrefFor(e.id),
    };
    if (e.time) event.time = e.time;
    data.events.push(event);
    for (const actor of e.actors)
      data.actors[actor.id] = { name: actor.name, persona: actor.kind === 'persona' };
    for (const s of e.sources)
      data.sources[s.id] = {
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        primary: s.kind === 'primary',
      };
  }
  return data;
}

/** JSON safe to put inside a <script type="application/json"> (no "</script>" break-outs). */
export const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
