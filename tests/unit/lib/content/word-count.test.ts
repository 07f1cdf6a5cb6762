import { describe, expect, it } from 'vitest';

import {
  countProseWords,
  proseText,
  stripFrontmatter,
} from '../../../../src/lib/content/word-count';

const mdx = `---
title: Not counted at all
order: 1
---
import Thing from './thing.astro';

The <Term id="ifunc">IFUNC resolver</Term> runs [early](https://example.org/long/url).

\`\`\`sh
xz --version and many more words here
\`\`\`

Run \`xz --version\` — then stop.
`;

describe('countProseWords', () => {
  it('leaves out frontmatter, imports, code blocks, tags and link targets', () => {
    // "The IFUNC resolver runs early" (5) + "Run xz --version then stop" (5); the dash is not a word.
    expect(countProseWords(mdx)).toBe(10);
  });

  it('keeps the text inside inline components and links', () => {
    const text = proseText(mdx);
    expect(text).toContain('IFUNC resolver');
    expect(text).toContain('early');
    expect(text).not.toContain('example.org');
    expect(text).not.toContain('Not counted');
  });

  it('counts a file without frontmatter as it is', () => {
    expect(stripFrontmatter('Just two')).toBe('Just two');
    expect(countProseWords('Just two')).toBe(2);
  });

  it('keeps the words between two thematic breaks in a file without frontmatter', () => {
    expect(countProseWords('Intro words.\n\n---\n\nMiddle words.\n\n---\n\nEnd.\n')).toBe(5);
  });

  it('finds no words in a file that is only frontmatter, even without a last newline', () => {
    expect(countProseWords('---\ntitle: The half second\norder: 1\n---')).toBe(0);
  });

  it('only treats backticks at the start of a line as a code fence', () => {
    const fenceMentioned =
      'Three backticks (```) open a fence.\n\nThen more words.\n```\ncode\n```\n';
    // "Three backticks open a fence" (5) + "Then more words" (3); the code is not prose.
    expect(countProseWords(fenceMentioned)).toBe(8);
    const fenceShown = 'Before.\n\n```md\nType ``` then the language\n```\n\nAfter.\n';
    expect(countProseWords(fenceShown)).toBe(2);
  });

  it('counts "import" and "export" in a sentence as words', () => {
    expect(countProseWords('Distributions import the tarball and export nothing.')).toBe(7);
  });

  it('leaves out MDX comments and keeps the words a tag or comment separates', () => {
    expect(countProseWords('Before {/* a note to editors */} after.')).toBe(2);
    expect(countProseWords('one{/* joined */}two and three<br/>four')).toBe(5);
  });

  it('gives inline code as plain text without its backticks', () => {
    expect(proseText('Run `xz --version` now.')).toBe('Run xz --version now.');
    expect(proseText('An empty `` pair.')).toBe('An empty  pair.');
  });
});
