/**
 * The LZMA range decoder (after Igor Pavlov's LzmaSpec). Values are kept as unsigned 32-bit
 * numbers; every shift is followed by `>>> 0` because JavaScript bit operators are signed.
 */
import { DecodeError } from './decode-error.ts';

const TOP = 0x1000000;
export const PROB_INIT = 1024;

export class RangeDecoder {
  private range = 0xffffffff;
  private code = 0;
  private readonly input: Uint8Array;
  private readonly end: number;
  position: number;

  constructor(input: Uint8Array, start: number, end = input.length) {
    this.input = input;
    this.end = end;
    this.position = start;
    const first = this.nextByte();
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.nextByte()) >>> 0;
    if (first !== 0 || this.code === this.range) throw new DecodeError('corrupt range coder start');
  }

  private nextByte(): number {
    if (this.position >= this.end) throw new DecodeError('unexpected end of compressed data');
    return this.input[this.position++]!;
  }

  private normalize(): void {
    if (this.range < TOP) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.nextByte()) >>> 0;
    }
  }

  /** True when the encoder's final flush has been read: the stream ended cleanly. */
  get finishedOk(): boolean {
    return this.code === 0;
  }

  decodeBit(probs: Uint16Array, index: number): number {
    const prob = probs[index]!;
    const bound = (this.range >>> 11) * prob;
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      probs[index] = prob + ((2048 - prob) >>> 5);
      bit = 0;
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[index] = prob - (prob >>> 5);
      bit = 1;
    }
    this.normalize();
    return bit;
  }

  decodeDirectBits(count: number): number {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.range = this.range >>> 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        bit = 1;
      }
      result = result * 2 + bit;
      this.normalize();
    }
    return result;
  }

  /** Plain binary tree of `bits` bits rooted at probs[offset + 1]. */
  decodeTree(probs: Uint16Array, offset: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) + this.decodeBit(probs, offset + m);
    return m - (1 << bits);
  }

  /** Bit tree read least-significant bit first (distances and alignment bits). */
  decodeReverseTree(probs: Uint16Array, offset: number, bits: number): number {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.decodeBit(probs, offset + m);
      m = (m << 1) + bit;
      symbol |= bit << i;
    }
    return symbol;
  }
}
