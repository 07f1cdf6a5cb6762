/**
 * Decoder output that doubles as the LZMA dictionary. Our inputs are small (< 100 KB), so the
 * whole history stays in memory and no ring buffer is needed.
 */
import { DecodeError } from './decode-error.ts';

export class OutWindow {
  private buffer: Uint8Array;
  // A plain field, not a constructor parameter property: Node's type stripping (npm run fixtures
  // imports this file directly) rejects parameter properties.
  private readonly maxSize: number;
  /** Bytes written so far. */
  position = 0;
  /** Where the dictionary was last reset (LZMA2 can reset it between chunks). */
  dictionaryStart = 0;

  /** `maxSize` bounds the output, so a decompression bomb stops with an error instead of eating memory. */
  constructor(initialSize = 1 << 16, maxSize = Infinity) {
    this.maxSize = maxSize;
    this.buffer = new Uint8Array(Math.min(initialSize, maxSize));
  }

  private reserve(extra: number): void {
    const needed = this.position + extra;
    if (needed <= this.buffer.length) return;
    if (needed > this.maxSize)
      throw new DecodeError(`output exceeds the limit of ${this.maxSize} bytes`);
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    size = Math.min(size, this.maxSize);
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.position));
    this.buffer = grown;
  }

  /** Bytes available to matches since the last dictionary reset. */
  get available(): number {
    return this.position - this.dictionaryStart;
  }

  resetDictionary(): void {
    this.dictionaryStart = this.position;
  }

  putByte(byte: number): void {
    this.reserve(1);
    this.buffer[this.position++] = byte;
  }

  putBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.position);
    this.position += bytes.length;
  }

  /** The byte `distance` positions back (1 = the last byte written). */
  getByte(distance: number): number {
    return this.buffer[this.position - distance]!;
  }

  copyMatch(distance: number, length: number): void {
    if (distance > this.available)
      throw new DecodeError('match distance points before the dictionary');
    this.reserve(length);
    for (let i = 0; i < length; i++) {
      this.buffer[this.position] = this.buffer[this.position - distance]!;
      this.position++;
    }
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.position);
  }
}
