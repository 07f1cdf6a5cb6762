/** Entries of a zip archive through zip.js, inflating each file into a bounded sink. */
import { configure, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';

import type { EntryCollector } from './collect.ts';
import { bombMessage, CheckInputError, type ReadLimits } from './limits.ts';

// We already run in a worker; zip.js's own workers would be fetched from the network.
configure({ useWebWorkers: false });

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** A sink that refuses more bytes than the file may have, whatever the header claimed. */
function boundedSink(maxBytes: number, limits: ReadLimits) {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const state = { overLimit: false };
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      length += chunk.length;
      if (length > maxBytes) {
        state.overLimit = true;
        throw new CheckInputError(bombMessage(limits));
      }
      chunks.push(chunk);
    },
  });
  const bytes = () => {
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  };
  return { writable, bytes, state };
}

export async function readZip(
  input: Uint8Array,
  collector: EntryCollector,
  limits: ReadLimits,
): Promise<void> {
  const reader = new ZipReader(new Uint8ArrayReader(input));
  try {
    const entries = await reader.getEntries();
    let used = 0;
    for (const entry of entries) {
      if (entry.directory) continue;
      const mode = (entry.externalFileAttributes ?? 0) >>> 16;
      const kind = (mode & S_IFMT) === S_IFLNK ? 'symlink' : 'file';
      // zip.js does not read a link's target; admit only uses it for links.
      if (!collector.admit(entry.filename, kind, entry.uncompressedSize, '(target not read)'))
        continue;
      // The remaining total bounds this file even when its header lies about its size.
      const sink = boundedSink(Math.min(limits.fileBytes, limits.totalBytes - used) + 1, limits);
      try {
        await entry.getData(sink.writable);
      } catch (caught) {
        // zip.js wraps the sink's error; the sink remembers why it stopped.
        if (sink.state.overLimit) throw new CheckInputError(bombMessage(limits));
        throw caught;
      }
      const bytes = sink.bytes();
      used += bytes.length;
      collector.add(entry.filename, bytes);
    }
  } catch (caught) {
    if (caught instanceof CheckInputError) throw caught;
    throw new CheckInputError(`it is not a readable zip archive (${(caught as Error).message})`);
  } finally {
    await reader.close();
  }
}
