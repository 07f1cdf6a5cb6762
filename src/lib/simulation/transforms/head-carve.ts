/**
 * Stage 1's "function" kept in an environment variable:
 *   i="((head -c +1024 >/dev/null) && head -c +2048 && … && head -c +LAST)"
 * Each `head` reads from the same pipe, so the chain alternately throws away and keeps bytes.
 * (`head -c +N` ignores the plus sign: it means N bytes.)
 */

export type CarveSegment = { kind: 'skip' | 'keep'; length: number };

export interface CarveLayout {
  segments: CarveSegment[];
  skipLength: number;
  keepLength: number;
  repeats: number;
  lastKeep: number;
}

/** 17 skips of 1 KiB, 16 keeps of 2 KiB and a final keep (724 in 5.6.0, 939 in 5.6.1). */
export function carveLayout(
  lastKeep: number,
  repeats = 16,
  skipLength = 1024,
  keepLength = 2048,
): CarveLayout {
  const segments: CarveSegment[] = [];
  for (let n = 0; n < repeats; n++) {
    segments.push({ kind: 'skip', length: skipLength }, { kind: 'keep', length: keepLength });
  }
  segments.push({ kind: 'skip', length: skipLength }, { kind: 'keep', length: lastKeep });
  return { segments, skipLength, keepLength, repeats, lastKeep };
}

/** The command string exactly as the variable holds it. */
export function carveCommand(layout: CarveLayout): string {
  const parts = layout.segments.map((s) =>
    s.kind === 'skip' ? `(head -c +${s.length} >/dev/null)` : `head -c +${s.length}`,
  );
  return `(${parts.join(' && ')})`;
}

/** Reads a carving command back into segments (so tests can count the published strings). */
export function parseCarveCommand(command: string): CarveSegment[] {
  const inner = command.trim().replace(/^\(/, '').replace(/\)$/, '');
  return inner.split(' && ').map((part) => {
    const match = /^(\()?head -c \+(\d+)( >\/dev\/null\))?$/.exec(part.trim());
    if (!match) throw new SyntaxError(`not a head step: ${part}`);
    return { kind: match[3] ? 'skip' : 'keep', length: Number(match[2]) };
  });
}

export const totalLength = (segments: CarveSegment[], kind?: CarveSegment['kind']) =>
  segments.filter((s) => !kind || s.kind === kind).reduce((sum, s) => sum + s.length, 0);

/** Runs the chain on bytes. A short input ends the chain early, as `&&` would. */
export function applyCarve(
  bytes: Uint8Array,
  segments: CarveSegment[],
): { kept: Uint8Array; consumed: number } {
  const kept = new Uint8Array(totalLength(segments, 'keep'));
  let read = 0;
  let written = 0;
  for (const segment of segments) {
    const take = Math.min(segment.length, bytes.length - read);
    if (segment.kind === 'keep') {
      kept.set(bytes.subarray(read, read + take), written);
      written += take;
    }
    read += take;
    if (take < segment.length) break;
  }
  return { kept: kept.slice(0, written), consumed: read };
}

/**
 * The inverse, for our fixture generator: interleave fillers with the bytes to be kept.
 * `filler(n, length)` supplies the n-th skipped region.
 */
export function layOutCarve(
  kept: Uint8Array,
  segments: CarveSegment[],
  filler: (index: number, length: number) => Uint8Array,
): Uint8Array {
  if (kept.length !== totalLength(segments, 'keep'))
    throw new RangeError('kept bytes do not fill the keep segments');
  const out = new Uint8Array(totalLength(segments));
  let at = 0;
  let from = 0;
  let skipIndex = 0;
  for (const segment of segments) {
    const piece =
      segment.kind === 'keep'
        ? kept.subarray(from, (from += segment.length))
        : filler(skipIndex++, segment.length);
    if (piece.length !== segment.length) throw new RangeError('filler has the wrong length');
    out.set(piece, at);
    at += segment.length;
  }
  return out;
}

/** `tail -c +N`: start at byte N (1-based), so N−1 bytes are dropped. */
export function tailFrom(bytes: Uint8Array, plusN: number): Uint8Array {
  if (!Number.isInteger(plusN) || plusN < 1) throw new RangeError('tail -c +N needs N ≥ 1');
  return bytes.slice(Math.min(plusN - 1, bytes.length));
}
