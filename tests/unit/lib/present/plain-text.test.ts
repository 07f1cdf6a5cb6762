import { describe, expect, it } from 'vitest';

import {
  inlineToText,
  openingParagraphs,
  sectionHeadings,
  shorten,
} from '../../../../src/lib/present/plain-text';

const body = `
import Figure from '../components/Figure.astro';

On Good Friday Andres Freund posted a warning
[on Mastodon](https://mastodon.social/@x) and a report to the <Term id="oss-security">oss-security</Term> list.

He was testing on <EventLink id="2024-03-27-debian">Debian unstable</EventLink>, where *new* versions land **first**.

<HalfSecondFigure />

## What he saw

Later text that is not part of the opening.

## Why it mattered
`;

describe('speaker notes from MDX', () => {
  it('keep the words of inline components and links, and drop the markup', () => {
    expect(
      inlineToText(
        'a <Term id="x">liblzma</Term> and [a link](https://e.org) with `code`, *emphasis* and **strong**',
      ),
    ).toBe('a liblzma and a link with code, emphasis and strong');
  });

  it('keep snake_case and file-name underscores', () => {
    expect(inlineToText('good-large_compressed.lzma and crc64_fast.c')).toBe(
      'good-large_compressed.lzma and crc64_fast.c',
    );
  });

  it('take the paragraphs before the first heading, skipping imports and block components', () => {
    expect(openingParagraphs(body)).toEqual([
      'On Good Friday Andres Freund posted a warning on Mastodon and a report to the oss-security list.',
      'He was testing on Debian unstable, where new versions land first.',
    ]);
  });

  it('stop adding paragraphs at the length limit but always keep the first', () => {
    expect(openingParagraphs(body, 100)).toHaveLength(1);
    expect(
      openingParagraphs('A first sentence that is long. And another one that runs on and on.', 40),
    ).toEqual(['A first sentence that is long.']);
  });

  it('skip code blocks', () => {
    expect(openingParagraphs('```sh\nxz --version\n```\n\nThe text.')).toEqual(['The text.']);
  });

  it('list the section headings', () => {
    expect(sectionHeadings(body)).toEqual(['What he saw', 'Why it mattered']);
  });

  it('return nothing for an empty body', () => {
    expect(openingParagraphs('')).toEqual([]);
    expect(sectionHeadings('')).toEqual([]);
  });

  it('shorten at a word when there is no sentence end', () => {
    expect(shorten('one two three four five', 12)).toBe('one two…');
  });
});
