import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';

import { mythSchema } from '../../../../src/lib/content/schemas';
import { schemaProblems } from '../../../support/schema-problems';

const rules = mythSchema(() => z.string());

const good = {
  myth: 'The git repository was clean; only the tarball was bad.',
  verdict: 'false',
  order: 1,
  sources: ['freund-oss-security-2024-03-29'],
  links: [{ to: 'story', id: '04-the-tarball-trick' }],
};

/** The messages an editor would see, each with the field it belongs to. */
const problems = (data: unknown) => schemaProblems(rules, data);

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
});
