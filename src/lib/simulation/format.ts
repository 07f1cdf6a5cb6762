/** Formatting shared by the trace text and the page: byte counts, hex rows, safe text. */

export const count = (n: number) => n.toLocaleString('en-US');
export const bytesLabel = (n: number) => `${count(n)} byte${n === 1 ? '' : 's'}`;

export interface HexCell {
  hex: string;
  char: string;
  highlighted: boolean;
}

export interface HexRow {
  offset: string;
  cells: HexCell[];
}

const printableChar = (b: number) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '·');

/** Rows of 16 bytes, as `xxd` prints them, for the first `length` bytes from `start`. */
export function hexRows(
  bytes: Uint8Array,
  options: { start?: number; length?: number; highlight?: ReadonlySet<number> } = {},
): HexRow[] {
  const start = Math.max(0, Math.min(options.start ?? 0, bytes.length));
  const end = Math.min(bytes.length, start + (options.length ?? 128));
  const rows: HexRow[] = [];
  for (let at = start; at < end; at += 16) {
    const cells: HexCell[] = [];
    for (let i = at; i < Math.min(at + 16, end); i++) {
      const b = bytes[i]!;
      cells.push({
        hex: b.toString(16).padStart(2, '0'),
        char: printableChar(b),
        highlighted: options.highlight?.has(i) ?? false,
      });
    }
    rows.push({ offset: at.toString(16).padStart(8, '0'), cells });
  }
  return rows;
}

/** Bytes as text; anything that is not printable ASCII, newline or tab shows as \xNN. */
export function safeText(bytes: Uint8Array, maxBytes = 8192): string {
  let out = '';
  const end = Math.min(bytes.length, maxBytes);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    out +=
      b === 0x0a || b === 0x09 || (b >= 0x20 && b < 0x7f)
        ? String.fromCharCode(b)
        : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return bytes.length > end ? `${out}\n… (${bytesLabel(bytes.length - end)} more)` : out;
}

/** The first line of some bytes, for one-line summaries in terminal output. */
export function firstLine(bytes: Uint8Array, max = 60): string {
  // split() always yields at least one string, so the first is never missing.
  const text = safeText(bytes.subarray(0, max * 4), max * 4).split('\n')[0]!;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
