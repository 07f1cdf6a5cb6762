import { describe, expect, it } from 'vitest';
import { embedSnippet, isResizeMessage, RESIZE_MESSAGE } from '../../../../src/lib/timeline/embed';

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://xz.example/sub/embed/timeline/?event=a&b="x"', title: 'The <xz> timeline' });

  it('is an iframe followed by the script that resizes it', () => {
    expect(snippet).toMatch(/^<iframe src="https:\/\/xz\.example\/sub\/embed\/timeline\/\?event=a&amp;b=%22x%22" title="The &lt;xz> timeline"/);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('document.currentScript.previousElementSibling');
  });

  it('only listens to our own origin and our own iframe', () => {
    expect(snippet).toContain('e.origin!=="https://xz.example"');
    expect(snippet).toContain('e.source!==f.contentWindow');
    expect(snippet).toContain(`"${RESIZE_MESSAGE}"`);
  });
});

describe('isResizeMessage', () => {
  it('accepts only a sane height of our message type', () => {
    expect(isResizeMessage({ type: RESIZE_MESSAGE, height: 640 })).toBe(true);
    for (const data of [null, 'height', { type: RESIZE_MESSAGE, height: -1 }, { type: RESIZE_MESSAGE, height: 1e9 }, { type: 'other', height: 640 }, { type: RESIZE_MESSAGE, height: '640' }]) {
      expect(isResizeMessage(data), JSON.stringify(data)).toBe(false);
    }
  });
});
