import { describe, expect, it } from 'vitest';

import {
  type ContentEvent,
  jsonForScript,
  toTimelineData,
} from '../../../../src/lib/timeline/from-content';

const jia = { id: 'jia-tan', name: 'Jia Tan', kind: 'persona' as const };
const lasse = { id: 'lasse-collin', name: 'Lasse Collin', kind: 'person' as const };
const mail = {
  id: 'msg',
  title: 'A mail',
  publisher: 'xz-devel',
  url: 'https://example.org/m',
  kind: 'primary' as const,
};

const event = (overrides: Partial<ContentEvent>): ContentEvent => ({
  id: 'e1',
  title: 'Something',
  date: '2022-06',
  datePrecision: 'month',
  lanes: ['people'],
  actors: [jia, lasse],
  tags: ['pressure'],
  certainty: 'confirmed',
  sources: [mail],
  summary: 'A summary sentence.',
  era: 'pressure',
  importance: 2,
  ...overrides,
});

describe('toTimelineData', () => {
  it('keeps event fields, links the event page and shares actor and source tables', () => {
    const data = toTimelineData(
      [event({}), event({ id: 'e2', time: undefined, actors: [jia] })],
      (id) => `/xz/events/${id}/`,
    );
    expect(data.events[0]).toEqual({
      id: 'e1',
      title: 'Something',
      date: '2022-06',
      precision: 'month',
      lanes: ['people'],
      actors: ['jia-tan', 'lasse-collin'],
      tags: ['pressure'],
      certainty: 'confirmed',
      summary: 'A summary sentence.',
      era: 'pressure',
      importance: 2,
      sources: ['msg'],
      href: '/xz/events/e1/',
    });
    expect(data.actors).toEqual({
      'jia-tan': { name: 'Jia Tan', persona: true },
      'lasse-collin': { name: 'Lasse Collin', persona: false },
    });
    expect(data.sources).toEqual({
      msg: { title: 'A mail', publisher: 'xz-devel', url: 'https://example.org/m', primary: true },
    });
  });

  it('carries a time only when there is one', () => {
    const data = toTimelineData(
      [event({ datePrecision: 'day', date: '2024-03-29', time: '15:51' }), event({ id: 'e2' })],
      (id) => id,
    );
    expect(data.events[0]!.time).toBe('15:51');
    expect('time' in data.events[1]!).toBe(false);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const text = jsonForScript({ title: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script>' });
  });
});
