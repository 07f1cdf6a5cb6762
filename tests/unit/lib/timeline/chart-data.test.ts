import { describe, expect, it } from 'vitest';

import {
  eventDetail,
  searchSummaries,
  toChartData,
  unpackEvent,
} from '../../../../src/lib/timeline/chart-data';
import type { TimelineData, TimelineSource } from '../../../../src/lib/timeline/types';
import { eventInput } from './fixtures';

const paths = {
  eventBase: '/story/events/',
  detailBase: '/timeline/details/',
  searchUrl: '/timeline/search.json',
};
const advisory: TimelineSource = {
  title: 'Urgent security alert',
  publisher: 'Red Hat',
  url: 'https://example.org/advisory',
  primary: true,
};
const disclosure = eventInput({
  id: 'disclosure',
  title: 'The backdoor is disclosed',
  date: '2024-03-29',
  time: '16:00',
  lanes: ['discovery', 'response'],
  actors: ['andres-freund'],
  tags: ['disclosure', 'oss-security'],
  certainty: 'confirmed',
  era: 'discovery',
  importance: 1,
  summary: 'A post to oss-security describes the backdoor in Résumé form.',
  sources: ['advisory', 'no-such-source'],
  href: '/story/events/disclosure/',
});
const moved = eventInput({
  id: 'moved',
  title: 'A month-precise event elsewhere',
  date: '2022-06',
  precision: 'month',
  lanes: ['people'],
  actors: [],
  tags: [],
  certainty: 'inferred',
  era: 'pressure',
  importance: 3,
  summary: undefined,
  sources: undefined,
  href: '/chapters/pressure/#moved',
});
const data: TimelineData = {
  events: [disclosure, moved],
  actors: { 'andres-freund': { name: 'Andres Freund' } } as unknown as TimelineData['actors'],
  sources: { advisory },
};

describe('the data the timeline page embeds', () => {
  const chart = toChartData(data, paths);

  it('packs each event into a row, in a fixed order, lists joined by commas', () => {
    expect(chart.events[0]).toEqual([
      'disclosure',
      'The backdoor is disclosed',
      '2024-03-29',
      '16:00',
      'discovery,response',
      'andres-freund',
      'disclosure,oss-security',
      'confirmed',
      'discovery',
      1,
    ]);
  });

  it('writes a link only when it is not the event base and the id', () => {
    expect(chart.events[0]).toHaveLength(10);
    expect(chart.events[1]).toHaveLength(11);
    expect((chart.events[1] as unknown[]).at(-1)).toBe('/chapters/pressure/#moved');
  });

  it('leaves summaries and sources out, and carries the actors and the paths', () => {
    const text = JSON.stringify(chart);
    expect(text).not.toContain('Résumé');
    expect(text).not.toContain('example.org');
    expect(chart.actors).toBe(data.actors);
    expect(chart).toMatchObject(paths);
  });

  it('reads a row back into the event it was made from, less summary and sources', () => {
    const { summary: _s, sources: _so, href: _h, ...rest } = disclosure;
    expect(unpackEvent(chart.events[0]!)).toEqual(rest);
    const { summary: _m, sources: _mo, ...movedRest } = moved;
    expect(unpackEvent(chart.events[1]!)).toEqual(movedRest);
  });

  it('reads the precision from the length of the date', () => {
    const row = (date: string) =>
      unpackEvent(['x', 'X', date, '', '', '', '', 'reported', 'background', 2]);
    expect(row('2009').precision).toBe('year');
    expect(row('2009-05').precision).toBe('month');
    expect(row('2009-05-01').precision).toBe('day');
  });

  it('gives empty lists for empty fields, and no time or link when the row has none', () => {
    const event = unpackEvent(['x', 'X', '2009', '', '', '', '', 'reported', 'background', 2]);
    expect(event).toMatchObject({ lanes: [], actors: [], tags: [] });
    expect(event).not.toHaveProperty('time');
    expect(event).not.toHaveProperty('href');
  });

  it('passes anything that is not a row on unchanged, for the checks that follow', () => {
    const plain = { id: 'plain' } as never;
    expect(unpackEvent(plain)).toBe(plain);
  });
});

describe('what an opened event fetches', () => {
  it('gives the summary and the known sources, in the event’s order', () => {
    expect(eventDetail(data, 'disclosure')).toEqual({
      summary: disclosure.summary,
      sources: [advisory],
    });
  });

  it('gives an empty summary and no sources when the event has none', () => {
    expect(eventDetail(data, 'moved')).toEqual({ summary: '', sources: [] });
  });

  it('gives nothing for an unknown id', () => {
    expect(eventDetail(data, 'no-such-event')).toBeUndefined();
  });

  it('writes every summary folded for search: lower case, accents off', () => {
    expect(searchSummaries(data)).toEqual({
      disclosure: 'a post to oss-security describes the backdoor in resume form.',
      moved: '',
    });
  });
});
