/** Entries of a tar archive through modern-tar; bodies of skipped entries are never kept. */
import { type TarHeader, unpackTar } from 'modern-tar';

import type { EntryCollector, EntryKind } from './collect.ts';
import { CheckInputError } from './limits.ts';

function kindOf(header: TarHeader): EntryKind | null {
  switch (header.type ?? 'file') {
    case 'file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    // Metadata entries modern-tar folds into the next header (GitHub archives start with one).
    case 'pax-header':
    case 'pax-global-header':
    case 'gnu-long-name':
    case 'gnu-long-link-name':
      return null;
    default:
      return 'other';
  }
}

export async function readTar(tar: Uint8Array, collector: EntryCollector): Promise<void> {
  let entries;
  try {
    entries = await unpackTar(tar, {
      strict: true,
      filter: (header) => {
        const kind = kindOf(header);
        return kind !== null && collector.admit(header.name, kind, header.size, header.linkname);
      },
    });
  } catch (caught) {
    if (caught instanceof CheckInputError) throw caught;
    throw new CheckInputError(`it is not a readable tar archive (${(caught as Error).message})`);
  }
  for (const entry of entries) collector.add(entry.header.name, entry.data ?? new Uint8Array(0));
}
