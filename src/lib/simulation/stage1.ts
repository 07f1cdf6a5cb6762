/**
 * Stage 1, the short "Hello/World" script: it carves stage 2 out of good-large_compressed.lzma.
 *   xz -dc $srcdir/tests/files/good-large_compressed.lzma | eval $i | tail -c +T
 *     | tr "<key>" "\0-\377" | xz -F raw --lzma1 -dc | /bin/sh
 * One pipeline; the trace shows it one command at a time.
 */
import { CARRIER_DIR, GOOD_LARGE, TR_IDENTITY_SET } from './constants.ts';
import type { RunContext } from './context.ts';
import { bytesLabel, count } from './format.ts';
import type { TraceRecorder } from './trace.ts';
import { DecodeError } from './transforms/decode-error.ts';
import { xzDecompressCached } from './transforms/decompress.ts';
import { applyCarve, carveCommand, tailFrom } from './transforms/head-carve.ts';
import { decodeLzma1Raw } from './transforms/lzma1.ts';
import { changedPositions, translate, trTable } from './transforms/tr.ts';

const GOOD_PATH = `${CARRIER_DIR}/${GOOD_LARGE}`;

/** The head chain's output: shared with stage 2's object extraction. */
export function carveGoodLarge(ctx: RunContext): {
  decompressed: Uint8Array;
  kept: Uint8Array;
  consumed: number;
  error: string | null;
} {
  const large = xzDecompressCached(ctx.carriers!.goodLarge);
  const { kept, consumed } = applyCarve(large.output, ctx.c.carve.segments);
  return { decompressed: large.output, kept, consumed, error: large.error };
}

/** Returns the stage-2 script, or null when the chain ends here. */
export function runStage1(rec: TraceRecorder, ctx: RunContext): Uint8Array | null {
  const { c } = ctx;
  if (c.stage1UnameChecks > 0) {
    rec.gate(
      {
        id: 'stage1-uname',
        phase: 'stage1',
        title: 'Stage 1 checks that it runs on Linux (5.6.1 only)',
        command: Array(c.stage1UnameChecks).fill('[ ! $(uname) = "Linux" ] && exit 0').join('\n'),
        explain: `New in 5.6.1: the same line five times. Every build machine in this simulation runs Linux, so it always passes.`,
        sources: ['gynvael', 'cox'],
      },
      { passed: true, reason: `uname prints ${ctx.facts.uname}` },
    );
  }
  rec.add({
    id: 'stage1-srcdir',
    phase: 'stage1',
    title: 'Find the source directory',
    command:
      'eval `grep ^srcdir= config.status`\nif test -f ../../config.status; then eval `grep ^srcdir= ../../config.status`; srcdir="../../$srcdir"; fi',
    output: ["srcdir='.'   (run from the top build directory at the end of configure)"],
    explain:
      'The same script also runs later from src/liblzma during make, where config.status is two levels up.',
    touches: [{ tree: 'build', path: 'config.status', change: 'read' }],
    sources: ['freund'],
  });

  const carved = carveGoodLarge(ctx);
  rec.add({
    id: 'stage1-decompress',
    phase: 'stage1',
    title: `Decompress ${GOOD_LARGE}`,
    command: `xz -dc $srcdir/${GOOD_PATH}`,
    output: [
      `${bytesLabel(ctx.carriers!.goodLarge.length)} in → ${bytesLabel(carved.decompressed.length)} out${carved.error ? ` (error: ${carved.error})` : ''}`,
    ],
    explain:
      'A legitimate-looking “large” test file. Decompressed, it starts with 1,024 × “A” and then alternates 2 KiB chunks of payload with 1 KiB fillers (ours are labelled so you can see them).',
    touches: [
      { tree: 'build', path: GOOD_PATH, change: 'read', bytes: ctx.carriers!.goodLarge.length },
    ],
    bytesIn: ctx.carriers!.goodLarge.length,
    bytesOut: carved.decompressed.length,
    views: [
      { label: 'decompressed (start)', bytes: carved.decompressed.subarray(0, 3200), show: 'hex' },
    ],
    sources: ['gynvael'],
  });

  const skips = c.carve.segments.filter((s) => s.kind === 'skip').length;
  rec.add({
    id: 'stage1-head',
    phase: 'stage1',
    title: 'Carve: skip 1 KiB, keep 2 KiB, and again',
    command: `export i="${carveCommand(c.carve)}"\n… | eval $i`,
    output: [
      `${skips} × head -c +${c.carve.skipLength} >/dev/null   (thrown away)`,
      `${c.carve.repeats} × head -c +${c.carve.keepLength}, then head -c +${c.carve.lastKeep}   (kept)`,
      `read ${bytesLabel(carved.consumed)}, kept ${bytesLabel(carved.kept.length)}`,
    ],
    explain:
      'Each head reads from the same pipe, so the chain alternately discards and passes bytes. The command is kept in the variable i so stage 2 can reuse it.',
    bytesIn: carved.decompressed.length,
    bytesOut: carved.kept.length,
    views: [{ label: 'kept bytes (start)', bytes: carved.kept, show: 'hex' }],
    sources: ['gynvael', 'cox'],
  });

  const tail = tailFrom(carved.kept, c.tailPlus);
  rec.add({
    id: 'stage1-tail',
    phase: 'stage1',
    title: 'Keep only the end',
    command: `… | tail -c +${c.tailPlus}`,
    output: [
      `drops the first ${bytesLabel(c.tailPlus - 1)} (the encrypted object, needed later), passes on ${bytesLabel(tail.length)}`,
    ],
    explain: `tail -c +${count(c.tailPlus)} starts at byte ${count(c.tailPlus)}, hence the off-by-one.`,
    bytesIn: carved.kept.length,
    bytesOut: tail.length,
    sources: ['gynvael'],
  });

  const decoded = translate(tail, trTable(c.trKey, TR_IDENTITY_SET));
  rec.add({
    id: 'stage1-tr',
    phase: 'stage1',
    title: 'Substitution cipher with tr',
    command: `… | tr "${c.trKey}" "${TR_IDENTITY_SET}"`,
    output: [
      `SET1 lists all 256 byte values in six octal ranges: the byte at position k becomes k`,
      `${bytesLabel(tail.length)} in, ${count(changedPositions(tail, decoded).length)} changed`,
    ],
    explain: `The ${c.version} key. Each version has its own.`,
    bytesIn: tail.length,
    bytesOut: decoded.length,
    views: [
      { label: 'before tr', bytes: tail, show: 'hex' },
      { label: 'after tr: a raw LZMA1 stream', bytes: decoded, show: 'hex' },
    ],
    sources: ['gynvael'],
  });

  let stage2: Uint8Array | null = null;
  let error: string | null = null;
  try {
    stage2 = decodeLzma1Raw(decoded).output;
  } catch (caught) {
    error = caught instanceof DecodeError ? caught.message : String(caught);
  }
  rec.gate(
    {
      id: 'stage1-lzma',
      phase: 'stage1',
      title: 'Decompress raw LZMA1 into stage 2',
      command: '… | xz -F raw --lzma1 -dc | /bin/sh',
      explain:
        "No header at all — raw LZMA1 with xz's default settings. The output is stage 2, the big script. (Ours only lists what the real one does.)",
      bytesIn: decoded.length,
      bytesOut: stage2?.length ?? 0,
      views: stage2
        ? [{ label: 'stage 2 (our harmless stand-in)', bytes: stage2, show: 'text' }]
        : undefined,
      sources: ['gynvael', 'cox'],
    },
    stage2
      ? {
          passed: true,
          reason: `${bytesLabel(decoded.length)} in → ${bytesLabel(stage2.length)} of shell script, piped to /bin/sh`,
        }
      : { passed: false, reason: `xz: ${error}` },
    ['/bin/sh receives no script'],
  );
  return stage2;
}
