/**
 * Stage 2, branch B's extraction of the object file (5.3 in our research notes):
 *   xz -dc $top_srcdir/tests/files/$p | eval $i | LC_ALL=C sed "s/\(.\)/\1\n/g"
 *     | LC_ALL=C awk '<RC4-like decryptor>' | xz -dc --single-stream
 *     | ((head -c +$N >/dev/null 2>&1) && head -c +$W) > liblzma_la-crc64-fast.o
 */
import { CARRIER_DIR, GETTEXT_PROBE, GOOD_LARGE, OBJECT_NAME } from './constants.ts';
import type { RunContext } from './context.ts';
import { bytesLabel, count } from './format.ts';
import { carveGoodLarge } from './stage1.ts';
import type { TraceRecorder } from './trace.ts';
import { xzDecompress } from './transforms/decompress.ts';
import { rc4LikeDecrypt } from './transforms/rc4-like.ts';

/** Returns the extracted object, or null when none was produced (the chain then ends). */
export function extractObject(rec: TraceRecorder, ctx: RunContext): Uint8Array | null {
  const { c } = ctx;
  // The shipped gettext.m4 lacks the probe string, so N=0 and W=the object size.
  const [N, W] = [0, c.objectBytes];
  rec.add({
    id: 'size-select',
    phase: 'stage2-make',
    title: 'Pick how many bytes to keep',
    command: `Y=\`grep "${GETTEXT_PROBE}" $top_srcdir/m4/gettext.m4\`\nif test -z "$Y"; then N=0; W=${c.objectBytes}; else N=${c.objectBytes}; W=0; fi`,
    output: [`Y is empty (the string is in build-to-host.m4, not gettext.m4) → N=${N}, W=${W}`],
    explain:
      'A quirky switch: had the probe string been found, N and W would swap and zero bytes would be kept.',
    touches: [{ tree: 'build', path: 'm4/gettext.m4', change: 'read' }],
    sources: ['freund', 'gynvael'],
  });

  const carved = carveGoodLarge(ctx);
  rec.add({
    id: 'extract-carve',
    phase: 'stage2-make',
    title: 'Carve the same bytes again',
    command: `xz -dc $top_srcdir/${CARRIER_DIR}/$p | eval $i`,
    output: [
      `${bytesLabel(carved.kept.length)} kept — this time the whole thing, not just the tail`,
    ],
    explain:
      'The same head chain as stage 1 (the variable i is reused). The first part, which stage 1 threw away, is the encrypted object.',
    touches: [
      {
        tree: 'build',
        path: `${CARRIER_DIR}/${GOOD_LARGE}`,
        change: 'read',
        bytes: ctx.carriers!.goodLarge.length,
      },
    ],
    bytesIn: ctx.carriers!.goodLarge.length,
    bytesOut: carved.kept.length,
    sources: ['freund', 'gynvael'],
  });

  const decrypted = rc4LikeDecrypt(carved.kept, c.rc4WarmUpRounds);
  rec.add({
    id: 'extract-rc4',
    phase: 'stage2-make',
    title: 'Decrypt with the RC4-like add cipher',
    command: `… | LC_ALL=C sed "s/\\(.\\)/\\1\\n/g" | LC_ALL=C awk '…c[i]=(7*i+5)%256 … ${c.rc4WarmUpRounds} warm-up rounds … (v+k)%256 …'`,
    output: [
      `${bytesLabel(carved.kept.length)} in, ${bytesLabel(decrypted.length)} out`,
      `keystream from a fixed table (no secret key), ${count(c.rc4WarmUpRounds)} rounds discarded first; each byte v becomes (v + k) mod 256`,
    ],
    explain:
      'sed puts each byte on its own line so awk can read bytes. The cipher is RC4’s output step, but it adds the keystream instead of XOR-ing it.',
    bytesIn: carved.kept.length,
    bytesOut: decrypted.length,
    views: [
      { label: 'before (encrypted)', bytes: carved.kept, show: 'hex' },
      { label: 'after: an xz stream', bytes: decrypted, show: 'hex' },
    ],
    sources: ['gynvael'],
  });

  const container = xzDecompress(decrypted, { singleStream: true });
  // Without an error, the first stream decoded: where it ends is what --single-stream keeps.
  const streamEnd = container.error ? 0 : container.xz!.streams[0]!.length;
  rec.add({
    id: 'extract-xz',
    phase: 'stage2-make',
    title: 'Decompress the first xz stream only',
    command: '… | xz -dc --single-stream',
    output: container.error
      ? [`xz: ${container.error}`]
      : [
          `the stream ends at byte ${count(streamEnd)}; --single-stream ignores the other ${count(decrypted.length - streamEnd)} bytes (stage 2's own bytes, now garbage)`,
          `→ ${bytesLabel(container.output.length)}`,
        ],
    explain:
      'Decrypting the whole carved buffer also scrambles the stage-2 tail; --single-stream stops cleanly at the end of the object’s stream.',
    bytesIn: decrypted.length,
    bytesOut: container.output.length,
    sources: ['freund', 'cox'],
  });

  const object = container.output.slice(N, N + W);
  const produced = object.length > 0;
  rec.gate(
    {
      id: 'extract-head',
      phase: 'stage2-make',
      title: `Write ${OBJECT_NAME}`,
      command: `… | ((head -c +$N >/dev/null 2>&1) && head -c +$W) > ${OBJECT_NAME}\nif ! test -f ${OBJECT_NAME}; then exit 0; fi`,

      explain:
        'Note the hyphen: crc64-fast, next to the real crc64_fast. In the real attack this is an x86-64 object file; ours is labelled text of the same size.',
      touches: produced
        ? [
            {
              tree: 'build',
              path: `src/liblzma/${OBJECT_NAME}`,
              change: 'created',
              bytes: object.length,
            },
          ]
        : [],
      bytesIn: container.output.length,
      bytesOut: object.length,
      views: produced
        ? [
            {
              label: `${OBJECT_NAME} (our labelled stand-in text)`,
              bytes: object,
              show: 'text',
              excerpt: 400,
            },
          ]
        : undefined,
      sources: ['freund', 'gynvael'],
    },
    produced
      ? {
          passed: true,
          reason: `${OBJECT_NAME}: ${bytesLabel(object.length)} (our labelled text stand-in)`,
        }
      : { passed: false, reason: 'no object was produced' },
  );
  return produced ? object : null;
}
