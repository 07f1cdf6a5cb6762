/** Applies the limits and the safety rules to entries as a reader finds them. */
import type { CheckEntry, CheckNotice } from '../types.ts';
import { normalisePath, unsafePathReason } from './entry-path.ts';
import { bombMessage, CheckInputError, mib, type ReadLimits } from './limits.ts';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export class EntryCollector {
  readonly entries: CheckEntry[] = [];
  readonly notices: CheckNotice[] = [];
  private total = 0;
  private admitted = 0;
  private readonly limits: ReadLimits;
  constructor(limits: ReadLimits) {
    this.limits = limits;
  }

  /**
   * Decides before the body is read: true when the file's bytes should be kept. Links, unsafe
   * paths and oversized files become notices; too many files stop the read.
   */
  admit(rawPath: string, kind: EntryKind, size: number, linkTarget = ''): boolean {
    const path = normalisePath(rawPath);
    if (kind === 'directory' || path === '') return false;
    const unsafe = unsafePathReason(path);
    if (unsafe) return this.notice(path, unsafe);
    if (kind === 'symlink')
      return this.notice(path, `symbolic link to "${linkTarget}": reported, never followed`);
    if (kind === 'hardlink')
      return this.notice(path, `hard link to "${linkTarget}": reported, never followed`);
    if (kind === 'other') return this.notice(path, 'device, pipe or other special entry: skipped');
    if (++this.admitted > this.limits.entries)
      throw new CheckInputError(
        `it holds more than ${this.limits.entries} files, the limit; nothing more was read`,
      );
    if (size > this.limits.fileBytes)
      return this.notice(
        path,
        `${mib(size)}, over the ${mib(this.limits.fileBytes)} limit for one file: listed, not compared`,
      );
    return true;
  }

  add(rawPath: string, bytes: Uint8Array): void {
    this.total += bytes.length;
    if (this.total > this.limits.totalBytes) throw new CheckInputError(bombMessage(this.limits));
    if (bytes.length > this.limits.fileBytes) {
      this.notice(
        normalisePath(rawPath),
        `over the ${mib(this.limits.fileBytes)} limit for one file: listed, not compared`,
      );
      return;
    }
    this.entries.push({ path: normalisePath(rawPath), bytes });
  }

  private notice(path: string, message: string): false {
    this.notices.push({ path, message });
    return false;
  }
}
