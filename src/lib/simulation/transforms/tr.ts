/**
 * `tr SET1 SET2` on bytes, with the part of GNU tr's set syntax the scripts use: octal escapes
 * (`\5`, `\377`), `\t` `\n` `\\`, `\-` for a literal dash, and ranges `a-b`.
 */

/** Parses a tr set (as tr receives it, after the shell) into byte values, in order. */
export function parseTrSet(spec: string): number[] {
  const atoms: Array<{ value: number; dash: boolean }> = [];
  for (let i = 0; i < spec.length; ) {
    const ch = spec[i]!;
    if (ch !== '\\' || i + 1 >= spec.length) {
      atoms.push({ value: ch.charCodeAt(0), dash: ch === '-' });
      i++;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(spec.slice(i + 1))?.[0];
    if (octal) {
      const value = parseInt(octal, 8);
      if (value > 255) throw new RangeError(`tr: octal escape \\${octal} is larger than one byte`);
      atoms.push({ value, dash: false });
      i += 1 + octal.length;
      continue;
    }
    const next = spec[i + 1]!;
    const named: Record<string, number> = { t: 9, n: 10, r: 13, '\\': 92 };
    atoms.push({ value: named[next] ?? next.charCodeAt(0), dash: false });
    i += 2;
  }
  const bytes: number[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k]!;
    const dash = atoms[k + 1];
    const end = atoms[k + 2];
    if (dash?.dash && end) {
      if (end.value < atom.value) throw new RangeError('tr: range endpoints are in reverse order');
      for (let v = atom.value; v <= end.value; v++) bytes.push(v);
      k += 2;
      continue;
    }
    if (atom.value > 255) throw new RangeError('tr: only single-byte characters are supported');
    bytes.push(atom.value);
  }
  return bytes;
}

/** Byte-to-byte table: SET1[k] → SET2[k]; SET2 is padded with its last byte, as GNU tr does. */
function makeTrTable(set1: number[], set2: number[]): Uint8Array {
  if (set2.length === 0) throw new RangeError('tr: SET2 must not be empty');
  const table = new Uint8Array(256);
  for (let b = 0; b < 256; b++) table[b] = b;
  set1.forEach((from, k) => {
    table[from] = set2[Math.min(k, set2.length - 1)]!;
  });
  return table;
}

export function trTable(set1: string, set2: string): Uint8Array {
  return makeTrTable(parseTrSet(set1), parseTrSet(set2));
}

export function translate(bytes: Uint8Array, table: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i]!]!;
  return out;
}

/** The inverse table; only defined when the table is a permutation of all 256 bytes. */
export function invertTable(table: Uint8Array): Uint8Array {
  const inverse = new Uint8Array(256);
  const seen = new Set<number>();
  table.forEach((to, from) => {
    seen.add(to);
    inverse[to] = from;
  });
  if (seen.size !== 256) throw new RangeError('tr table is not a permutation');
  return inverse;
}

/** How many positions a translation changed — what the page highlights in hex. */
export function changedPositions(before: Uint8Array, after: Uint8Array): number[] {
  const positions: number[] = [];
  for (let i = 0; i < Math.min(before.length, after.length); i++)
    if (before[i] !== after[i]) positions.push(i);
  return positions;
}
