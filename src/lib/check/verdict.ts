/** The one line a reader sees first, in words. */
import type { DifferingFile, M4File, TarballOnlyFile, TestBinary, VerdictLevel } from './types.ts';

export interface VerdictInput {
  generated: TarballOnlyFile[];
  unexpected: TarballOnlyFile[];
  differing: DifferingFile[];
  m4: M4File[];
  testBinaries: TestBinary[];
  gitOnly: string[];
  listingOnly: boolean;
  notices: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" for a few names, "a, b, c and 4 more" for many. */
function nameList(names: string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function verdictFor(input: VerdictInput): { level: VerdictLevel; verdict: string } {
  const look = [...input.unexpected.map((f) => f.path), ...input.differing.map((f) => f.path)];
  const parts = [plural(input.generated.length, 'generated file')];
  // aclocal.m4 is aclocal's own output, not a copied macro file; it counts as generated only.
  const m4Only = input.m4.filter(
    (f) => f.status === 'tarball-only' && !f.path.endsWith('aclocal.m4') && !look.includes(f.path),
  );
  if (m4Only.length > 0)
    parts.push(`${plural(m4Only.length, 'm4 copy', 'm4 copies')} only in the tarball`);
  if (input.testBinaries.length > 0)
    parts.push(plural(input.testBinaries.length, 'binary test file'));
  if (input.gitOnly.length > 0)
    parts.push(`${plural(input.gitOnly.length, 'file')} missing from the tarball`);
  if (input.notices > 0) parts.push(plural(input.notices, 'skipped entry', 'skipped entries'));
  const facts = parts.join(', ');

  if (look.length > 0) {
    const them = look.length === 1 ? 'it' : 'them';
    return {
      level: 'look',
      verdict: `${facts}; ${plural(look.length, 'unexpected difference')}: ${nameList(look)} — look at ${them}.`,
    };
  }
  if (input.listingOnly) {
    return {
      level: 'incomplete',
      verdict: `${facts}; nothing unexpected by name, but the git side is a listing, so no contents were compared.`,
    };
  }
  return {
    level: 'clean',
    verdict: `${facts}; no unexpected difference: every other file matches git byte for byte.`,
  };
}
