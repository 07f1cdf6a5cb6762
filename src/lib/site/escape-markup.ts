/** The one escaper for text and attribute values written into HTML or SVG/XML markup. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes &, <, > and " so the text is safe between tags and inside double-quoted attributes. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
