/** `xz -dc FILE`: .xz or legacy .lzma, recognised by the first bytes as the real tool does. */
import { DecodeError } from './decode-error.ts';
import { decodeLzmaAlone, isLzmaAloneHeader } from './lzma1.ts';
import { decodeXz, hasXzMagic, type XzResult } from './xz.ts';

export interface DecompressResult {
  format: 'xz' | 'lzma';
  output: Uint8Array;
  error: string | null;
  xz?: XzResult;
}

/**
 * The same carrier is decompressed by several steps of one run (stage 1, the extraction, make
 * check); results are kept per input array. Callers must treat inputs and outputs as read-only.
 */
const cache = new WeakMap<Uint8Array, DecompressResult>();

export function xzDecompressCached(input: Uint8Array): DecompressResult {
  let result = cache.get(input);
  if (!result) {
    result = xzDecompress(input);
    cache.set(input, result);
  }
  return result;
}

export function xzDecompress(
  input: Uint8Array,
  options: { singleStream?: boolean; maxOutputBytes?: number } = {},
): DecompressResult {
  if (hasXzMagic(input)) {
    const xz = decodeXz(input, options);
    return { format: 'xz', output: xz.output, error: xz.error, xz };
  }
  if (isLzmaAloneHeader(input)) {
    try {
      return { format: 'lzma', output: decodeLzmaAlone(input).output, error: null };
    } catch (caught) {
      return {
        format: 'lzma',
        output: new Uint8Array(0),
        error: caught instanceof DecodeError ? caught.message : String(caught),
      };
    }
  }
  return { format: 'xz', output: new Uint8Array(0), error: 'file format not recognized' };
}
