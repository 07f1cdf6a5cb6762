import { describe, expect, it } from 'vitest';

import { mythSchema } from '../../../../src/lib/content/schemas';
import { schemaProblems } from '../../../support/schema-problems';
import { referenceTo } from './reference-stub';

const good = {
  myth: 'The git repository was clean; only the tarball was bad.',
  verdict: 'false',
  order: 1,
  sources: ['freund-oss-security-2024-03-29'],
  links: [{ to: 'story', id: '04-the-tarball-trick' }],
};

/**
 * The messages an editor would see, each with the field it belongs to. The schema is built on
 * each call (not once at import), so the rules under test are the ones that run.
 */
const problems = (data: unknown) => schemaProblems(mythSchema(referenceTo), data);

describe('the myth schema', () => {
  it('accepts a well-formed entry', () => {
    expect(problems(good)).toEqual([]);
  });

  it('asks for the myth itself, in people’s words', () => {
    const { myth: _, ...withoutMyth } = good;
    expect(problems(withoutMyth)).toEqual([
      'myth: myth is required: the claim in the words people use',
    ]);
  });

  it('explains that an unquoted false is read as a yes/no value, not the verdict', () => {
    expect(problems({ ...good, verdict: false })).toEqual([
      'verdict: verdict must be one of: false, misleading, partly-true, unproven (quote "false")',
    ]);
  });

  it('requires at least one source and one link', () => {
    expect(problems({ ...good, sources: [], links: [] })).toEqual([
      'sources: sources needs at least one source (and one of them must be primary)',
      'links: links needs at least one story, event, timeline or simulation link',
    ]);
  });

  it('names the link field that is wrong', () => {
    expect(problems({ ...good, links: [{ to: 'video', id: 'x' }, { to: 'event' }] })).toEqual([
      'links.0.to: each link needs "to": one of story, event, timeline, simulation',
      'links.1.id: each link needs "id": a chapter, event or simulation step id',
    ]);
  });

  it('names the myth when it is too short or too long to be one claim', () => {
    expect(problems({ ...good, myth: 'Tarballs.' })).toEqual([
      'myth: myth is too short to be a claim',
    ]);
    expect(problems({ ...good, myth: 'The tarball was bad. '.repeat(8) })).toEqual([
      'myth: myth must be one short claim (at most 160 characters)',
    ]);
  });

  it('explains the order, sources, links and an empty link id', () => {
    expect(problems({ ...good, sources: undefined, links: undefined })).toEqual([
      'sources: sources is required: list at least one primary source id',
      'links: links is required: where on the site the record can be seen',
    ]);
    expect(problems({ ...good, order: undefined, links: [{ to: 'story', id: '' }] })).toEqual([
      'order: order is required (1, 2, 3 … on the page)',
      'links.0.id: a link id cannot be empty',
    ]);
  });

  it('points its sources at the sources collection', () => {
    expect(mythSchema(referenceTo).parse(good).sources).toEqual([
      { collection: 'sources', id: 'freund-oss-security-2024-03-29' },
    ]);
  });
});
