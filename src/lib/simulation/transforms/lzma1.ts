/**
 * LZMA1 decoding: the model shared with LZMA2, plus the two LZMA1 containers the xz story uses —
 * raw streams (`xz -F raw --lzma1 -dc`, stage 1's last step) and legacy .lzma files.
 */
import { DecodeError } from './decode-error.ts';
import { OutWindow } from './out-window.ts';
import { PROB_INIT, RangeDecoder } from './range-decoder.ts';

export interface LzmaProperties {
  lc: number;
  lp: number;
  pb: number;
}

/** What `xz --lzma1` uses unless told otherwise (preset 6: lc=3, lp=0, pb=2, 8 MiB). */
const XZ_DEFAULT_LZMA1: LzmaProperties & { dictionarySize: number } = {
  lc: 3,
  lp: 0,
  pb: 2,
  dictionarySize: 8 << 20,
};

const STATES = 12;
const POS_STATES_MAX = 16;
const MATCH_MIN = 2;
const END_POS_MODEL = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;
const END_MARKER = 0xffffffff;

// Offsets inside one Uint16Array of probabilities.
const IS_MATCH = 0;
const IS_REP = IS_MATCH + STATES * POS_STATES_MAX;
const IS_REP_G0 = IS_REP + STATES;
const IS_REP_G1 = IS_REP_G0 + STATES;
const IS_REP_G2 = IS_REP_G1 + STATES;
const IS_REP0_LONG = IS_REP_G2 + STATES;
const POS_SLOT = IS_REP0_LONG + STATES * POS_STATES_MAX; // 4 trees of 64
const SPEC_POS = POS_SLOT + 4 * 64;
const ALIGN = SPEC_POS + 1 + FULL_DISTANCES - END_POS_MODEL;
const LEN = ALIGN + (1 << ALIGN_BITS);
const LEN_SIZE = 2 + POS_STATES_MAX * 8 * 2 + 256; // choice, choice2, low, mid, high
const REP_LEN = LEN + LEN_SIZE;
const LITERAL = REP_LEN + LEN_SIZE;

export function decodePropertiesByte(byte: number): LzmaProperties {
  if (byte >= 9 * 5 * 5) throw new DecodeError('invalid LZMA properties byte');
  return { lc: byte % 9, lp: Math.floor(byte / 9) % 5, pb: Math.floor(byte / 45) };
}

/** The LZMA model: probabilities, state and the four most recent match distances. */
export class LzmaDecoder {
  private probs = new Uint16Array(0);
  private props: LzmaProperties = { lc: 0, lp: 0, pb: 0 };
  private state = 0;
  private reps = [0, 0, 0, 0];
  private dictionarySize: number;

  constructor(props: LzmaProperties, dictionarySize: number) {
    this.dictionarySize = dictionarySize;
    this.setProperties(props);
  }

  setProperties(props: LzmaProperties): void {
    if (props.lc > 8 || props.lp > 4 || props.pb > 4)
      throw new DecodeError('invalid LZMA properties');
    this.props = props;
    this.probs = new Uint16Array(LITERAL + (0x300 << (props.lc + props.lp)));
    this.resetState();
  }

  resetState(): void {
    this.probs.fill(PROB_INIT);
    this.state = 0;
    this.reps = [0, 0, 0, 0];
  }

  private decodeLength(rc: RangeDecoder, base: number, posState: number): number {
    const p = this.probs;
    if (rc.decodeBit(p, base) === 0) return rc.decodeTree(p, base + 2 + posState * 8 - 1, 3);
    if (rc.decodeBit(p, base + 1) === 0)
      return 8 + rc.decodeTree(p, base + 2 + (POS_STATES_MAX + posState) * 8 - 1, 3);
    return 16 + rc.decodeTree(p, base + 2 + POS_STATES_MAX * 16 - 1, 8);
  }

  private decodeDistance(rc: RangeDecoder, length: number): number {
    const lenState = Math.min(length, 3);
    const slot = rc.decodeTree(this.probs, POS_SLOT + lenState * 64 - 1, 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let distance = (2 | (slot & 1)) * 2 ** directBits;
    if (slot < END_POS_MODEL) {
      distance += rc.decodeReverseTree(this.probs, SPEC_POS + distance - slot - 1, directBits);
    } else {
      distance += rc.decodeDirectBits(directBits - ALIGN_BITS) * 16;
      distance += rc.decodeReverseTree(this.probs, ALIGN - 1, ALIGN_BITS);
    }
    return distance;
  }

  private decodeLiteral(rc: RangeDecoder, out: OutWindow): void {
    const { lc, lp } = this.props;
    const previous = out.available > 0 ? out.getByte(1) : 0;
    const litState = ((out.available & ((1 << lp) - 1)) << lc) + (previous >>> (8 - lc));
    const base = LITERAL + 0x300 * litState;
    let symbol = 1;
    if (this.state >= 7) {
      let matchByte = out.getByte(this.reps[0]! + 1);
      do {
        const matchBit = (matchByte >>> 7) & 1;
        matchByte <<= 1;
        const bit = rc.decodeBit(this.probs, base + ((1 + matchBit) << 8) + symbol);
        symbol = (symbol << 1) | bit;
        if (matchBit !== bit) break;
      } while (symbol < 0x100);
    }
    while (symbol < 0x100) symbol = (symbol << 1) | rc.decodeBit(this.probs, base + symbol);
    out.putByte(symbol - 0x100);
  }

  /**
   * Decodes symbols until `limit` more bytes are out (LZMA2 chunks, known sizes) or an end
   * marker arrives. Returns true when the stream ended with an end marker.
   */
  decode(rc: RangeDecoder, out: OutWindow, limit: number | null, allowEndMarker: boolean): boolean {
    const p = this.probs;
    const pbMask = (1 << this.props.pb) - 1;
    // Without a limit the target is never reached: only an end marker (or an error) stops the loop.
    const target = limit === null ? Infinity : out.position + limit;
    const reps = this.reps;
    while (out.position < target) {
      const posState = out.available & pbMask;
      if (rc.decodeBit(p, IS_MATCH + (this.state << 4) + posState) === 0) {
        this.decodeLiteral(rc, out);
        this.state = this.state < 4 ? 0 : this.state < 10 ? this.state - 3 : this.state - 6;
        continue;
      }
      let length: number;
      if (rc.decodeBit(p, IS_REP + this.state) !== 0) {
        if (out.available === 0) throw new DecodeError('repeated match in an empty dictionary');
        if (rc.decodeBit(p, IS_REP_G0 + this.state) === 0) {
          if (rc.decodeBit(p, IS_REP0_LONG + (this.state << 4) + posState) === 0) {
            this.state = this.state < 7 ? 9 : 11;
            out.putByte(out.getByte(reps[0]! + 1));
            continue;
          }
        } else {
          let distance: number;
          if (rc.decodeBit(p, IS_REP_G1 + this.state) === 0) distance = reps[1]!;
          else {
            if (rc.decodeBit(p, IS_REP_G2 + this.state) === 0) distance = reps[2]!;
            else {
              distance = reps[3]!;
              reps[3] = reps[2]!;
            }
            reps[2] = reps[1]!;
          }
          reps[1] = reps[0]!;
          reps[0] = distance;
        }
        length = this.decodeLength(rc, REP_LEN, posState);
        this.state = this.state < 7 ? 8 : 11;
      } else {
        reps[3] = reps[2]!;
        reps[2] = reps[1]!;
        reps[1] = reps[0]!;
        length = this.decodeLength(rc, LEN, posState);
        this.state = this.state < 7 ? 7 : 10;
        reps[0] = this.decodeDistance(rc, length);
        if (reps[0] === END_MARKER) {
          if (!allowEndMarker || !rc.finishedOk)
            throw new DecodeError('unexpected end-of-payload marker');
          return true;
        }
        if (reps[0] >= this.dictionarySize)
          throw new DecodeError('match distance exceeds the dictionary');
      }
      length += MATCH_MIN;
      if (out.position + length > target)
        throw new DecodeError('match runs past the expected size');
      out.copyMatch(reps[0]! + 1, length);
    }
    return false;
  }
}

export interface Lzma1Result {
  output: Uint8Array;
  /** Input bytes read, including the header for .lzma files. */
  consumed: number;
  endMarker: boolean;
}

/** `xz -F raw --lzma1 -dc`: no header, so the stream must end with an end-of-payload marker. */
export function decodeLzma1Raw(input: Uint8Array, options = XZ_DEFAULT_LZMA1): Lzma1Result {
  const out = new OutWindow(input.length * 4);
  const rc = new RangeDecoder(input, 0);
  const decoder = new LzmaDecoder(options, options.dictionarySize);
  decoder.decode(rc, out, null, true);
  return { output: out.bytes(), consumed: rc.position, endMarker: true };
}

export function isLzmaAloneHeader(input: Uint8Array): boolean {
  if (input.length < 13 || input[0]! >= 225) return false;
  const dict = new DataView(input.buffer, input.byteOffset + 1, 4).getUint32(0, true);
  // liblzma's check: the dictionary size is 2^n or 2^n + 2^(n-1), or "unknown" (all ones).
  if (dict === 0xffffffff) return true;
  let d = dict - 1;
  d |= d >>> 2;
  d |= d >>> 3;
  d |= d >>> 4;
  d |= d >>> 8;
  d |= d >>> 16;
  return (d >>> 0) + 1 === dict;
}

/** Legacy .lzma (LZMA_Alone): 13-byte header, then an LZMA1 stream. */
export function decodeLzmaAlone(input: Uint8Array): Lzma1Result {
  if (!isLzmaAloneHeader(input)) throw new DecodeError('file format not recognized');
  const view = new DataView(input.buffer, input.byteOffset, 13);
  const props = decodePropertiesByte(input[0]!);
  const dictionarySize = Math.max(view.getUint32(1, true), 4096);
  const sizeLow = view.getUint32(5, true);
  const sizeHigh = view.getUint32(9, true);
  const unknownSize = sizeLow === 0xffffffff && sizeHigh === 0xffffffff;
  if (!unknownSize && sizeHigh !== 0)
    throw new DecodeError('uncompressed size too large for this decoder');
  const out = new OutWindow(unknownSize ? input.length * 4 : sizeLow);
  const rc = new RangeDecoder(input, 13);
  const decoder = new LzmaDecoder(props, dictionarySize);
  const endMarker = decoder.decode(rc, out, unknownSize ? null : sizeLow, unknownSize);
  return { output: out.bytes(), consumed: rc.position, endMarker };
}
