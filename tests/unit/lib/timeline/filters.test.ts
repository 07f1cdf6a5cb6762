import { describe, expect, it } from 'vitest';

import {
  activeFilterCount,
  filterEvents,
  isFiltering,
  NO_FILTERS,
  placementLane,
  toggleValue,
} from '../../../../src/lib/timeline/filters';
import { byId, STORY_EVENTS } from './fixtures';

const ids = (state: Partial<typeof NO_FILTERS>) =>
  filterEvents(STORY_EVENTS, { ...NO_FILTERS, ...state }).map((e) => e.id);

describe('filterEvents', () => {
  it('returns every event when nothing is filtered', () => {
    expect(ids({})).toHaveLength(STORY_EVENTS.length);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('keeps events in any of the chosen lanes', () => {
    expect(ids({ lanes: ['releases', 'discovery'] })).toEqual(['v560', 'v561', 'freund']);
  });

  it('matches an event by any of its lanes, not only the first', () => {
    expect(ids({ lanes: ['people'] })).toContain('first-patch');
  });

  it('filters by actor, tag and certainty, all at once', () => {
    expect(ids({ actors: ['jigar-kumar', 'dennis-ens'] })).toEqual([
      'ens-pressure',
      'kumar-pressure',
    ]);
    expect(ids({ tags: ['sock-puppet'], certainties: ['reported'] })).toEqual(['ens-pressure']);
  });

  it('searches titles and summaries word by word, ignoring case and accents', () => {
    expect(ids({ query: 'TARBALLS xz' })).toEqual(['v560']);
    expect(ids({ query: 'oss-secúrity' })).toEqual(['freund']);
    expect(ids({ query: '   ' })).toHaveLength(STORY_EVENTS.length);
    expect(ids({ query: 'no such words' })).toEqual([]);
  });

  it('counts active filter groups for the button badge', () => {
    expect(activeFilterCount({ ...NO_FILTERS, lanes: ['code', 'people'], tags: ['m4'] })).toBe(2);
  });
});

describe('placementLane', () => {
  it('draws an event in its first lane, or its first lane the filter shows', () => {
    const event = byId(STORY_EVENTS, 'first-patch');
    expect(placementLane(event, NO_FILTERS)).toBe('code');
    expect(placementLane(event, { ...NO_FILTERS, lanes: ['people'] })).toBe('people');
  });
});

describe('toggleValue', () => {
  it('adds and removes a value without duplicates or mutation', () => {
    const on = toggleValue(NO_FILTERS, 'lanes', 'code', true);
    expect(toggleValue(on, 'lanes', 'code', true).lanes).toEqual(['code']);
    expect(toggleValue(on, 'lanes', 'code', false).lanes).toEqual([]);
    expect(NO_FILTERS.lanes).toEqual([]);
  });
});
