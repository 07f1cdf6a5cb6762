/**
 * The release check: what a release tarball adds to and changes from its git tag. Pure apart
 * from Web Crypto's SHA-256, so it runs the same in a worker, a page and Vitest.
 */
import { byPath } from '../simulation/path-order.ts';
import { isBinary, isUnderTestFolder, m4SerialLine, sha256Hex, textOf } from './content-kind.ts';
import { generatedRuleFor } from './generated-files.ts';
import { unifiedDiff } from './line-diff.ts';
import { stripTopFolder } from './top-folder.ts';
import type {
  CheckEntry,
  CheckReport,
  CheckSideInput,
  DifferingFile,
  M4File,
  SideSummary,
  TarballOnlyFile,
  TestBinary,
} from './types.ts';
import { verdictFor } from './verdict.ts';

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

function summary(side: CheckSideInput, prefix: string, entries: CheckEntry[]): SideSummary {
  return {
    name: side.name,
    prefix,
    files: entries.length,
    bytes: entries.reduce((sum, entry) => sum + (entry.bytes?.length ?? 0), 0),
    listingOnly: side.listingOnly ?? false,
    notices: side.notices,
  };
}

async function differingFile(
  path: string,
  git: Uint8Array,
  tarball: Uint8Array,
  prefixes: { git: string; tarball: string },
): Promise<DifferingFile> {
  const binary = isBinary(git) || isBinary(tarball);
  const gitText = binary ? null : textOf(git);
  const tarballText = binary ? null : textOf(tarball);
  const lineDiff =
    gitText !== null && tarballText !== null
      ? unifiedDiff(path, prefixes.git, prefixes.tarball, gitText, tarballText)
      : { diff: null, note: 'binary file: compare sizes and hashes' };
  return {
    path,
    binary: gitText === null || tarballText === null,
    gitSize: git.length,
    tarballSize: tarball.length,
    gitSha256: await sha256Hex(git),
    tarballSha256: await sha256Hex(tarball),
    diff: lineDiff.diff,
    diffNote: lineDiff.note,
  };
}

/** Compares a release tarball (first) with the archive or listing of its git tag (second). */
export async function compareRelease(
  tarballSide: CheckSideInput,
  gitSide: CheckSideInput,
): Promise<CheckReport> {
  const tarball = stripTopFolder(tarballSide.entries);
  const git = stripTopFolder(gitSide.entries);
  const gitByPath = new Map(git.entries.map((entry) => [entry.path, entry.bytes]));
  const tarballPaths = new Set(tarball.entries.map((entry) => entry.path));
  const listingOnly = gitSide.listingOnly ?? false;
  const prefixes = { git: git.prefix, tarball: tarball.prefix };

  const generated: TarballOnlyFile[] = [];
  const unexpected: TarballOnlyFile[] = [];
  const differing: DifferingFile[] = [];
  const m4: M4File[] = [];
  const testBinaries: TestBinary[] = [];
  let identical = 0;

  for (const entry of [...tarball.entries].sort(byPath)) {
    const bytes = entry.bytes ?? new Uint8Array(0);
    const inGit = gitByPath.has(entry.path);
    const gitBytes = gitByPath.get(entry.path) ?? null;
    const comparable = inGit && gitBytes !== null;
    const same = comparable && sameBytes(gitBytes, bytes);

    if (!inGit) {
      const rule = generatedRuleFor(entry.path);
      (rule ? generated : unexpected).push({ path: entry.path, size: bytes.length, rule });
    } else if (!comparable || same) {
      identical++;
    } else {
      differing.push(await differingFile(entry.path, gitBytes, bytes, prefixes));
    }

    if (entry.path.endsWith('.m4')) {
      const status = !inGit
        ? 'tarball-only'
        : !comparable
          ? 'not-compared'
          : same
            ? 'same'
            : 'differs';
      m4.push({
        path: entry.path,
        serial: m4SerialLine(bytes),
        gitSerial: status === 'differs' ? m4SerialLine(gitBytes!) : null,
        status,
        flagged: status === 'tarball-only' || status === 'differs',
      });
    }

    if (isUnderTestFolder(entry.path) && isBinary(bytes))
      testBinaries.push({
        path: entry.path,
        size: bytes.length,
        sha256: await sha256Hex(bytes),
        inGit,
      });
  }

  const gitOnly = git.entries
    .map((entry) => entry.path)
    .filter((path) => !tarballPaths.has(path))
    .sort();

  // Flagged m4 files first; within a group, path order.
  m4.sort((a, b) => Number(b.flagged) - Number(a.flagged) || byPath(a, b));

  const { level, verdict } = verdictFor({
    generated,
    unexpected,
    differing,
    m4,
    testBinaries,
    gitOnly,
    listingOnly,
    notices: tarballSide.notices.length + gitSide.notices.length,
  });

  return {
    tarball: summary(tarballSide, tarball.prefix, tarball.entries),
    git: summary(gitSide, git.prefix, git.entries),
    unexpected,
    differing,
    m4,
    testBinaries,
    gitOnly,
    generated,
    identical,
    level,
    verdict,
  };
}
