/**
 * Counts the words a reader actually reads in an MDX file: frontmatter, import/export lines,
 * code blocks, tags and link targets are not prose. Used to keep chapters 600–1,500 words.
 */

/** Removes a leading `---` YAML block, if there is one. */
export function stripFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** The prose of an MDX body as plain text. */
export function proseText(mdx: string): string {
  return stripFrontmatter(mdx)
    .replace(/^```[\s\S]*?^```/gm, ' ') // fenced code
    .replace(/^(import|export)\s.*$/gm, ' ') // ESM lines
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // tags; their text children stay
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/`[^`]*`/g, (code) => code.slice(1, -1)); // inline code counts as words
}

/** The number of words (runs containing a letter or digit) in the prose of an MDX file. */
export function countProseWords(mdx: string): number {
  return proseText(mdx)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
