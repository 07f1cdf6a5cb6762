/** The shapes the release check passes between its readers, its engine and its page. */

/** One regular file read from an archive or a listing. `bytes` is null for a listing line. */
export interface CheckEntry {
  path: string;
  bytes: Uint8Array | null;
}

/** Something a reader skipped and the reader should know about (a symlink, a ../ path …). */
export interface CheckNotice {
  path: string;
  message: string;
}

export interface CheckSideInput {
  /** The file name the reader picked, for the report ("xz-5.6.1.tar.gz"). */
  name: string;
  entries: CheckEntry[];
  notices: CheckNotice[];
  /** True when the side is a pasted `git ls-files` listing: paths only, no contents. */
  listingOnly?: boolean;
}

export interface SideSummary {
  name: string;
  /** The common top-level folder removed before matching ("xz-5.6.1/"), or "". */
  prefix: string;
  files: number;
  bytes: number;
  listingOnly: boolean;
  notices: CheckNotice[];
}

export interface TarballOnlyFile {
  path: string;
  size: number;
  /** Which documented rule calls it generated; null when it is unexpected. */
  rule: string | null;
}

export interface DifferingFile {
  path: string;
  binary: boolean;
  gitSize: number;
  tarballSize: number;
  gitSha256: string;
  tarballSha256: string;
  /** A unified line diff (git → tarball) for text files small enough to diff. */
  diff: string | null;
  /** Why there is no line diff, when there is none. */
  diffNote: string | null;
}

export type M4Status = 'same' | 'differs' | 'tarball-only' | 'not-compared';

export interface M4File {
  path: string;
  /** The `# serial …` line, trimmed, or null when the file has none. */
  serial: string | null;
  /** The git copy's serial line, when git has the file and it differs. */
  gitSerial: string | null;
  status: M4Status;
  /** True when a reader should open it: tarball-only or different from git. */
  flagged: boolean;
}

export interface TestBinary {
  path: string;
  size: number;
  sha256: string;
  inGit: boolean;
}

export type VerdictLevel = 'clean' | 'look' | 'incomplete';

export interface CheckReport {
  tarball: SideSummary;
  git: SideSummary;
  unexpected: TarballOnlyFile[];
  differing: DifferingFile[];
  m4: M4File[];
  testBinaries: TestBinary[];
  gitOnly: string[];
  generated: TarballOnlyFile[];
  /** Files present and byte-identical on both sides (or, for a listing, present on both). */
  identical: number;
  level: VerdictLevel;
  verdict: string;
}
