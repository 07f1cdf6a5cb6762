/** Which reader an archive needs, from its first bytes (names lie; magic numbers rarely do). */

export type ArchiveFormat = 'tar' | 'gzip' | 'xz' | 'bzip2' | 'zip';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  magic.every((byte, i) => bytes[at + i] === byte);

export function detectFormat(bytes: Uint8Array): ArchiveFormat | null {
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(bytes, [0x42, 0x5a, 0x68])) return 'bzip2';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  // "ustar" at offset 257 (POSIX and GNU tar both write it).
  if (startsWith(bytes, [0x75, 0x73, 0x74, 0x61, 0x72], 257)) return 'tar';
  return null;
}

export const FORMAT_NAMES: Record<ArchiveFormat, string> = {
  tar: '.tar',
  gzip: '.tar.gz',
  xz: '.tar.xz',
  bzip2: '.tar.bz2',
  zip: '.zip',
};
