import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';

import {
  actorSchema,
  chapterSchema,
  eventSchema,
  glossarySchema,
  isValidIsoDate,
  sourceSchema,
} from '../../../../src/lib/content/schemas';
import { schemaProblems } from '../../../support/schema-problems';

// In Astro a reference resolves against another collection; here an id string stands in for it.
const events = eventSchema(() => z.string());

const validEvent = {
  title: 'Andres Freund discloses the backdoor',
  date: '2024-03-29',
  datePrecision: 'day',
  time: '15:51',
  timeBasis: 'mail',
  lanes: ['discovery'],
  actors: ['andres-freund'],
  tags: ['disclosure'],
  certainty: 'confirmed',
  sources: ['freund-oss-security-2024-03-29'],
  summary: 'Freund posts the analysis that starts the response.',
  era: 'discovery',
};

describe('the event schema', () => {
  it('accepts a complete event and fills in defaults', () => {
    const parsed = events.parse({ ...validEvent, actors: undefined, tags: undefined });
    expect(parsed.actors).toEqual([]);
    expect(parsed.importance).toBe(2);
  });

  it('names the date field when the date is missing', () => {
    const { date: _omitted, ...withoutDate } = validEvent;
    expect(schemaProblems(events, withoutDate)).toEqual([
      'date: date is required: write it as ISO text, e.g. "2024-03-29", "2008-12" or "2005"',
    ]);
  });

  it('rejects a date that does not match its precision', () => {
    expect(schemaProblems(events, { ...validEvent, date: '2024-03', time: undefined })).toEqual([
      'date: date "2024-03" is not a valid day-precision ISO date',
    ]);
  });

  it('rejects a calendar day that does not exist', () => {
    expect(schemaProblems(events, { ...validEvent, date: '2023-02-29' })[0]).toMatch(
      /^date: date "2023-02-29"/,
    );
  });

  it('rejects a time on an event known only to the month', () => {
    expect(
      schemaProblems(events, { ...validEvent, date: '2008-12', datePrecision: 'month' }),
    ).toEqual(['time: time is only allowed when datePrecision is "day"']);
  });

  it('asks which time a time is, and lists the bases', () => {
    expect(schemaProblems(events, { ...validEvent, timeBasis: undefined })).toEqual([
      'timeBasis: timeBasis is required with a time: say which time it is (author, commit, tag, mail, published, other)',
    ]);
    expect(schemaProblems(events, { ...validEvent, timeBasis: 'local' })[0]).toMatch(
      /^timeBasis: timeBasis must be one of: author, commit/,
    );
  });

  it('asks a reported event why, and only a reported one', () => {
    expect(schemaProblems(events, { ...validEvent, certainty: 'reported' })).toEqual([
      'reportedBecause: reportedBecause is required when certainty is "reported": say which primary record is missing',
    ]);
    expect(
      schemaProblems(events, {
        ...validEvent,
        certainty: 'reported',
        reportedBecause: 'No record gives the day.',
      }),
    ).toEqual([]);
    expect(
      schemaProblems(events, { ...validEvent, reportedBecause: 'No record gives the day.' }),
    ).toEqual([
      'reportedBecause: reportedBecause is only for events whose certainty is "reported"',
    ]);
  });

  it('lists the allowed lanes when a lane is unknown', () => {
    expect(schemaProblems(events, { ...validEvent, lanes: ['gossip'] })[0]).toMatch(
      /^lanes\.0: each lane must be one of: people, code/,
    );
  });

  it('requires at least one lane and one source', () => {
    expect(schemaProblems(events, { ...validEvent, lanes: [], sources: [] })).toEqual([
      'lanes: lanes needs at least one lane',
      'sources: sources needs at least one source (and one of them must be primary)',
    ]);
  });

  it('rejects an unknown certainty label', () => {
    expect(schemaProblems(events, { ...validEvent, certainty: 'rumour' })).toEqual([
      'certainty: certainty must be one of: confirmed, reported, inferred',
    ]);
  });

  it('keeps the summary to one sentence', () => {
    expect(schemaProblems(events, { ...validEvent, summary: 'x'.repeat(400) })).toEqual([
      'summary: summary must be one sentence (at most 320 characters)',
    ]);
  });

  it('needs two claims before it calls something a conflict', () => {
    const conflict = { summary: 'Dates differ', claims: [{ source: 'a', says: 'one' }] };
    expect(schemaProblems(events, { ...validEvent, conflict })).toEqual([
      'conflict.claims: a conflict needs at least two claims (who says what)',
    ]);
  });
});

describe('ISO date texts', () => {
  it('accept year, month and day precision', () => {
    expect(isValidIsoDate('2005', 'year')).toBe(true);
    expect(isValidIsoDate('2008-12', 'month')).toBe(true);
    expect(isValidIsoDate('2024-02-29', 'day')).toBe(true);
  });

  it('reject malformed or impossible dates', () => {
    expect(isValidIsoDate('2008-13', 'month')).toBe(false);
    expect(isValidIsoDate('2024-04-31', 'day')).toBe(false);
    expect(isValidIsoDate('24-03-29', 'day')).toBe(false);
  });
});

describe('the other collections', () => {
  it('only accept https source URLs', () => {
    const source = {
      title: 'A mail',
      publisher: 'xz-devel',
      url: 'http://example.org/m',
      published: '2022-06-07',
      kind: 'primary',
    };
    expect(schemaProblems(sourceSchema, source)).toEqual(['url: url must start with https://']);
  });

  it('reject a source without a kind', () => {
    const source = {
      title: 'A mail',
      publisher: 'xz-devel',
      url: 'https://example.org/m',
      published: '2022-06-07',
    };
    expect(schemaProblems(sourceSchema, source)).toEqual([
      'kind: kind must be "primary" or "secondary"',
    ]);
  });

  it('know personas apart from people', () => {
    expect(
      actorSchema.parse({ name: 'Jigar Kumar', kind: 'persona', note: 'A pressure identity.' })
        .kind,
    ).toBe('persona');
    expect(
      schemaProblems(actorSchema, { name: 'X', kind: 'alien', note: 'Not a real kind.' })[0],
    ).toMatch(/^kind: kind must be one of/);
  });

  it('keep a glossary definition to one sentence', () => {
    expect(schemaProblems(glossarySchema, { term: 'GOT', definition: 'y'.repeat(301) })).toEqual([
      'definition: definition must be one sentence (at most 300 characters)',
    ]);
  });

  it('require chapters to carry learning objectives', () => {
    const chapters = chapterSchema(() => z.string());
    expect(
      schemaProblems(chapters, {
        title: 'One',
        order: 1,
        summary: 'The first chapter.',
        objectives: [],
      }),
    ).toEqual(['objectives: objectives needs at least one learning objective']);
  });
});
