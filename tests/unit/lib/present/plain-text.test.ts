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

  it('keep the alt text of an image and drop its address', () => {
    expect(inlineToText('The picture ![the build chain](/img/chain.png) shows it.')).toBe(
      'The picture the build chain shows it.',
    );
    expect(inlineToText('Before ![](/img/spacer.png)after')).toBe('Before after');
  });

  it('drop underscore and asterisk emphasis, also at the start of a line', () => {
    expect(inlineToText('_Jia Tan_ was a name, and _not_ a person')).toBe(
      'Jia Tan was a name, and not a person',
    );
    expect(inlineToText('*Two* years of work')).toBe('Two years of work');
  });

  it('join wrapped lines into single spaces with nothing left at either end', () => {
    expect(inlineToText('a line\n   wrapped \tover two')).toBe('a line wrapped over two');
    expect(inlineToText('<Figure id="chain" /> After the figure <Br/>')).toBe('After the figure');
  });

  it('skip a code block whose closing fence has trailing spaces', () => {
    expect(openingParagraphs('```\nxz --version\n```  \n\nThe text.')).toEqual(['The text.']);
  });

  it('end a code block only at a fence that opens a line', () => {
    expect(openingParagraphs('```md\nwrite ``` to open a fence\n```\n\nThe text.')).toEqual([
      'The text.',
    ]);
    expect(openingParagraphs('Type ``` to open a fence.\n\n```\nx\n```\n\nThe end.')).toEqual([
      'Type ``` to open a fence.',
      'The end.',
    ]);
  });

  it('split paragraphs at a line of spaces as at an empty line', () => {
    expect(openingParagraphs('First.\n   \nSecond.')).toEqual(['First.', 'Second.']);
  });

  it('skip leading blank lines and blocks of markup only', () => {
    expect(openingParagraphs('\n\n\n<br />\n\nThe text.')).toEqual(['The text.']);
  });

  it('skip exports, block components and lists, numbered ones past nine included', () => {
    const markup = [
      'export const meta = { draft: false };',
      '<Aside>\nAn aside the page shows in a box.\n</Aside>',
      '- first\n- second',
      '1. one\n2. two',
      '10. ten\n11. eleven',
      'The text.',
    ].join('\n\n');
    expect(openingParagraphs(markup)).toEqual(['The text.']);
  });

  it('keep a paragraph that ends exactly at the length limit, and count every paragraph kept', () => {
    const three = 'Ten chars.\n\nTen again.\n\nTen more!!';
    expect(openingParagraphs(three, 20)).toEqual(['Ten chars.', 'Ten again.']);
    expect(openingParagraphs(three, 29)).toEqual(['Ten chars.', 'Ten again.']);
    expect(openingParagraphs(three, 30)).toHaveLength(3);
  });

  it('list only level-2 headings, the last one on the last line too, without closing hashes', () => {
    expect(sectionHeadings('## Two\n\n### Three\n\n## Closed ##\n\n## Last')).toEqual([
      'Two',
      'Closed',
      'Last',
    ]);
  });

  it('leave text that fits the limit exactly as it is', () => {
    expect(shorten('Fits exactly.', 13)).toBe('Fits exactly.');
  });

  it('cut at a sentence end only when it lies past the first third of the limit', () => {
    const text = 'A sentence. Then the rest runs on past the limit';
    expect(shorten(text, 29)).toBe('A sentence.');
    expect(shorten(text, 30)).toBe('A sentence. Then the rest…');
  });

  it('cut a word with no space before the limit at the limit', () => {
    expect(shorten('Supercalifragilistic', 10)).toBe('Supercalif…');
    expect(shorten(' Supercalifragilistic', 10)).toBe(' Supercali…');
  });
});
