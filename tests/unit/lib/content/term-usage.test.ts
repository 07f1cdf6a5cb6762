import { describe, expect, it } from 'vitest';

import {
  collectTermUses,
  findUnknownTerms,
  type TermDocument,
} from '../../../../src/lib/content/term-usage';

const documents: TermDocument[] = [
  {
    kind: 'glossary',
    id: 'got',
    title: 'GOT',
    href: '/glossary/#got',
    body: 'See <Term id="ifunc">IFUNC</Term> and <Term id="got">GOT</Term>.',
    filePath: 'content/glossary/got.mdx',
  },
  {
    kind: 'event',
    id: 'e1',
    title: 'An event',
    href: '/events/e1/',
    body: '<Term id="ifunc">x</Term>',
  },
  {
    kind: 'chapter',
    id: 'c1',
    title: 'The half-second',
    href: '/story/c1/',
    body: '<Term id="ifunc">x</Term> <Term id="ifunc">y</Term> <Term id="typo">z</Term>',
    filePath: 'content/chapters/c1.mdx',
  },
];

describe('collectTermUses', () => {
  it('lists each document once per term, chapters before events before glossary entries', () => {
    const uses = collectTermUses(documents)
      .get('ifunc')
      ?.map((use) => use.id);
    expect(uses).toEqual(['c1', 'e1', 'got']);
  });

  it('does not count a glossary entry mentioning its own term as a use', () => {
    expect(collectTermUses(documents).get('got')).toBeUndefined();
  });

  it('counts a chapter or event whose id happens to equal a term id', () => {
    const chapter = { ...documents[2]!, id: 'ifunc' };
    expect(
      collectTermUses([chapter])
        .get('ifunc')
        ?.map((use) => use.id),
    ).toEqual(['ifunc']);
  });
});

describe('findUnknownTerms', () => {
  it('names the file and the id of every Term that has no glossary entry', () => {
    expect(findUnknownTerms(documents, new Set(['ifunc', 'got']))).toEqual([
      'content/chapters/c1.mdx: <Term id="typo"> names no file content/glossary/typo.mdx',
    ]);
  });

  it('names a document without a file path by its kind and id', () => {
    expect(findUnknownTerms([documents[1]!], new Set())).toEqual([
      'event/e1: <Term id="ifunc"> names no file content/glossary/ifunc.mdx',
    ]);
  });

  it('reports nothing when every id exists', () => {
    expect(findUnknownTerms(documents, new Set(['ifunc', 'got', 'typo']))).toEqual([]);
  });
});
