/**
 * Finds sentences that call the xz git tag, tree or repository itself "clean". The record says
 * otherwise: the 5.6.0 tag held the two payload test files and the ifunc hook code, and Freund's
 * report says the upstream repository and the tarballs were both backdoored. Only the trigger,
 * m4/build-to-host.m4, was tarball-only, so what is clean is a *build* from the tag. That wording
 * is allowed; the checks below skip a match that follows "build from".
 */

export interface CleanTagClaim {
  /** The offending words, as they read once markup and line breaks are removed. */
  phrase: string;
  /** 1-based line of the original text where the phrase starts. */
  line: number;
}

const GIT_THING = String.raw`(?:git\s+)?(?:tag|tree|repository|repo)s?`;

const FORBIDDEN: readonly RegExp[] = [
  // The adjective before the noun (the tests list the phrasings this catches).
  new RegExp(String.raw`\bclean\s+${GIT_THING}\b`, 'gi'),
  // A verb after the noun, optionally naming the version and with an adverb before the word.
  new RegExp(
    String.raw`\b${GIT_THING}(?:\s+(?:of|for)\s+[\w.]+)?\s+(?:is|was|were|are|stays|stayed|remains|remained)\s+(?:\w+ly\s+)?clean\b`,
    'gi',
  ),
];

/** "a build from the git tag is clean", "builds made from a git tag were clean". */
const BUILD_FROM_BEFORE = /\bbuilds?\s+(?:\w+\s+)?from\s+(?:the\s+|a\s+|its\s+)?$/i;

/**
 * Replaces markup (`<Term id="x">git tag</Term>`) and line breaks with neutral text of the same
 * length, so that a match still maps back to its line in the original.
 */
function flatten(text: string): string {
  return text.replace(/<[^>\n]*>/g, (tag) => ' '.repeat(tag.length)).replace(/[\r\n]/g, ' ');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function findCleanTagClaims(text: string): CleanTagClaim[] {
  const flat = flatten(text);
  const claims: CleanTagClaim[] = [];
  for (const pattern of FORBIDDEN) {
    for (const match of flat.matchAll(pattern)) {
      const before = collapseSpaces(flat.slice(Math.max(0, match.index - 80), match.index));
      if (BUILD_FROM_BEFORE.test(before)) continue;
      claims.push({ phrase: collapseSpaces(match[0]), line: lineOf(text, match.index) });
    }
  }
  return claims.sort((a, b) => a.line - b.line);
}
