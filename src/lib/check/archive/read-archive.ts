/** One picked file to the entries the engine compares: detect, decompress, list, with limits. */
import type { CheckSideInput } from '../types.ts';
import { EntryCollector } from './collect.ts';
import { tarBytesOf } from './decompress.ts';
import { detectFormat, FORMAT_NAMES } from './detect.ts';
import { CheckInputError, DEFAULT_LIMITS, mib, type ReadLimits } from './limits.ts';
import { readTar } from './read-tar.ts';
import { readZip } from './read-zip.ts';

export const SUPPORTED_FORMATS = Object.values(FORMAT_NAMES).join(', ');

/** Reads `bytes` (the file called `name`); throws CheckInputError with a message for the reader. */
export async function readArchive(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<CheckSideInput> {
  if (bytes.length > limits.inputBytes)
    throw new CheckInputError(
      `${name} is ${mib(bytes.length)}, over the ${mib(limits.inputBytes)} limit`,
    );
  const format = detectFormat(bytes);
  if (format === null)
    throw new CheckInputError(`${name} is not an archive this page reads (${SUPPORTED_FORMATS})`);
  const collector = new EntryCollector(limits);
  try {
    if (format === 'zip') await readZip(bytes, collector, limits);
    else await readTar(tarBytesOf(format, bytes, limits), collector);
  } catch (caught) {
    if (caught instanceof CheckInputError) throw new CheckInputError(`${name}: ${caught.message}`);
    throw new CheckInputError(`${name} could not be read (${(caught as Error).message})`);
  }
  if (collector.entries.length === 0 && collector.notices.length === 0)
    throw new CheckInputError(`${name} holds no files`);
  return { name, entries: collector.entries, notices: collector.notices };
}
