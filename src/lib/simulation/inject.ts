/**
 * Stage 2, branch B's last act: back up the CRC objects, recompile crc64_fast.c with a patched
 * resolver while merging in the extracted object (`gcc -r`), do the same to crc32_fast.c
 * without the object, relink, and clean up. Any failure restores the backups.
 */
import { CRC_SOURCES } from './build-files.ts';
import { OBJECT_NAME, STAGE2_VARS } from './constants.ts';
import type { RunContext } from './context.ts';
import type { DiffLine } from './line-diff.ts';
import type { TraceRecorder } from './trace.ts';

const C64 = 'src/liblzma/check/crc64_fast.c';
const C32 = 'src/liblzma/check/crc32_fast.c';

/**
 * What the sed pipeline does to a CRC source, as a diff (the inserted $V abridged to its
 * structure). Built from the edits themselves so insertions show where sed puts them.
 */
function patchCrcSource(text: string, path: string, includeLine: string): DiffLine[] {
  const v = [
    '#endif',
    '#if defined(CRC32_GENERIC) && defined(CRC64_GENERIC) && defined(CRC_X86_CLMUL) && defined(CRC_USE_IFUNC) && defined(PIC) && (defined(BUILDING_CRC64_CLMUL) || defined(BUILDING_CRC32_CLMUL))',
    '/* $V, abridged: declares an external _get_cpuid() — provided by the merged object — and a new _is_arch_extension_supported() that calls it */',
    '#else',
    `#define _${STAGE2_VARS.R} ${STAGE2_VARS.R}`,
  ];
  const added = (t: string): DiffLine => ({ kind: 'added', text: t });
  const lines = text.split('\n').flatMap((line): DiffLine[] => {
    if (line.includes(`return ${STAGE2_VARS.R}()`))
      return [
        { kind: 'removed', text: line },
        added(line.replace(`return ${STAGE2_VARS.R}()`, `return _${STAGE2_VARS.R}()`)),
      ];
    if (line.includes(includeLine)) return [{ kind: 'same', text: line }, ...v.map(added)];
    return [{ kind: 'same', text: line }];
  });
  return [added(`# 0 "$top_srcdir/${path}"`), ...lines];
}

export interface InjectResult {
  merged: boolean;
  resolversPatched: boolean;
}

export function injectObject(
  rec: TraceRecorder,
  ctx: RunContext,
  object: Uint8Array,
): InjectResult {
  const patched = patchCrcSource(CRC_SOURCES[C64]!, C64, '"crc_x86_clmul.h"');
  // The extracted object is x86-64 code: a compiler for another architecture cannot merge it.
  const merged = ctx.env.arch === 'x86_64';
  const passed = rec.gate(
    {
      id: 'merge-object',
      phase: 'stage2-make',
      title: 'Recompile crc64_fast.c and merge the object into it',
      command: [
        'cp .libs/liblzma_la-crc64_fast.o .libs/liblzma_la-crc64-fast.o || true',
        `sed "/return ${STAGE2_VARS.R}()/ c\\return _${STAGE2_VARS.R}()" $top_srcdir/${C64} | sed "/include \\"crc_x86_clmul.h\\"/a \\\\$V" | sed "1i # 0 …" |`,
        `  $CC $DEFS … $CFLAGS -r ${OBJECT_NAME} -x c - $P -o .libs/liblzma_la-crc64_fast.o 2>/dev/null`,
      ].join('\n'),
      explain:
        'The patched resolver calls _is_arch_extension_supported(), whose helper _get_cpuid() lives in the merged object: that is the hook that runs when liblzma is loaded. The line marker makes debug info name the real file.',
      touches: merged
        ? [
            {
              tree: 'build',
              path: `src/liblzma/${OBJECT_NAME}`,
              change: 'read',
              bytes: object.length,
            },
            { tree: 'build', path: 'src/liblzma/.libs/liblzma_la-crc64-fast.o', change: 'created' },
            // The merged object's size is not modelled: no number rather than the input's.
            {
              tree: 'build',
              path: 'src/liblzma/.libs/liblzma_la-crc64_fast.o',
              change: 'modified',
            },
          ]
        : [
            {
              tree: 'build',
              path: 'src/liblzma/.libs/liblzma_la-crc64_fast.o',
              change: 'restored',
            },
          ],
      sources: ['freund', 'cox'],
      diff: { label: 'crc64_fast.c as compiled (excerpt)', lines: patched },
    },
    merged
      ? { passed: true, reason: `gcc -r merged ${OBJECT_NAME} into .libs/liblzma_la-crc64_fast.o` }
      : {
          passed: false,
          reason: `the compiler for ${ctx.facts.triplet} cannot merge an x86-64 object (the error goes to /dev/null); mv -f restores the backup`,
        },
  );
  if (!passed) return { merged: false, resolversPatched: false };

  rec.add({
    id: 'patch-crc32',
    phase: 'stage2-make',
    title: 'Patch crc32_fast.c the same way, without the object',
    command: `cp .libs/liblzma_la-crc32_fast.o .libs/liblzma_la-crc32-fast.o || true\nsed … $top_srcdir/${C32} | sed "/include \\"crc32_arm64.h\\"/a \\\\$V" | … | $CC … -r -x c - $P -o .libs/liblzma_la-crc32_fast.o`,
    output: ['crc32_resolve() now calls _is_arch_extension_supported() → _get_cpuid() too'],
    explain:
      'Mechanism, not camouflage: at start-up crc32_resolve() and crc64_resolve() both call the injected _get_cpuid(), which lives in the object merged into crc64. Freund: the first call only counts, the second does the setup. The object itself goes in only once.',
    touches: [
      { tree: 'build', path: 'src/liblzma/.libs/liblzma_la-crc32_fast.o', change: 'modified' },
    ],
    sources: ['freund', 'cox'],
  });
  rec.add({
    id: 'relink',
    phase: 'stage2-make',
    title: 'Relink, then clean up the traces',
    command: [
      '$AM_V_CCLD$liblzma_la_LINK -rpath $libdir $liblzma_la_OBJECTS $liblzma_la_LIBADD',
      'rm -fr .libs/liblzma.a .libs/liblzma.la .libs/liblzma.lai; rm -f .libs/liblzma.so*',
      `rm -f .libs/liblzma_la-crc32-fast.o .libs/liblzma_la-crc64-fast.o; rm -f ${OBJECT_NAME}`,
    ].join('\n'),
    output: [
      'the link works, so the doctored objects stay; the library files and extracted objects are deleted',
      'make’s own link step now builds liblzma from the doctored objects',
    ],
    explain:
      'Nothing is written back to the source tree, and the tell-tale files are gone. Only the objects in .libs differ.',
    touches: [
      { tree: 'build', path: `src/liblzma/${OBJECT_NAME}`, change: 'deleted' },
      { tree: 'build', path: 'src/liblzma/.libs/liblzma_la-crc64-fast.o', change: 'deleted' },
    ],
    endsChain: true,
    sources: ['freund', 'cox'],
  });
  return { merged: true, resolversPatched: true };
}
