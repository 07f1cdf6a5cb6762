/**
 * Filters: lanes, actors, tags and certainty (any of the ticked values within a group, every
 * group at once) plus the text search. An empty group means "no filter on this".
 */
import type { Certainty, Lane } from '../content/vocabulary';
import { matchesQuery, queryTokens } from './search';
import type { TimelineEvent } from './types';

export interface FilterState {
  lanes: Lane[];
  actors: string[];
  tags: string[];
  certainties: Certainty[];
  query: string;
}

export const NO_FILTERS: FilterState = Object.freeze({
  lanes: [],
  actors: [],
  tags: [],
  certainties: [],
  query: '',
}) as FilterState;

export const isFiltering = (state: FilterState) =>
  state.lanes.length + state.actors.length + state.tags.length + state.certainties.length > 0 ||
  state.query.trim() !== '';

/** How many groups are active: the number shown on the "Filters" button. */
export const activeFilterCount = (state: FilterState) =>
  [state.lanes, state.actors, state.tags, state.certainties].filter((group) => group.length > 0)
    .length;

const overlaps = (wanted: readonly string[], has: readonly string[]) =>
  wanted.length === 0 || has.some((value) => wanted.includes(value));

export function filterEvents(
  events: readonly TimelineEvent[],
  state: FilterState,
): TimelineEvent[] {
  if (!isFiltering(state)) return [...events];
  const tokens = queryTokens(state.query);
  return events.filter(
    (event) =>
      overlaps(state.lanes, event.lanes) &&
      overlaps(state.actors, event.actors) &&
      overlaps(state.tags, event.tags) &&
      (state.certainties.length === 0 || state.certainties.includes(event.certainty)) &&
      matchesQuery(event.searchText, tokens),
  );
}

/** The lane an event is drawn in: its first lane, or its first lane that the filter shows. */
export function placementLane(event: TimelineEvent, state: FilterState): Lane {
  if (state.lanes.length === 0) return event.lanes[0]!;
  return event.lanes.find((lane) => state.lanes.includes(lane)) ?? event.lanes[0]!;
}

/** Adds or removes one value of a group, returning a new state. */
export function toggleValue<K extends 'lanes' | 'actors' | 'tags' | 'certainties'>(
  state: FilterState,
  group: K,
  value: FilterState[K][number],
  on: boolean,
): FilterState {
  const current = state[group] as string[];
  const next = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
  return { ...state, [group]: next };
}
