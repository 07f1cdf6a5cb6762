/** One picked File to the entries the engine compares, refusing an oversized file before reading it. */
import { CheckInputError, DEFAULT_LIMITS, mib } from '../../lib/check/archive/limits';
import { readArchive } from '../../lib/check/archive/read-archive';
import type { CheckSideInput } from '../../lib/check/types';

export async function readPicked(file: File): Promise<CheckSideInput> {
  // Refuse before reading: a 2 GB file must not be loaded into memory at all.
  if (file.size > DEFAULT_LIMITS.inputBytes)
    throw new CheckInputError(
      `${file.name} is ${mib(file.size)}, over the ${mib(DEFAULT_LIMITS.inputBytes)} limit`,
    );
  return readArchive(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** The buffers behind a side's entries, each once: moved to another worker, never copied. */
export function buffersOf(side: CheckSideInput): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const entry of side.entries)
    if (entry.bytes && entry.bytes.buffer instanceof ArrayBuffer) buffers.add(entry.bytes.buffer);
  return [...buffers];
}

/** The reader's message for a failure: ours as written, anything else labelled as unexpected. */
export function failureMessage(error: unknown): string {
  return error instanceof CheckInputError
    ? error.message
    : `the check stopped unexpectedly (${error instanceof Error ? error.message : String(error)})`;
}
