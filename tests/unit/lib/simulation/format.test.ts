import { describe, expect, it } from 'vitest';

import {
  bytesLabel,
  count,
  firstLine,
  hexRows,
  safeText,
} from '../../../../src/lib/simulation/format.ts';
import { bytesOf } from './helpers.ts';

describe('byte counts', () => {
  it('groups thousands with commas whatever the reader’s locale', () => {
    expect(count(1_234_567)).toBe('1,234,567');
  });

  it('says “byte” for exactly one and “bytes” otherwise', () => {
    expect(bytesLabel(1)).toBe('1 byte');
    expect(bytesLabel(0)).toBe('0 bytes');
    expect(bytesLabel(2048)).toBe('2,048 bytes');
  });
});

describe('hex rows', () => {
  const bytes = Uint8Array.from({ length: 40 }, (_, i) => i + 0x1e);

  it('cuts the bytes into rows of 16 with an eight-digit hex offset, as xxd does', () => {
    const rows = hexRows(bytes);
    expect(rows.map((row) => row.offset)).toEqual(['00000000', '00000010', '00000020']);
    expect(rows.map((row) => row.cells.length)).toEqual([16, 16, 8]);
    expect(rows[0]!.cells[0]).toEqual({ hex: '1e', char: '·', highlighted: false });
    expect(rows[0]!.cells[2]).toEqual({ hex: '20', char: ' ', highlighted: false });
    expect(rows[0]!.cells[3]!.char).toBe('!');
  });

  it('pads single-digit bytes to two hex digits', () => {
    expect(hexRows(Uint8Array.of(0x0a))[0]!.cells[0]!.hex).toBe('0a');
  });

  it('shows a dot for DEL and the bytes above it, and the tilde as itself', () => {
    const [row] = hexRows(Uint8Array.of(0x7e, 0x7f, 0x80, 0xff, 0x1f));
    expect(row!.cells.map((cell) => cell.char)).toEqual(['~', '·', '·', '·', '·']);
  });

  it('starts at the given offset, stops after the given length and marks highlighted bytes', () => {
    const rows = hexRows(bytes, { start: 18, length: 20, highlight: new Set([18, 37, 38]) });
    expect(rows.map((row) => row.offset)).toEqual(['00000012', '00000022']);
    expect(rows.map((row) => row.cells.length)).toEqual([16, 4]);
    expect(rows[0]!.cells[0]).toEqual({ hex: '30', char: '0', highlighted: true });
    expect(rows[0]!.cells[1]!.highlighted).toBe(false);
    expect(rows[1]!.cells[3]!.highlighted).toBe(true);
  });

  it('shows 128 bytes by default', () => {
    const rows = hexRows(new Uint8Array(300));
    expect(rows).toHaveLength(8);
    expect(rows.at(-1)!.offset).toBe('00000070');
  });

  it('clamps a start outside the bytes instead of reading past either end', () => {
    expect(hexRows(bytes, { start: -5, length: 4 })[0]!.offset).toBe('00000000');
    expect(hexRows(bytes, { start: 40 })).toEqual([]);
    expect(hexRows(bytes, { start: 999 })).toEqual([]);
    expect(hexRows(bytes, { start: 36, length: 50 })[0]!.cells).toHaveLength(4);
  });
});

describe('safe text', () => {
  it('keeps printable ASCII, newlines and tabs, and escapes every other byte as \\xNN', () => {
    const bytes = Uint8Array.of(0x41, 0x0a, 0x09, 0x20, 0x7e, 0x00, 0x0d, 0x1f, 0x7f, 0xc3);
    expect(safeText(bytes)).toBe('A\n\t ~\\x00\\x0d\\x1f\\x7f\\xc3');
  });

  it('stops at the limit and says how many bytes it left out', () => {
    expect(safeText(bytesOf('abcdef'), 4)).toBe('abcd\n… (2 bytes more)');
    expect(safeText(bytesOf('abcde'), 4)).toBe('abcd\n… (1 byte more)');
    expect(safeText(bytesOf('abcd'), 4)).toBe('abcd');
  });

  it('shows up to 8,192 bytes by default', () => {
    const text = safeText(new Uint8Array(8200).fill(0x61));
    expect(text).toBe(`${'a'.repeat(8192)}\n… (8 bytes more)`);
    expect(safeText(new Uint8Array(8192).fill(0x61))).toBe('a'.repeat(8192));
  });
});

describe('first line', () => {
  it('is the text up to the first newline', () => {
    expect(firstLine(bytesOf('#!/bin/sh\necho hi\n'))).toBe('#!/bin/sh');
  });

  it('cuts a long line to the limit, ending in an ellipsis', () => {
    expect(firstLine(bytesOf('x'.repeat(61)))).toBe(`${'x'.repeat(59)}…`);
    expect(firstLine(bytesOf('x'.repeat(60)))).toBe('x'.repeat(60));
    expect(firstLine(bytesOf('abcdefgh'), 5)).toBe('abcd…');
  });

  it('counts escaped bytes as the text they show as', () => {
    expect(firstLine(Uint8Array.of(0x00, 0x01, 0x41), 8)).toBe('\\x00\\x0…');
  });

  it('reads at most four bytes per shown character, so a huge file costs nothing', () => {
    const bytes = new Uint8Array(1_000_000).fill(0x01);
    expect(firstLine(bytes, 3)).toBe('\\x…');
  });

  it('is empty for no bytes', () => {
    expect(firstLine(new Uint8Array(0))).toBe('');
  });
});
