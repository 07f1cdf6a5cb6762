/**
 * The date a build stands for: SOURCE_DATE_EPOCH (set by scripts/build.mjs from the last
 * commit) so that rebuilding the same commit writes the same bytes; the clock only as a fallback.
 */
export function buildDate(epoch: string | undefined = process.env.SOURCE_DATE_EPOCH): Date {
  const seconds = Number(epoch);
  return epoch && Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
}
