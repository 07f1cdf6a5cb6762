import { describe, expect, it } from 'vitest';

import { NO_FILTERS } from '../../../../src/lib/timeline/filters';
import { DAY } from '../../../../src/lib/timeline/time';
import { readUrlState, writeUrlState } from '../../../../src/lib/timeline/url-state';

const known = {
  eventIds: new Set(['freund', 'v560']),
  actorIds: new Set(['jia-tan', 'jigar-kumar']),
  tags: new Set(['m4', 'release']),
};

describe('readUrlState', () => {
  it('reads filters, the event and the view', () => {
    const { state, problems } = readUrlState(
      '?lane=code,releases&actor=jia-tan&tag=m4&certainty=confirmed&q=tarball&event=v560&from=2024-02-01&to=2024-03-31',
      known,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      filters: {
        lanes: ['code', 'releases'],
        actors: ['jia-tan'],
        tags: ['m4'],
        certainties: ['confirmed'],
        query: 'tarball',
      },
      event: 'v560',
      view: { start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 31) },
    });
  });

  it('gives the plain state for an empty query', () => {
    expect(readUrlState('', known)).toEqual({
      state: { filters: NO_FILTERS, event: null, view: null },
      problems: [],
    });
  });

  it('explains an unknown event id and drops it', () => {
    const { state, problems } = readUrlState('?event=nope', known);
    expect(state.event).toBeNull();
    expect(problems).toEqual(['There is no event “nope”. Showing the full timeline.']);
  });

  it('drops unknown filter values with a message but keeps the good ones', () => {
    const { state, problems } = readUrlState('?lane=code,moon&certainty=maybe', known);
    expect(state.filters.lanes).toEqual(['code']);
    expect(state.filters.certainties).toEqual([]);
    expect(problems).toEqual([
      'Ignored the unknown lane “moon”.',
      'Ignored the unknown certainty “maybe”.',
    ]);
  });

  it('refuses a garbage or backwards view and shows everything', () => {
    for (const query of [
      '?from=soon&to=later',
      '?from=2024-03-01&to=2024-01-01',
      '?from=2024-03-01',
      '?to=2024-02-30',
    ]) {
      const { state, problems } = readUrlState(query, known);
      expect(state.view, query).toBeNull();
      expect(problems[0], query).toMatch(/could not be read, so the whole timeline is shown/);
    }
  });

  it('cuts hostile values short in messages', () => {
    const { problems } = readUrlState(`?event=${'x'.repeat(500)}`, known);
    expect(problems[0]!.length).toBeLessThan(100);
  });

  it('names each ignored value once and only the first few of a long list', () => {
    const values = Array.from({ length: 1400 }, (_, i) => `bad${i}`);
    const { problems } = readUrlState(`?lane=${[...values, ...values].join(',')}`, known);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      'Ignored the unknown lane “bad0”, “bad1”, “bad2”, “bad3”, “bad4” and 1,395 more.',
    );
    expect(readUrlState('?lane=nope,nope', known).problems[0]).toBe(
      'Ignored the unknown lane “nope”.',
    );
  });
});

describe('readUrlState, at the edges', () => {
  const viewProblem = (from: string, to: string) =>
    `The view in this link (from “${from}” to “${to}”) could not be read, so the whole timeline is shown.`;

  it('quotes both ends of a view it cannot read, an end left out as empty', () => {
    expect(readUrlState('?from=soon&to=later', known).problems).toEqual([
      viewProblem('soon', 'later'),
    ]);
    expect(readUrlState('?from=2024-03-01', known).problems).toEqual([
      viewProblem('2024-03-01', ''),
    ]);
  });

  it('refuses a view with either end unreadable, whichever it is, and a view of no width', () => {
    for (const query of [
      '?from=soon&to=2024-03-01',
      '?from=1960-01-01&to=soon',
      '?from=2024-03-01&to=2024-03-01',
    ]) {
      const { state, problems } = readUrlState(query, known);
      expect(state.view, query).toBeNull();
      expect(problems, query).toHaveLength(1);
    }
    expect(readUrlState('?from=1960-01-01&to=1960-01-02', known).state.view).toEqual({
      start: Date.UTC(1960, 0, 1),
      end: Date.UTC(1960, 0, 2),
    });
  });

  it('quotes a long value by its first 40 characters and an ellipsis', () => {
    expect(readUrlState(`?event=${'x'.repeat(41)}`, known).problems).toEqual([
      `There is no event “${'x'.repeat(40)}…”. Showing the full timeline.`,
    ]);
    expect(readUrlState(`?event=${'x'.repeat(40)}`, known).problems).toEqual([
      `There is no event “${'x'.repeat(40)}”. Showing the full timeline.`,
    ]);
  });

  it('names five ignored values in full and counts from the sixth', () => {
    expect(readUrlState('?tag=a,b,c,d,e', known).problems).toEqual([
      'Ignored the unknown tag “a”, “b”, “c”, “d”, “e”.',
    ]);
    expect(readUrlState('?actor=a,b,c,d,e,f', known).problems).toEqual([
      'Ignored the unknown actor “a”, “b”, “c”, “d”, “e” and 1 more.',
    ]);
  });

  it('reads a list given over several parameters, with spaces around the commas', () => {
    const { state, problems } = readUrlState('?lane=code&lane= people , releases,', known);
    expect(problems).toEqual([]);
    expect(state.filters.lanes).toEqual(['code', 'people', 'releases']);
  });

  it('keeps the first 200 characters of a search', () => {
    expect(readUrlState(`?q=${'a'.repeat(300)}`, known).state.filters.query).toBe('a'.repeat(200));
  });
});

describe('writeUrlState', () => {
  it('writes only what is set, in a stable order, keeping other parameters', () => {
    const search = writeUrlState(
      {
        filters: { ...NO_FILTERS, lanes: ['code', 'people'], query: ' sock puppet ' },
        event: 'freund',
        view: null,
      },
      '?embed=1&lane=releases',
    );
    expect(search).toBe('?embed=1&lane=code,people&q=sock+puppet&event=freund');
  });

  it('rounds the view to what the reader could tell apart', () => {
    const wide = writeUrlState({
      filters: NO_FILTERS,
      event: null,
      view: { start: Date.UTC(2021, 9, 3, 13, 27), end: Date.UTC(2024, 3, 2, 8) },
    });
    expect(wide).toBe('?from=2021-10-03&to=2024-04-03');
    const narrow = writeUrlState({
      filters: NO_FILTERS,
      event: null,
      view: { start: Date.UTC(2024, 2, 29, 12, 0, 31), end: Date.UTC(2024, 2, 29, 18) },
    });
    expect(narrow).toBe('?from=2024-03-29T12:00Z&to=2024-03-29T18:00Z');
  });

  it('round-trips through readUrlState', () => {
    const state = {
      filters: { ...NO_FILTERS, tags: ['m4', 'release'], certainties: ['inferred' as const] },
      event: 'v560',
      view: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1) + 90 * DAY },
    };
    expect(readUrlState(writeUrlState(state), known).state).toEqual(state);
  });

  it('drops the timeline’s own parameters the state no longer has, and writes actors', () => {
    expect(
      writeUrlState(
        { filters: { ...NO_FILTERS, actors: ['jia-tan'], query: '   ' }, event: null, view: null },
        '?tag=m4&embed=1&q=old&event=v560&from=2024-01-01&to=2024-02-01',
      ),
    ).toBe('?embed=1&actor=jia-tan');
  });

  it('rounds to the day over 60 days, to the hour over 3 days, else to the minute', () => {
    const start = Date.UTC(2024, 0, 1, 13, 27, 30);
    const from = (span: number) =>
      new URLSearchParams(
        writeUrlState({ filters: NO_FILTERS, event: null, view: { start, end: start + span } }),
      ).get('from');
    expect(from(60 * DAY + 60_000)).toBe('2024-01-01');
    expect(from(60 * DAY)).toBe('2024-01-01T13:00Z');
    expect(from(3 * DAY + 60_000)).toBe('2024-01-01T13:00Z');
    expect(from(3 * DAY)).toBe('2024-01-01T13:27Z');
  });

  it('writes nothing for the default state', () => {
    expect(writeUrlState({ filters: NO_FILTERS, event: null, view: null })).toBe('');
  });
});
