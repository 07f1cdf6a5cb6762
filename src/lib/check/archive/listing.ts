/** A pasted `git ls-files` listing as the git side: paths only, so only presence is compared. */
import type { CheckSideInput } from '../types.ts';
import { normalisePath, unsafePathReason } from './entry-path.ts';
import { CheckInputError, DEFAULT_LIMITS, type ReadLimits } from './limits.ts';

/** git quotes unusual paths C-style ("caf\303\251.txt"); this turns them back into text. */
export function unquoteGitPath(line: string): string {
  if (!(line.startsWith('"') && line.endsWith('"') && line.length >= 2)) return line;
  const bytes: number[] = [];
  const body = line.slice(1, -1);
  const escapes: Record<string, number> = {
    n: 10,
    t: 9,
    r: 13,
    '"': 34,
    '\\': 92,
    a: 7,
    b: 8,
    f: 12,
    v: 11,
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(escapes[body[i + 1]!] ?? body.charCodeAt(i + 1));
      i += 1;
    }
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

export function readListing(text: string, limits: ReadLimits = DEFAULT_LIMITS): CheckSideInput {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0)
    throw new CheckInputError('the pasted listing is empty: paste the output of `git ls-files`');
  if (lines.length > limits.entries)
    throw new CheckInputError(
      `the pasted listing has more than ${limits.entries} lines, the limit`,
    );
  const result: CheckSideInput = {
    name: 'pasted git ls-files listing',
    entries: [],
    notices: [],
    listingOnly: true,
  };
  for (const line of lines) {
    const path = normalisePath(unquoteGitPath(line));
    const unsafe = unsafePathReason(path);
    if (unsafe) result.notices.push({ path, message: unsafe });
    else result.entries.push({ path, bytes: null });
  }
  return result;
}
