/**
 * Turns the MDX body of a chapter or event into plain text for speaker notes: the opening
 * paragraphs and the section headings. Inline components (`<Term id="x">word</Term>`) keep
 * their words; links keep their text; block components, code and tables are dropped.
 */

/**
 * Inline MDX and Markdown reduced to its words. Tags go (a self-closing one whole); what sits
 * between an opening and a closing tag stays.
 */
export function inlineToText(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][\w.]*\b[^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?!\s)(.+?)_(?!\w)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blocks of the body separated by blank lines, with fenced code removed (some may be empty). */
function blocksOf(body: string): string[] {
  const withoutCode = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return withoutCode.split(/\n\s*\n/).map((block) => block.trim());
}

/** Not a heading, import, export, table, quote, component (a capitalised tag), closing tag or list. */
const isProse = (block: string) =>
  !/^(#|import\s|export\s|\||>|<[A-Z]|<\/|[-*+]\s|\d+\.\s)/.test(block);

/**
 * The paragraphs before the first heading, in order, until `maxChars` would be passed
 * (the first paragraph is always kept, cut at a sentence end if it is too long).
 */
export function openingParagraphs(body: string, maxChars = 600): string[] {
  const paragraphs: string[] = [];
  let used = 0;
  for (const block of blocksOf(body)) {
    if (block.startsWith('#')) break;
    if (!isProse(block)) continue;
    const text = inlineToText(block);
    if (text === '') continue; // an empty block, or one of markup only
    if (paragraphs.length === 0) {
      paragraphs.push(shorten(text, maxChars));
      used = paragraphs[0]!.length;
      continue;
    }
    if (used + text.length > maxChars) break;
    paragraphs.push(text);
    used += text.length;
  }
  return paragraphs;
}

/** The text of the level-2 headings, in order. */
export function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((match) => inlineToText(match[1]!));
}

/** Cuts text at the last sentence end within `maxChars`, or at a word with an ellipsis. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('? '),
    head.lastIndexOf('! '),
  );
  if (sentenceEnd > maxChars / 3) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  return `${head.slice(0, wordEnd > 0 ? wordEnd : maxChars)}…`;
}
