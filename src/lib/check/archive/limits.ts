/** The limits the page states; every reader stops with a clear message when one is reached. */
import { bytesLabel, count } from '../../simulation/format.ts';

export interface ReadLimits {
  /** The file as picked (compressed). */
  inputBytes: number;
  /** Everything an archive unpacks to. */
  totalBytes: number;
  /** Regular files in one archive. */
  entries: number;
  /** One file inside an archive; larger ones are skipped with a notice. */
  fileBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  inputBytes: 200 * MiB,
  totalBytes: 400 * MiB,
  entries: 50_000,
  fileBytes: 64 * MiB,
};

/** A reader's clear, user-facing reason for stopping. */
export class CheckInputError extends Error {
  override name = 'CheckInputError';
}

export const mib = (bytes: number) =>
  bytes >= MiB && bytes % MiB === 0 ? `${count(bytes / MiB)} MB` : bytesLabel(bytes);

export function limitsSentence(limits: ReadLimits = DEFAULT_LIMITS): string {
  return `Each archive may be up to ${mib(limits.inputBytes)} as picked and unpack to at most ${mib(limits.totalBytes)} in ${count(limits.entries)} files; a single file over ${mib(limits.fileBytes)} is listed but not compared.`;
}

export const bombMessage = (limits: ReadLimits) =>
  `it unpacks to more than ${mib(limits.totalBytes)}, the limit — a decompression bomb or simply too big; nothing more was read`;
