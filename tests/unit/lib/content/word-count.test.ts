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
});
