import { describe, expect, it } from 'vitest';

import {
  actorSchema,
  chapterSchema,
  correctionSchema,
  glossarySchema,
  sourceSchema,
} from '../../../../src/lib/content/schemas';
import { schemaProblems } from '../../../support/schema-problems';
import { referenceTo } from './reference-stub';

const source = {
  title: 'A mail',
  publisher: 'xz-devel',
  url: 'https://example.org/m',
  published: '2022-06-07',
  kind: 'primary',
};

describe('the other collections', () => {
  it('only accept https source URLs', () => {
    expect(schemaProblems(sourceSchema, { ...source, url: 'http://example.org/m' })).toEqual([
      'url: url must start with https://',
    ]);
  });

  it('reject a source without a kind', () => {
    expect(schemaProblems(sourceSchema, { ...source, kind: undefined })).toEqual([
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
    expect(
      schemaProblems(chapterSchema(referenceTo), {
        title: 'One',
        order: 1,
        summary: 'The first chapter.',
        objectives: [],
      }),
    ).toEqual(['objectives: objectives needs at least one learning objective']);
  });
});

describe('a field that is there but too short', () => {
  it('is called too short, not missing', () => {
    expect(schemaProblems(actorSchema, { name: '', kind: 'person', note: 'A dev.' })).toEqual([
      'name: name cannot be empty',
      'note: note is too short: one or two sentences',
    ]);
    expect(schemaProblems(sourceSchema, { ...source, title: 'A', publisher: 'x' })).toEqual([
      'title: title is too short',
      'publisher: publisher is too short',
    ]);
    expect(schemaProblems(glossarySchema, { term: '', definition: 'A symbol.' })).toEqual([
      'term: term cannot be empty',
      'definition: definition is too short to explain the term',
    ]);
  });
});

describe('a source', () => {
  it('says the url is required when it is left out', () => {
    expect(schemaProblems(sourceSchema, { ...source, url: undefined })).toEqual([
      'url: url is required',
    ]);
  });

  it('asks for a full URL, naming the field, when the url is only a path', () => {
    expect(schemaProblems(sourceSchema, { ...source, url: '/m' })).toEqual([
      'url: url must be a full URL',
    ]);
    expect(schemaProblems(sourceSchema, { ...source, archive: 'web.archive.org' })).toEqual([
      'archive: archive must be a full URL',
    ]);
  });
});

describe('a chapter', () => {
  // Built inside each test (not once at import), so the rules under test are the ones that run.
  const problems = (input: unknown) => schemaProblems(chapterSchema(referenceTo), input);
  const chapter = {
    title: 'The half second',
    order: 1,
    summary: 'A login takes longer than it should.',
    objectives: ['Explain what Freund measured'],
  };

  it('explains each missing field in words an editor understands', () => {
    expect(problems({ ...chapter, summary: 'Short.' })).toEqual(['summary: summary is too short']);
    expect(problems({})).toEqual([
      'title: title is required',
      'order: order is required (1, 2, 3 …)',
      'summary: summary is required',
      'objectives: objectives is required: what the reader will be able to do',
    ]);
  });

  it('takes plain objectives only when there is at least one of sentence length', () => {
    expect(problems({ ...chapter, plainObjectives: ['Say what was measured'] })).toEqual([]);
    expect(problems({ ...chapter, plainObjectives: [] })).toEqual([
      'plainObjectives: plainObjectives, when given, needs at least one objective',
    ]);
    expect(problems({ ...chapter, plainObjectives: ['Timing'] })).toEqual([
      'plainObjectives.0: a plain objective cannot be this short',
    ]);
  });

  it('points its events at the events collection, and has none by default', () => {
    const chapters = chapterSchema(referenceTo);
    expect(chapters.parse(chapter).events).toEqual([]);
    expect(chapters.parse({ ...chapter, events: ['2024-03-29-freund-discloses'] }).events).toEqual([
      { collection: 'events', id: '2024-03-29-freund-discloses' },
    ]);
  });
});

describe('a correction', () => {
  const problems = (input: unknown) => schemaProblems(correctionSchema(referenceTo), input);

  it('accepts a dated summary and may point at the corrected event', () => {
    const correction = correctionSchema(referenceTo).parse({
      date: '2026-12-05',
      summary: 'The removal commits are now listed.',
      event: '2024-03-29-freund-discloses',
    });
    expect(correction.event).toEqual({ collection: 'events', id: '2024-03-29-freund-discloses' });
    expect(problems({ date: '2026-11-26', summary: 'First public version.' })).toEqual([]);
  });

  it('asks for a full day as the date and a summary that says what changed', () => {
    expect(problems({ date: '2026-12', summary: 'Fixed.' })).toEqual([
      'date: date must be "YYYY-MM-DD"',
      'summary: summary is too short to say what changed',
    ]);
    expect(problems({ date: '2026-12-05' })).toEqual(['summary: summary is required']);
  });
});
