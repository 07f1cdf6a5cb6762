import { describe, expect, it } from 'vitest';

import { eventSchema, isValidIsoDate } from '../../../../src/lib/content/schemas';
import { schemaProblems } from '../../../support/schema-problems';
import { referenceTo } from './reference-stub';

// Built inside each test (not once at import), so the rules under test are the ones that run.
const events = () => eventSchema(referenceTo);

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
    const parsed = events().parse({ ...validEvent, actors: undefined, tags: undefined });
    expect(parsed.actors).toEqual([]);
    expect(parsed.importance).toBe(2);
  });

  it('names the date field when the date is missing', () => {
    const { date: _omitted, ...withoutDate } = validEvent;
    expect(schemaProblems(events(), withoutDate)).toEqual([
      'date: date is required: write it as ISO text, e.g. "2024-03-29", "2008-12" or "2005"',
    ]);
  });

  it('rejects a date that does not match its precision', () => {
    expect(schemaProblems(events(), { ...validEvent, date: '2024-03', time: undefined })).toEqual([
      'date: date "2024-03" is not a valid day-precision ISO date',
    ]);
  });

  it('rejects a calendar day that does not exist', () => {
    expect(schemaProblems(events(), { ...validEvent, date: '2023-02-29' })[0]).toMatch(
      /^date: date "2023-02-29"/,
    );
  });

  it('rejects a time on an event known only to the month', () => {
    expect(
      schemaProblems(events(), { ...validEvent, date: '2008-12', datePrecision: 'month' }),
    ).toEqual(['time: time is only allowed when datePrecision is "day"']);
  });

  it('asks which time a time is, and lists the bases', () => {
    expect(schemaProblems(events(), { ...validEvent, timeBasis: undefined })).toEqual([
      'timeBasis: timeBasis is required with a time: say which time it is (author, commit, tag, mail, published, other)',
    ]);
    expect(schemaProblems(events(), { ...validEvent, timeBasis: 'local' })[0]).toMatch(
      /^timeBasis: timeBasis must be one of: author, commit/,
    );
  });

  it('asks a reported event why, and only a reported one', () => {
    expect(schemaProblems(events(), { ...validEvent, certainty: 'reported' })).toEqual([
      'reportedBecause: reportedBecause is required when certainty is "reported": say which primary record is missing',
    ]);
    expect(
      schemaProblems(events(), {
        ...validEvent,
        certainty: 'reported',
        reportedBecause: 'No record gives the day.',
      }),
    ).toEqual([]);
    expect(
      schemaProblems(events(), { ...validEvent, reportedBecause: 'No record gives the day.' }),
    ).toEqual([
      'reportedBecause: reportedBecause is only for events whose certainty is "reported"',
    ]);
  });

  it('lists the allowed lanes when a lane is unknown', () => {
    expect(schemaProblems(events(), { ...validEvent, lanes: ['gossip'] })[0]).toMatch(
      /^lanes\.0: each lane must be one of: people, code/,
    );
  });

  it('requires at least one lane and one source', () => {
    expect(schemaProblems(events(), { ...validEvent, lanes: [], sources: [] })).toEqual([
      'lanes: lanes needs at least one lane',
      'sources: sources needs at least one source (and one of them must be primary)',
    ]);
  });

  it('rejects an unknown certainty label', () => {
    expect(schemaProblems(events(), { ...validEvent, certainty: 'rumour' })).toEqual([
      'certainty: certainty must be one of: confirmed, reported, inferred',
    ]);
  });

  it('keeps the summary to one sentence', () => {
    expect(schemaProblems(events(), { ...validEvent, summary: 'x'.repeat(400) })).toEqual([
      'summary: summary must be one sentence (at most 320 characters)',
    ]);
  });

  it('needs two claims before it calls something a conflict', () => {
    const conflict = { summary: 'Dates differ', claims: [{ source: 'a', says: 'one' }] };
    expect(schemaProblems(events(), { ...validEvent, conflict })).toEqual([
      'conflict.claims: a conflict needs at least two claims (who says what)',
    ]);
  });
});

describe('the event schema, field by field', () => {
  const problems = (changes: Record<string, unknown>) =>
    schemaProblems(events(), { ...validEvent, ...changes });

  it('names the title when it is missing or too short', () => {
    expect(problems({ title: undefined })).toEqual(['title: title is required']);
    expect(problems({ title: 'xz' })).toEqual(['title: title is too short']);
  });

  it('lists the date precisions when one is unknown', () => {
    expect(problems({ datePrecision: 'week' })).toEqual([
      'datePrecision: datePrecision must be one of: day, month, year',
    ]);
  });

  it('accepts only a whole HH:MM time, and says it is UTC', () => {
    const message = 'time: time must be HH:MM in UTC, e.g. "15:51"';
    expect(problems({ time: '24:00' })).toEqual([message]);
    expect(problems({ time: 'at 15:51' })).toEqual([message]);
    expect(problems({ time: '15:51:07' })).toEqual([message]);
    expect(problems({ time: '23:59' })).toEqual([]);
  });

  it('lists the eras when the era is unknown', () => {
    expect(problems({ era: 'prehistory' })).toEqual([
      'era: era must be one of: background, arrival, pressure, maintainership, backdoor, discovery, response, aftermath',
    ]);
  });

  it('asks for the sources when they are left out', () => {
    expect(problems({ sources: undefined })).toEqual([
      'sources: sources is required: list at least one primary source id',
    ]);
  });

  it('names the summary when it is missing or too short to say anything', () => {
    expect(problems({ summary: undefined })).toEqual([
      'summary: summary is required: one sentence',
    ]);
    expect(problems({ summary: 'Too short' })).toEqual(['summary: summary is too short']);
  });

  it('asks for a real reason when an event is only reported', () => {
    expect(problems({ certainty: 'reported', reportedBecause: 'Unknown.' })).toEqual([
      'reportedBecause: reportedBecause is too short to say why',
    ]);
  });

  it('names the conflict field that is missing', () => {
    const claims = [
      { source: 'a', says: 'one day' },
      { source: 'b', says: 'another day' },
    ];
    expect(problems({ conflict: { claims } })).toEqual([
      'conflict.summary: conflict.summary is required',
    ]);
    expect(
      problems({ conflict: { summary: 'Dates differ', claims: [claims[0], { source: 'b' }] } }),
    ).toEqual(['conflict.claims.1.says: each conflict claim needs "says"']);
  });

  it('points actors, sources and conflict claims at their collections', () => {
    const parsed = events().parse({
      ...validEvent,
      contextSources: ['lwn-2024'],
      conflict: {
        summary: 'Dates differ',
        claims: [
          { source: 'a', says: 'one day' },
          { source: 'b', says: 'another day' },
        ],
      },
    });
    expect(parsed.actors).toEqual([{ collection: 'actors', id: 'andres-freund' }]);
    expect(parsed.sources).toEqual([
      { collection: 'sources', id: 'freund-oss-security-2024-03-29' },
    ]);
    expect(parsed.contextSources).toEqual([{ collection: 'sources', id: 'lwn-2024' }]);
    expect(parsed.conflict?.claims.map((claim) => claim.source)).toEqual([
      { collection: 'sources', id: 'a' },
      { collection: 'sources', id: 'b' },
    ]);
  });

  it('leaves tags and background sources empty when none are given', () => {
    const parsed = events().parse({ ...validEvent, tags: undefined });
    expect(parsed.tags).toEqual([]);
    expect(parsed.contextSources).toEqual([]);
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
