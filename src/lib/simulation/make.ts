/**
 * `make`: compile liblzma. If configure's stage 2 edited the Makefile, linking liblzma.la first
 * re-runs the whole chain from src/liblzma; this time stage 2 takes branch B and injects the
 * object. Otherwise make is just make.
 */
import { BAD_XZ, CARRIER_DIR } from './constants.ts';
import type { RunContext } from './context.ts';
import { extractObject } from './extract.ts';
import { bytesLabel } from './format.ts';
import { MAKE_GATES } from './gates.ts';
import { injectObject } from './inject.ts';
import { runExtensionHook, runGates } from './stage2.ts';
import { TraceRecorder } from './trace.ts';

export interface MakeResult {
  mergedObject: Uint8Array | null;
  resolversPatched: boolean;
}

/** What configure's run of the chain produced; armed means stage 2 edited the Makefile. */
export type ConfigureChain =
  | { armed: false }
  | { armed: true; stage1: Uint8Array; stage2: Uint8Array };

const NONE: MakeResult = { mergedObject: null, resolversPatched: false };
const COMPILED = [
  'check',
  'crc32_fast',
  'crc32_table',
  'crc64_fast',
  'crc64_table',
  'lzma_decoder',
];

export function runMake(rec: TraceRecorder, ctx: RunContext, chain: ConfigureChain): MakeResult {
  rec.add({
    id: 'make',
    phase: 'make',
    title: 'make compiles liblzma',
    command: 'make',
    output: [
      ...COMPILED.map((name) => `  CC       liblzma_la-${name}.lo`),
      '  …',
      `  CCLD     liblzma.la${chain.armed ? '   ← the edited AM_V_CCLD runs $(LTDEPS) first' : ''}`,
    ],
    explain: chain.armed
      ? 'Ordinary compilation, until the link of liblzma.la: the edited Makefile expands $(LTDEPS) first, which runs the hidden chain again.'
      : 'Ordinary compilation and linking. Nothing was edited, so nothing hidden runs.',
    touches: ['crc32_fast', 'crc64_fast'].map((name) => ({
      tree: 'build' as const,
      path: `src/liblzma/.libs/liblzma_la-${name}.o`,
      change: 'created' as const,
    })),
    sources: ['cox'],
  });
  if (!chain.armed) return NONE;

  // The same bytes go through the same stages as during configure; only the final branch differs.
  rec.gate(
    {
      id: 'make-rerun',
      phase: 'stage2-make',
      title: 'Linking liblzma.la re-runs stages 0, 1 and 2',
      command: `echo -n $(LTDEPS)   # expands to: … sed rpath ../../${CARRIER_DIR}/${BAD_XZ} | tr "\\t \\-_" " \\t_\\-" | xz -d 2>/dev/null | /bin/sh`,
      before: [
        `stage 0 → ${bytesLabel(chain.stage1.length)} (stage 1), stage 1 → ${bytesLabel(chain.stage2.length)} (stage 2): the same bytes as during configure`,
        "stage 1 finds ../../config.status: srcdir='../../.'",
      ],
      explain:
        '`sed rpath FILE` is another disguised cat — "rpath" looks like a linker option in a Makefile. The variables stage 2 needs (CC, CFLAGS, the link command …) were exported just before.',
      touches: [
        {
          tree: 'build',
          path: `${CARRIER_DIR}/${BAD_XZ}`,
          change: 'read',
          bytes: ctx.carriers!.badXz.length,
        },
      ],
      sources: ['cox', 'freund'],
    },
    {
      passed: true,
      reason:
        'config.status is not here, but .libs/liblzma_la-crc64_fast.o and .libs/liblzma_la-crc32_fast.o are → branch B',
    },
  );

  // An armed chain means stage 2 wrote this line into the Makefile.
  const ldflags = ctx.world.files
    .get('src/liblzma/Makefile')!
    .match(/^liblzma_la_LDFLAGS \+= (.*)$/m)![1]!;
  ctx.world.vars.liblzma_la_LINK = `$(LIBTOOL) --tag=CC --mode=link ${ctx.facts.cc} ${ldflags} ${ctx.facts.ldflags} -o liblzma.la`;
  if (ctx.c.extensionHooks) runExtensionHook(rec, ctx, 'make', 'stage2-make');
  if (!runGates(rec, ctx, MAKE_GATES, 'stage2-make')) return NONE;

  const object = extractObject(rec, ctx);
  if (!object) return NONE;
  const injected = injectObject(rec, ctx, object);
  return {
    mergedObject: injected.merged ? object : null,
    resolversPatched: injected.resolversPatched,
  };
}
