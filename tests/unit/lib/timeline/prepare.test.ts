import { describe, expect, it } from 'vitest';

import { toChartData, unpackEvent } from '../../../../src/lib/timeline/chart-data';
import {
  createPreparer,
  type Prepared,
  prepareEvents,
  prepareSteps,
} from '../../../../src/lib/timeline/prepare';
import { syntheticData } from '../../../../src/lib/timeline/synthetic';
import type { TimelineEventInput } from '../../../../src/lib/timeline/types';
import { eventInput, STORY } from './fixtures';

describe('prepareEvents', () => {
  it('puts events in time order and numbers that order', () => {
    const { events } = prepareEvents([...STORY].reverse());
    const starts = events.map((event) => event.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(events.map((event) => event.order)).toEqual(events.map((_, i) => i));
  });

  it('orders events on the same instant by id so every build agrees', () => {
    const { events } = prepareEvents([eventInput({ id: 'b' }), eventInput({ id: 'a' })]);
    expect(events.map((event) => event.id)).toEqual(['a', 'b']);
  });

  it('skips broken entries with a reason instead of throwing', () => {
    const broken = [
      eventInput({ id: 'fine' }),
      eventInput({ id: 'bad-date', date: '2024-02-30' }),
      eventInput({ id: 'bad-lane', lanes: ['nowhere' as never] }),
      eventInput({ id: 'fine' }),
      null as unknown as TimelineEventInput,
    ];
    const { events, skipped } = prepareEvents(broken);
    expect(events.map((event) => event.id)).toEqual(['fine']);
    expect(skipped).toEqual([
      'Skipped event "bad-date": its date "2024-02-30" cannot be read.',
      'Skipped event "bad-lane": it names an unknown lane.',
      'Skipped event "fine": its id is used twice.',
      'Skipped event "?": it has no id.',
    ]);
  });

  it('names what is missing or unknown in each entry it skips', () => {
    const entries = [
      eventInput({ id: 'no-title', title: '' }),
      eventInput({ id: 'untitled', title: undefined as never }),
      eventInput({ id: 'no-lanes', lanes: [] }),
      eventInput({ id: 'lanes-not-a-list', lanes: 'code' as never }),
      eventInput({ id: 'one-lane-unknown', lanes: ['code', 'nowhere' as never] }),
      eventInput({ id: 'odd-certainty', certainty: 'rumoured' as never }),
      eventInput({ id: 'odd-era', era: 'future' as never }),
      eventInput({ id: '' }),
      eventInput({ id: 42 as never }),
      eventInput({ id: 'numbered-title', title: 7 as never }),
    ];
    expect(prepareEvents(entries)).toEqual({
      events: [],
      skipped: [
        'Skipped event "no-title": it has no title.',
        'Skipped event "untitled": it has no title.',
        'Skipped event "no-lanes": it has no lane.',
        'Skipped event "lanes-not-a-list": it has no lane.',
        'Skipped event "one-lane-unknown": it names an unknown lane.',
        'Skipped event "odd-certainty": its certainty is unknown.',
        'Skipped event "odd-era": its era is unknown.',
        'Skipped event "": it has no id.',
        'Skipped event 42: it has no id.',
        'Skipped event "numbered-title": it has no title.',
      ],
    });
  });

  it('gives an entry without them no actors, tags, sources or summary, and a link under /events/', () => {
    const lean = { ...eventInput({ id: 'lean', title: 'Lean Entry' }) };
    for (const key of ['actors', 'tags', 'sources', 'summary', 'href'] as const) delete lean[key];
    const [event] = prepareEvents([lean]).events;
    expect(event).toMatchObject({ actors: [], tags: [], sources: [], summary: '' });
    expect(event!.href).toBe('/events/lean/');
    expect(event!.searchText).toBe('lean entry '); // the title, a space, no summary
    const preparer = createPreparer();
    preparer.add([lean]);
    expect(preparer.finish().events[0]!.href).toBe('/events/lean/');
  });

  it('orders any number of events on the same instant by id', () => {
    const ids = ['m', 'c', 'x', 'a', 'k'];
    const { events } = prepareEvents(ids.map((id) => eventInput({ id })));
    expect(events.map((event) => event.id)).toEqual(['a', 'c', 'k', 'm', 'x']);
  });

  it('makes the search text case- and accent-insensitive', () => {
    const { events } = prepareEvents([eventInput({ title: 'Müller Reviews', summary: 'ÉTÉ' })]);
    expect(events[0]!.searchText).toBe('muller reviews ete');
  });
});

describe('createPreparer', () => {
  it('prepared in batches, the events are those prepared at once, in the same order', () => {
    const inputs = syntheticData(250).events;
    const preparer = createPreparer();
    for (let i = 0; i < inputs.length; i += 100) preparer.add(inputs.slice(i, i + 100));
    expect(preparer.finish()).toEqual(prepareEvents(inputs));
  });

  it('skips an id used twice even when its copies arrive in different batches', () => {
    const [first] = syntheticData(1).events;
    const preparer = createPreparer();
    preparer.add([first!]);
    preparer.add([{ ...first!, title: 'A copy' }]);
    const { events, skipped } = preparer.finish();
    expect(events.map((event) => event.title)).toEqual([first!.title]);
    expect(skipped).toEqual([`Skipped event "${first!.id}": its id is used twice.`]);
  });
});

describe('prepareSteps', () => {
  const paths = { eventBase: '/story/events/', detailBase: '/details/', searchUrl: '/search.json' };
  // What the page embeds for 250 events whose links follow the event base, so rows carry none.
  const synthetic = syntheticData(250);
  const page = toChartData(
    {
      ...synthetic,
      events: synthetic.events.map((event) => ({
        ...event,
        href: `${paths.eventBase}${event.id}/`,
      })),
    },
    paths,
  );

  it('reads the page’s rows 20 a step and, only after the last, hands over the events prepared at once', () => {
    let handed: Prepared | undefined;
    const steps = prepareSteps(page, (prepared) => void (handed = prepared));
    expect(steps).toHaveLength(14); // 12 × 20 rows and 10, then the sort
    for (const step of steps.slice(0, -1)) step();
    expect(handed).toBeUndefined();
    steps.at(-1)!();
    expect(handed).toEqual(prepareEvents(page.events.map(unpackEvent), paths.eventBase));
  });

  it('links an event the page embeds without a link under the page’s event base', () => {
    let handed: Prepared | undefined;
    for (const step of prepareSteps(page, (prepared) => void (handed = prepared))) step();
    const first = handed!.events[0]!;
    expect(first.href).toBe(`/story/events/${first.id}/`);
  });

  it('with no events in the page’s data, one step hands over an empty list instead of throwing', () => {
    let handed: Prepared | undefined;
    const steps = prepareSteps(
      { events: undefined as never },
      (prepared) => void (handed = prepared),
    );
    expect(steps).toHaveLength(1);
    steps[0]!();
    expect(handed).toEqual({ events: [], skipped: [] });
  });
});
