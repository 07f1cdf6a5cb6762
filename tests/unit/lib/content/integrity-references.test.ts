import { describe, expect, it } from 'vitest';

import { checkIntegrity, type IntegrityInput } from '../../../../src/lib/content/integrity';

const base: IntegrityInput = {
  events: [
    {
      id: 'e1',
      date: '2024-03-29',
      era: 'discovery',
      sources: ['s1'],
      actors: [],
      conflictSources: [],
    },
  ],
  sources: new Map([['s1', { kind: 'primary' }]]),
  actors: new Set(),
};

describe('checkIntegrity on chapter and term references', () => {
  it('accepts a chapter whose linked events exist and are listed', () => {
    const chapters = [
      {
        id: 'c1',
        filePath: 'content/chapters/c1.mdx',
        events: ['e1'],
        body: '<EventLink id="e1">x</EventLink>',
      },
    ];
    expect(checkIntegrity({ ...base, chapters })).toEqual([]);
  });

  it('names the chapter that links to an event missing from its events list', () => {
    const chapters = [
      {
        id: 'c1',
        filePath: 'content/chapters/c1.mdx',
        events: [],
        body: '<EventLink id="e1">x</EventLink>',
      },
    ];
    expect(checkIntegrity({ ...base, chapters })).toEqual([
      'content/chapters/c1.mdx: <EventLink id="e1"> is missing from events:',
    ]);
  });

  it('names the chapter that links to an event that does not exist', () => {
    const chapters = [
      {
        id: 'c1',
        filePath: 'content/chapters/c1.mdx',
        events: [],
        body: '<EventLink id="nope">x</EventLink>',
      },
    ];
    expect(checkIntegrity({ ...base, chapters })).toEqual([
      'content/chapters/c1.mdx: <EventLink id="nope"> is not a file in content/events/',
    ]);
  });

  it('names the file that uses an unknown glossary term', () => {
    const termDocuments = [
      {
        kind: 'event' as const,
        id: 'e1',
        title: 'E',
        href: '/events/e1/',
        body: '<Term id="gots">x</Term>',
        filePath: 'content/events/e1.mdx',
      },
    ];
    expect(checkIntegrity({ ...base, termDocuments, glossaryIds: new Set(['got']) })).toEqual([
      'content/events/e1.mdx: <Term id="gots"> names no file content/glossary/gots.mdx',
    ]);
  });
});
