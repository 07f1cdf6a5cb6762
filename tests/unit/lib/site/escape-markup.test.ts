import { describe, expect, it } from 'vitest';

import { escapeMarkup } from '../../../../src/lib/site/escape-markup';

describe('escapeMarkup', () => {
  it('escapes the four characters that end text or a double-quoted attribute', () => {
    expect(escapeMarkup('a < b && "c" > d')).toBe('a &lt; b &amp;&amp; &quot;c&quot; &gt; d');
  });

  it('escapes an ampersand once, so an entity in the input stays visible as text', () => {
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });

  it('leaves apostrophes and other text alone', () => {
    expect(escapeMarkup("Lasse's xz 5.6.1 — ok")).toBe("Lasse's xz 5.6.1 — ok");
  });
});
