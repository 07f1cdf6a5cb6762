/** Archive paths are data, never instructions: anything that could leave the folder is refused. */

/** Why a path is unsafe to use, or null when it is an ordinary relative path. */
export function unsafePathReason(path: string): string | null {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
    return 'absolute path: reported, not unpacked';
  if (path.split(/[\\/]/).includes('..'))
    return 'path climbs out of the archive with "..": reported, not unpacked';
  if (path.includes('\0')) return 'path contains a NUL byte: reported, not unpacked';
  return null;
}

/** "./a//b" → "a/b": the forms tar tools write for the same path. */
export const normalisePath = (path: string) => path.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
