/**
 * LZMA2, the filter inside .xz blocks: a sequence of chunks, each either stored or LZMA-coded,
 * with control bytes that reset the dictionary, the state or the properties between chunks.
 */
import { DecodeError } from './decode-error.ts';
import { decodePropertiesByte, LzmaDecoder } from './lzma1.ts';
import type { OutWindow } from './out-window.ts';
import { RangeDecoder } from './range-decoder.ts';

/** The dictionary size encoded in the one-byte LZMA2 filter property. */
export function lzma2DictionarySize(byte: number): number {
  if (byte > 40) throw new DecodeError('invalid LZMA2 dictionary size');
  if (byte === 40) return 0xffffffff;
  return (2 | (byte & 1)) * 2 ** (Math.floor(byte / 2) + 11);
}

/**
 * Decodes LZMA2 chunks from `input[start..end)` into `out`; returns the index just past the
 * end-of-data control byte.
 */
export function decodeLzma2(
  input: Uint8Array,
  start: number,
  end: number,
  out: OutWindow,
  dictionarySize: number,
): number {
  let pos = start;
  let decoder: LzmaDecoder | null = null;
  let needDictionaryReset = true;
  const read = () => {
    if (pos >= end) throw new DecodeError('unexpected end of LZMA2 data');
    return input[pos++]!;
  };
  for (;;) {
    const control = read();
    if (control === 0x00) return pos;
    if (control === 0x01 || control === 0x02) {
      if (control === 0x01) {
        out.resetDictionary();
        needDictionaryReset = false;
      } else if (needDictionaryReset)
        throw new DecodeError('LZMA2 data does not start with a dictionary reset');
      const size = ((read() << 8) | read()) + 1;
      if (pos + size > end) throw new DecodeError('unexpected end of LZMA2 data');
      out.putBytes(input.subarray(pos, pos + size));
      pos += size;
      continue;
    }
    if (control < 0x80) throw new DecodeError('reserved LZMA2 control byte');
    const unpacked = ((control & 0x1f) << 16) + (read() << 8) + read() + 1;
    const packed = (read() << 8) + read() + 1;
    const reset = (control >>> 5) & 3; // 0 none, 1 state, 2 state + props, 3 everything
    if (reset === 3) {
      out.resetDictionary();
      needDictionaryReset = false;
    } else if (needDictionaryReset)
      throw new DecodeError('LZMA2 data does not start with a dictionary reset');
    if (reset >= 2) {
      const props = decodePropertiesByte(read());
      if (props.lc + props.lp > 4) throw new DecodeError('invalid LZMA2 properties');
      if (decoder) decoder.setProperties(props);
      else decoder = new LzmaDecoder(props, dictionarySize);
    } else if (!decoder) throw new DecodeError('LZMA2 chunk without properties');
    else if (reset === 1) decoder.resetState();
    if (pos + packed > end) throw new DecodeError('unexpected end of LZMA2 data');
    const rc = new RangeDecoder(input, pos, pos + packed);
    decoder.decode(rc, out, unpacked, false);
    if (!rc.finishedOk || rc.position !== pos + packed)
      throw new DecodeError('compressed data is corrupt');
    pos += packed;
  }
}
