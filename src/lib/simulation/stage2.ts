/**
 * Stage 2, branch A: `if test -f config.status` — the end of ./configure in the top build
 * directory. It reads the build settings, runs its gates in order, and if all pass edits
 * src/liblzma/Makefile and libtool so that make will run the chain again.
 */
import { applyMakefileEdits, editLibtool, makefileEdits, readConfigVar } from './build-files.ts';
import { CARRIER_DIR, EXTENSION_MARKERS } from './constants.ts';
import type { RunContext } from './context.ts';
import { CONFIGURE_GATES, type GateDefinition } from './gates.ts';
import { diffLines } from './line-diff.ts';
import type { Phase, TraceRecorder } from './trace.ts';
import { findBytes } from './transforms/byte-search.ts';

/** `eval \`grep PATTERN config.status\``: the pattern filters what gets read. */
const CONFIG_READS: Array<[name: string, prefix: string, pattern: string]> = [
  ['LD', '/', "^LD=\\'\\/"],
  ['CC', '', "^CC=\\'"],
  ['GCC', '', "^GCC=\\'"],
  ['srcdir', '', "^srcdir=\\'"],
  ['build', 'x86_64', "^build=\\'x86_64"],
  ['enable_shared', 'yes', "^enable_shared=\\'yes\\'"],
  ['enable_static', '', "^enable_static=\\'"],
  ['gl_path_map', '', "^gl_path_map=\\'"],
];

/** 5.6.1's update channel: a file in tests/files holding both markers would be decoded and run. */
export function runExtensionHook(
  rec: TraceRecorder,
  ctx: RunContext,
  which: 'configure' | 'make',
  phase: Phase,
): void {
  const [start, end] = EXTENSION_MARKERS[which];
  const encoder = new TextEncoder();
  // Both hooks run only after stage 0 found the carriers, so they are always there.
  const files = [ctx.carriers!.badXz, ctx.carriers!.goodLarge];
  const both = files.some(
    (bytes) =>
      findBytes(bytes, encoder.encode(start)).length > 0 &&
      findBytes(bytes, encoder.encode(end)).length > 0,
  );
  const dir = which === 'configure' ? '$srcdir' : '$top_srcdir';
  rec.add({
    id: which === 'configure' ? 'stage2-hook1' : 'stage2-hook2',
    phase,
    title: `Look for an extension file (5.6.1 hook ${which === 'configure' ? 1 : 2})`,
    command: `vs=\`grep -broaF '${start}' ${dir}/${CARRIER_DIR}/ 2>/dev/null\` …  grep -broaF '${end}' …`,
    output: [
      both
        ? 'a file holds both markers'
        : 'no file holds both markers: nothing to decode (none was ever shipped)',
    ],
    explain:
      'A channel for future updates: new test files with these markers could carry new code without regenerating the old ones. The bytes between the markers would be decoded with the 5.6.0 tr key and raw LZMA2, then run.',
    sources: ['gynvael', 'cox'],
  });
}

export function runGates(
  rec: TraceRecorder,
  ctx: RunContext,
  gates: GateDefinition[],
  phase: Phase,
): boolean {
  for (const gate of gates) {
    const passed = rec.gate(
      {
        id: gate.id,
        phase,
        title: gate.title,
        command: gate.command,
        explain: gate.explain,
        sources: gate.sources,
      },
      gate.check(ctx.world),
    );
    if (!passed) return false;
  }
  return true;
}

/** Returns true when the Makefile and libtool were edited (the make-time run is armed). */
export function runConfigureBranch(rec: TraceRecorder, ctx: RunContext): boolean {
  const status = ctx.world.files.get('config.status')!;
  for (const [name, prefix] of CONFIG_READS)
    ctx.world.vars[name] = readConfigVar(status, name, prefix);
  rec.add({
    id: 'stage2-read-config',
    phase: 'stage2-configure',
    title: 'Stage 2 starts: read the build settings',
    command: [
      ...(ctx.c.stage2NoOpUnameLine
        ? [
            '[ ! $(uname)="Linux" ] && exit 0   # no spaces around "=": the test is always true, so this never exits',
          ]
        : []),
      'if test -f config.status; then',
      ...CONFIG_READS.map(([, , pattern]) => `  eval \`grep ${pattern} config.status\``),
    ].join('\n'),
    output: CONFIG_READS.map(([name]) => `${name}='${ctx.world.vars[name]}'`),
    explain:
      'config.status exists, so this is the end of ./configure. Note the filters: build is only read if it starts with x86_64, enable_shared only if it is yes.',
    touches: [{ tree: 'build', path: 'config.status', change: 'read' }],
    sources: ['freund', 'cox'],
  });
  if (ctx.c.extensionHooks) runExtensionHook(rec, ctx, 'configure', 'stage2-configure');
  if (!runGates(rec, ctx, CONFIGURE_GATES, 'stage2-configure')) return false;

  // The script's order: five Makefile edits, the libtool edit, then the two that hijack the link.
  const edits = makefileEdits(ctx.facts);
  const makefile = ctx.world.files.get('src/liblzma/Makefile')!;
  // Nothing reads the Makefile between the two rounds; the tree gets the result of both below.
  const halfway = applyMakefileEdits(makefile, edits.slice(0, 5));
  rec.add({
    id: 'edit-makefile',
    phase: 'stage2-configure',
    title: 'Edit src/liblzma/Makefile: five scattered lines',
    command: [
      'sed -i "/$j/i$b" src/liblzma/Makefile || true   # am__test = bad-3-corrupt_lzma2.xz',
      'sed -i "/$w/i$b" …   # am__strip_prefix = the tr filter',
      'sed -i "/$E/i$b" …   # am__dist_setup = … | xz -d | $(SHELL)',
      'sed -i "/$Q/i$s" …   # am__test_dir = the carrier file',
      'sed -i "/$L/i$j" …   # liblzma_la_LDFLAGS += …',
    ].join('\n'),
    output: [
      '5 lines inserted, each next to a different anchor; the anchors sit far apart in the real file',
    ],
    explain:
      'Each inserted line looks like ordinary automake output, and each goes next to a different line of a long generated Makefile, so they never appear together (the ⋮ rows stand for the lines in between). The LDFLAGS line adds -z,now unless the build already binds now.',
    touches: [{ tree: 'build', path: 'src/liblzma/Makefile', change: 'modified' }],
    diff: {
      label: 'src/liblzma/Makefile (excerpt; ⋮ = lines omitted)',
      lines: diffLines(makefile.split('\n'), halfway.split('\n')),
    },
    sources: ['freund', 'cox'],
  });

  const libtool = ctx.world.files.get('libtool')!;
  const libtoolEdited = editLibtool(libtool);
  ctx.world.files.set('libtool', libtoolEdited);
  rec.add({
    id: 'edit-libtool',
    phase: 'stage2-configure',
    title: 'Edit libtool’s PIC flags',
    command: 'sed -i "s/$O/$C/g" libtool || true',
    output: ['pic_flag now adds -fno-lto -ffunction-sections -fdata-sections'],
    explain:
      'Runs between the LDFLAGS edit and the AM_V_CCLD edit. Every compile now gets -fno-lto -ffunction-sections -fdata-sections. Russ Cox notes the purpose is not clear; one plausible reading is that it keeps link-time optimisation away from the merged object.',
    touches: [{ tree: 'build', path: 'libtool', change: 'modified' }],
    diff: {
      label: 'libtool (excerpt)',
      lines: diffLines(libtool.split('\n'), libtoolEdited.split('\n')),
    },
    sources: ['freund', 'cox'],
  });

  const edited = applyMakefileEdits(halfway, edits.slice(5));
  ctx.world.files.set('src/liblzma/Makefile', edited);
  rec.add({
    id: 'edit-makefile-link',
    phase: 'stage2-configure',
    title: 'Edit src/liblzma/Makefile: hijack the link of liblzma.la',
    command: [
      'sed -i "s/$u/$k/" src/liblzma/Makefile || true   # AM_V_CCLD = @echo -n $(LTDEPS); …',
      'sed -i "/$m/i$l" src/liblzma/Makefile || true   # LTDEPS = exports + sed rpath … | $(am__dist_setup)',
    ].join('\n'),
    output: [
      '7 Makefile edits in all; linking liblzma.la will now re-run stage 0',
      'configure finishes normally: nothing was printed',
    ],
    explain:
      'The link of liblzma.la now expands $(LTDEPS) first, which exports the build variables and pipes the carrier file through tr and xz into the shell again.',
    touches: [{ tree: 'build', path: 'src/liblzma/Makefile', change: 'modified' }],
    diff: {
      label: 'src/liblzma/Makefile (excerpt; ⋮ = lines omitted)',
      lines: diffLines(halfway.split('\n'), edited.split('\n')),
    },
    endsChain: false,
    sources: ['freund', 'cox'],
  });
  return true;
}
