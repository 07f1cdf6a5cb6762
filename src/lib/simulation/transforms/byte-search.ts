/**
 * The two searches the scripts run over the source tree: stage 0's
 *   grep -aErls "#{4}[[:alnum:]]{5}#{4}$" $srcdir/
 * (a line ending in ####, five letters or digits, ####), and 5.6.1's `grep -broaF` for fixed
 * byte markers.
 */

/** Lines end at \n; `-a` makes grep read binary files as text, so any bytes may precede it. */
const MARKER_LINE = /#{4}[A-Za-z0-9]{5}#{4}$/;

export interface MarkerHit {
  offset: number;
  marker: string;
}

export function findMarkerLines(bytes: Uint8Array): MarkerHit[] {
  const hits: MarkerHit[] = [];
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    // Only the last 13 bytes of a line can hold the marker.
    const from = Math.max(lineStart, i - 13);
    const tail = String.fromCharCode(...bytes.subarray(from, i));
    const match = MARKER_LINE.exec(tail);
    if (match) hits.push({ offset: from + match.index, marker: match[0] });
    lineStart = i + 1;
  }
  return hits;
}

/** Every offset at which `needle` occurs (grep -b -o -F). */
export function findBytes(haystack: Uint8Array, needle: Uint8Array): number[] {
  const offsets: number[] = [];
  if (needle.length === 0) return offsets;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    offsets.push(i);
  }
  return offsets;
}
