import { describe, expect, it } from 'vitest';

import {
  findComponentIds,
  findEventLinkIds,
  findTermIds,
} from '../../../../src/lib/content/mdx-references';

const body = `A <Term id="ifunc">resolver</Term> and the <Term id='got'>GOT</Term>, then
<Term class="x" id="ifunc">again</Term>. See <EventLink id="2024-03-29-freund-discloses">the post</EventLink>.
A <Terminal id="not-a-term" /> is something else.`;

describe('findComponentIds', () => {
  it('finds ids in either quote style and after other attributes, keeping repeats', () => {
    expect(findComponentIds(body, 'Term')).toEqual(['ifunc', 'got', 'ifunc']);
  });

  it('does not mistake a component whose name merely starts the same way', () => {
    expect(findTermIds(body)).not.toContain('not-a-term');
  });
});

describe('findTermIds and findEventLinkIds', () => {
  it('return each id once, in order of first use', () => {
    expect(findTermIds(body)).toEqual(['ifunc', 'got']);
    expect(findEventLinkIds(body)).toEqual(['2024-03-29-freund-discloses']);
  });
});
