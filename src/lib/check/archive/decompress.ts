/** A compressed tarball to tar bytes, each format through a maintained decoder, bounded by the limits. */
import { decode as bunzip2 } from '@openpgp/seek-bzip';
import { Gunzip } from 'fflate';

import { xzDecompress } from '../../simulation/transforms/decompress.ts';
import type { ArchiveFormat } from './detect.ts';
import { bombMessage, CheckInputError, type ReadLimits } from './limits.ts';

/** Collects output chunks and stops the decoder once they pass the limit. */
class BoundedOutput {
  private chunks: Uint8Array[] = [];
  length = 0;
  private readonly limits: ReadLimits;
  constructor(limits: ReadLimits) {
    this.limits = limits;
  }
  push(chunk: Uint8Array): void {
    this.length += chunk.length;
    if (this.length > this.limits.totalBytes) throw new CheckInputError(bombMessage(this.limits));
    this.chunks.push(chunk);
  }
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

const CHUNK = 1 << 20;

function gunzip(input: Uint8Array, limits: ReadLimits): Uint8Array {
  const out = new BoundedOutput(limits);
  const gunzipper = new Gunzip((chunk) => out.push(chunk));
  try {
    for (let at = 0; at < input.length; at += CHUNK) {
      const end = Math.min(input.length, at + CHUNK);
      gunzipper.push(input.subarray(at, end), end === input.length);
    }
  } catch (caught) {
    if (caught instanceof CheckInputError) throw caught;
    throw new CheckInputError(`the gzip data is corrupt (${(caught as Error).message})`);
  }
  return out.bytes();
}

function unxz(input: Uint8Array, limits: ReadLimits): Uint8Array {
  const result = xzDecompress(input, { maxOutputBytes: limits.totalBytes });
  if (result.error?.startsWith('output exceeds the limit'))
    throw new CheckInputError(bombMessage(limits));
  if (result.error) throw new CheckInputError(`the xz data is corrupt (${result.error})`);
  return result.output;
}

function bunzip(input: Uint8Array, limits: ReadLimits): Uint8Array {
  const out = new BoundedOutput(limits);
  let buffer = new Uint8Array(1 << 16);
  let used = 0;
  const flush = () => {
    out.push(buffer.subarray(0, used));
    buffer = new Uint8Array(buffer.length);
    used = 0;
  };
  const sink = {
    writeByte(byte: number) {
      buffer[used++] = byte;
      if (used === buffer.length) flush();
    },
  };
  try {
    bunzip2(input, sink, true);
  } catch (caught) {
    if (caught instanceof CheckInputError) throw caught;
    throw new CheckInputError(`the bzip2 data is corrupt (${(caught as Error).message})`);
  }
  if (used > 0) flush();
  return out.bytes();
}

/** The tar bytes inside a compressed tarball (a plain tar is returned as it is). */
export function tarBytesOf(
  format: Exclude<ArchiveFormat, 'zip'>,
  input: Uint8Array,
  limits: ReadLimits,
): Uint8Array {
  switch (format) {
    case 'tar':
      return input;
    case 'gzip':
      return gunzip(input, limits);
    case 'xz':
      return unxz(input, limits);
    case 'bzip2':
      return bunzip(input, limits);
  }
}
