/**
 * The .xz container (streams → blocks → LZMA2), decoded the way `xz -d` does it: streams are
 * concatenated, zero "stream padding" may sit between them, output already produced is kept
 * when a later stream turns out to be corrupt, and `--single-stream` ignores what follows the
 * first stream.
 */
import { crc32, crc64Bytes } from './crc.ts';
import { DecodeError } from './decode-error.ts';
import { decodeLzma2, lzma2DictionarySize } from './lzma2.ts';
import { OutWindow } from './out-window.ts';

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] as const;
const FOOTER_MAGIC = [0x59, 0x5a] as const;
const CHECK_SIZES: Record<number, number> = { 0: 0, 1: 4, 4: 8, 10: 32 };
const CHECK_NAMES: Record<number, XzCheck> = { 0: 'none', 1: 'crc32', 4: 'crc64', 10: 'sha256' };
const LZMA2_FILTER = 0x21;

export type XzCheck = 'none' | 'crc32' | 'crc64' | 'sha256';

export interface XzStreamReport {
  offset: number;
  length: number;
  outputLength: number;
  check: XzCheck | 'unknown';
  error: string | null;
}

export interface XzResult {
  output: Uint8Array;
  streams: XzStreamReport[];
  /** The first error, as `xz -d` would print it; null when everything decoded. */
  error: string | null;
  /** Bytes read; less than the input length when --single-stream left trailing data. */
  consumed: number;
}

export function hasXzMagic(input: Uint8Array, at = 0): boolean {
  return XZ_MAGIC.every((byte, i) => input[at + i] === byte);
}

function readUint32(input: Uint8Array, at: number): number {
  // A file cut inside a CRC field ends like any other cut file, as `xz -d` reports it.
  if (at + 4 > input.length) throw new DecodeError('unexpected end of input');
  return new DataView(input.buffer, input.byteOffset + at, 4).getUint32(0, true);
}

class Cursor {
  input: Uint8Array;
  pos: number;
  constructor(input: Uint8Array, pos: number) {
    this.input = input;
    this.pos = pos;
  }
  byte(): number {
    if (this.pos >= this.input.length) throw new DecodeError('unexpected end of input');
    return this.input[this.pos++]!;
  }
  /** The .xz variable-length integer (7 bits per byte, little-endian). */
  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 63; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
    throw new DecodeError('corrupt variable-length integer');
  }
  align4(from: number): void {
    while ((this.pos - from) % 4 !== 0)
      if (this.byte() !== 0) throw new DecodeError('non-null padding');
  }
}

function verifyCheck(checkId: number, data: Uint8Array, stored: Uint8Array): void {
  if (checkId === 1) {
    if (crc32(data) !== readUint32(stored, 0))
      throw new DecodeError('compressed data is corrupt (CRC32 mismatch)');
  } else if (checkId === 4) {
    const crc = crc64Bytes(data);
    if (crc.some((b, i) => b !== stored[i]))
      throw new DecodeError('compressed data is corrupt (CRC64 mismatch)');
  }
  // SHA-256 checks are skipped: our fixtures never use them (xz-decompress cannot either).
}

/** Decodes one stream starting at `start`, appending to `out`. Returns the stream's end. */
function decodeStream(
  input: Uint8Array,
  start: number,
  out: OutWindow,
  report: XzStreamReport,
): number {
  if (!hasXzMagic(input, start)) throw new DecodeError('file format not recognized');
  const c = new Cursor(input, start + 6);
  const flagsAt = c.pos;
  if (c.byte() !== 0) throw new DecodeError('unsupported stream flags');
  const checkId = c.byte();
  if (crc32(input, flagsAt, flagsAt + 2) !== readUint32(input, c.pos))
    throw new DecodeError('stream header is corrupt');
  c.pos += 4;
  if (!(checkId in CHECK_SIZES)) throw new DecodeError('unsupported integrity check');
  report.check = CHECK_NAMES[checkId]!;
  const records: Array<[number, number]> = [];
  for (;;) {
    const blockStart = c.pos;
    const headerSizeByte = c.byte();
    if (headerSizeByte === 0) break; // index indicator
    const headerEnd = blockStart + (headerSizeByte + 1) * 4;
    if (headerEnd > input.length) throw new DecodeError('unexpected end of input');
    if (crc32(input, blockStart, headerEnd - 4) !== readUint32(input, headerEnd - 4))
      throw new DecodeError('block header is corrupt');
    const flags = c.byte();
    if ((flags & 0x03) !== 0 || (flags & 0x3c) !== 0)
      throw new DecodeError('unsupported filter chain (only LZMA2)');
    if (flags & 0x40) c.varint();
    if (flags & 0x80) c.varint();
    if (c.varint() !== LZMA2_FILTER) throw new DecodeError('unsupported filter (only LZMA2)');
    if (c.varint() !== 1) throw new DecodeError('corrupt LZMA2 filter properties');
    const dictionarySize = lzma2DictionarySize(c.byte());
    c.pos = headerEnd;
    const dataStart = out.position;
    const dataEnd = decodeLzma2(input, c.pos, input.length, out, dictionarySize);
    c.pos = dataEnd;
    c.align4(blockStart);
    const checkSize = CHECK_SIZES[checkId]!;
    const decoded = out.bytes().subarray(dataStart);
    verifyCheck(checkId, decoded, input.subarray(c.pos, c.pos + checkSize));
    c.pos += checkSize;
    report.outputLength += decoded.length;
    records.push([dataEnd - blockStart + checkSize, decoded.length]);
  }
  // Index: record count and sizes must agree with the blocks just decoded.
  const indexStart = c.pos - 1;
  if (c.varint() !== records.length) throw new DecodeError('index does not match the blocks');
  for (const [unpadded, uncompressed] of records) {
    if (c.varint() !== unpadded || c.varint() !== uncompressed)
      throw new DecodeError('index does not match the blocks');
  }
  c.align4(indexStart);
  if (crc32(input, indexStart, c.pos) !== readUint32(input, c.pos))
    throw new DecodeError('index is corrupt');
  c.pos += 4;
  const footer = c.pos;
  if (footer + 12 > input.length) throw new DecodeError('unexpected end of input');
  if (crc32(input, footer + 4, footer + 10) !== readUint32(input, footer))
    throw new DecodeError('stream footer is corrupt');
  if (input[footer + 10] !== FOOTER_MAGIC[0] || input[footer + 11] !== FOOTER_MAGIC[1])
    throw new DecodeError('stream footer is corrupt');
  return footer + 12;
}

export function decodeXz(
  input: Uint8Array,
  options: { singleStream?: boolean; maxOutputBytes?: number } = {},
): XzResult {
  const out = new OutWindow(Math.max(1024, input.length * 4), options.maxOutputBytes);
  const streams: XzStreamReport[] = [];
  let pos = 0;
  let error: string | null = null;
  while (pos < input.length) {
    const report: XzStreamReport = {
      offset: pos,
      length: 0,
      outputLength: 0,
      check: 'unknown',
      error: null,
    };
    streams.push(report);
    try {
      const end = decodeStream(input, pos, out, report);
      report.length = end - pos;
      pos = end;
    } catch (caught) {
      report.error = caught instanceof DecodeError ? caught.message : String(caught);
      report.outputLength =
        out.position - streams.slice(0, -1).reduce((sum, s) => sum + s.outputLength, 0);
      error = report.error;
      break;
    }
    if (options.singleStream) break;
    // Stream padding: null bytes in multiples of four.
    const padStart = pos;
    while (pos < input.length && input[pos] === 0) pos++;
    if ((pos - padStart) % 4 !== 0) {
      error = 'stream padding is not a multiple of four bytes';
      break;
    }
  }
  if (streams.length === 0) error = 'unexpected end of input';
  return { output: out.bytes(), streams, error, consumed: pos };
}
