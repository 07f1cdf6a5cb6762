import { describe, expect, it } from 'vitest';

import {
  checkIntegrity,
  eraForDate,
  type EventForCheck,
  firstDay,
} from '../../../../src/lib/content/integrity';

const event = (overrides: Partial<EventForCheck> = {}): EventForCheck => ({
  id: '2024-03-29-freund-discloses',
  filePath: 'content/events/2024-03-29-freund-discloses.mdx',
  date: '2024-03-29',
  era: 'discovery',
  sources: ['freund-mail'],
  actors: ['andres-freund'],
  conflictSources: [],
  ...overrides,
});

const library = (events: EventForCheck[]) => ({
  events,
  sources: new Map([
    ['freund-mail', { kind: 'primary' as const }],
    ['cox-timeline', { kind: 'secondary' as const }],
  ]),
  actors: new Set(['andres-freund']),
});

describe('cross-collection checks', () => {
  it('pass for an event whose references all resolve', () => {
    expect(checkIntegrity(library([event()]))).toEqual([]);
  });

  it('name the file and field of a source that does not exist', () => {
    expect(checkIntegrity(library([event({ sources: ['freund-mail', 'lost-mail'] })]))).toEqual([
      'content/events/2024-03-29-freund-discloses.mdx: sources: "lost-mail" is not a file in content/sources/',
    ]);
  });

  it('demand a primary source on every event', () => {
    expect(checkIntegrity(library([event({ sources: ['cox-timeline'] })]))).toEqual([
      'content/events/2024-03-29-freund-discloses.mdx: sources: needs at least one source of kind "primary"',
    ]);
  });

  it('catch an unknown actor and a dangling conflict source', () => {
    const problems = checkIntegrity(
      library([event({ actors: ['nobody'], conflictSources: ['ghost'] })]),
    );
    expect(problems).toEqual([
      'content/events/2024-03-29-freund-discloses.mdx: sources: "ghost" is not a file in content/sources/',
      'content/events/2024-03-29-freund-discloses.mdx: actors: "nobody" is not a file in content/actors/',
    ]);
  });

  it('reject a date outside the story and an era that does not fit the date', () => {
    const problems = checkIntegrity(
      library([
        event({ date: '2027-01-02', era: 'aftermath' }),
        event({ id: 'b', filePath: 'b.mdx', era: 'arrival' }),
      ]),
    );
    expect(problems).toEqual([
      'content/events/2024-03-29-freund-discloses.mdx: date: 2027-01-02 is outside 2005-01-01 – 2026-12-31',
      'b.mdx: era: "arrival" does not match the date 2024-03-29 (expected "discovery")',
    ]);
  });

  it('keep the story to 2005 – 2026, both ends included', () => {
    const dated = (date: string, era: EventForCheck['era']) =>
      checkIntegrity(library([event({ date, era })]));
    expect(dated('2004-12-31', 'background')).toEqual([
      'content/events/2024-03-29-freund-discloses.mdx: date: 2004-12-31 is outside 2005-01-01 – 2026-12-31',
    ]);
    expect(dated('2005-01-01', 'background')).toEqual([]);
    expect(dated('2026-12-31', 'aftermath')).toEqual([]);
  });

  it('name an event and a chapter without a file path by collection and id', () => {
    const input = {
      ...library([event({ filePath: undefined, actors: ['nobody'] })]),
      chapters: [{ id: 'one', events: ['nope'] }],
    };
    expect(checkIntegrity(input)).toEqual([
      'events/2024-03-29-freund-discloses: actors: "nobody" is not a file in content/actors/',
      'chapters/one: events: "nope" is not a file in content/events/',
    ]);
  });

  it('check term ids only when the glossary ids are given too', () => {
    const termDocuments = [
      {
        kind: 'event' as const,
        id: 'e1',
        title: 'E',
        href: '/e/',
        body: '<Term id="typo">x</Term>',
      },
    ];
    expect(checkIntegrity({ ...library([event()]), termDocuments })).toEqual([]);
    expect(
      checkIntegrity({ ...library([event()]), termDocuments, glossaryIds: new Set(['got']) }),
    ).toEqual(['event/e1: <Term id="typo"> names no file content/glossary/typo.mdx']);
  });

  it('refuse two events with the same id', () => {
    expect(checkIntegrity(library([event(), event()]))).toContain(
      'content/events/2024-03-29-freund-discloses.mdx: id "2024-03-29-freund-discloses" is used by more than one event',
    );
  });

  it('check that chapters only list events that exist', () => {
    const input = {
      ...library([event()]),
      chapters: [
        {
          id: 'one',
          filePath: 'content/chapters/one.mdx',
          events: ['2024-03-29-freund-discloses', 'nope'],
        },
      ],
    };
    expect(checkIntegrity(input)).toEqual([
      'content/chapters/one.mdx: events: "nope" is not a file in content/events/',
    ]);
  });
});

describe('eras', () => {
  it('follow from the first day a date can stand for', () => {
    expect(firstDay('2008-12')).toBe('2008-12-01');
    expect(eraForDate('2005')).toBe('background');
    expect(eraForDate('2022-06-07')).toBe('pressure');
    expect(eraForDate('2024-03-29')).toBe('discovery');
    expect(eraForDate('2024-03-30')).toBe('response');
    expect(eraForDate('2024-12-31')).toBe('response');
    expect(eraForDate('2025-01-01')).toBe('aftermath');
    expect(eraForDate('2026-05-11')).toBe('aftermath');
  });

  it('give no era for a date before the story begins', () => {
    expect(eraForDate('2004-06')).toBeUndefined();
  });
});
