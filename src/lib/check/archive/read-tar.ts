/** Entries of a tar archive through modern-tar; bodies of skipped entries are never kept. */
import { type TarHeader, unpackTar } from 'modern-tar';

import type { EntryCollector, EntryKind } from './collect.ts';
import { CheckInputError } from './limits.ts';

/**
 * modern-tar folds pax and GNU long-name entries into the header after them (GitHub archives
 * start with one) and reads an unknown type flag as a file, so only these kinds reach the filter.
 */
function kindOf(header: TarHeader): EntryKind {
  switch (header.type) {
    case 'file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

export async function readTar(tar: Uint8Array, collector: EntryCollector): Promise<void> {
  let entries;
  try {
    entries = await unpackTar(tar, {
      strict: true,
      filter: (header) =>
        collector.admit(header.name, kindOf(header), header.size, header.linkname),
    });
  } catch (caught) {
    if (caught instanceof CheckInputError) throw caught;
    throw new CheckInputError(`it is not a readable tar archive (${(caught as Error).message})`);
  }
  for (const entry of entries) collector.add(entry.header.name, entry.data ?? new Uint8Array(0));
}
