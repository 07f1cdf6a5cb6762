import { describe, expect, it } from 'vitest';

import { createContext } from '../../../../src/lib/simulation/context.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { runConfigureBranch, runExtensionHook } from '../../../../src/lib/simulation/stage2.ts';
import { TraceRecorder } from '../../../../src/lib/simulation/trace.ts';
import { bytesOf, committedCarriers } from './helpers.ts';

const carriers = { '5.6.0': committedCarriers('5.6.0'), '5.6.1': committedCarriers('5.6.1') };
const steps = (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return buildTrace({ env, carriers: carriers[env.version] }).steps;
};
const step = (change: Partial<Environment>, id: string) => steps(change).find((s) => s.id === id);

describe('stage 2 at the end of configure', () => {
  it('reads the build settings from config.status, through its filters', () => {
    expect(step({}, 'stage2-read-config')!.output).toEqual([
      "LD='/usr/bin/ld -m elf_x86_64'",
      "CC='gcc'",
      "GCC='yes'",
      "srcdir='.'",
      "build='x86_64-pc-linux-gnu'",
      "enable_shared='yes'",
      "enable_static='yes'",
      expect.stringMatching(/^gl_path_map='tr /),
    ]);
    const aarch64 = step({ arch: 'aarch64', shared: false }, 'stage2-read-config')!.output;
    expect(aarch64).toContain("build=''");
    expect(aarch64).toContain("enable_shared=''");
  });

  it('shows 5.6.1’s no-op uname test and extension hooks, which 5.6.0 lacks', () => {
    expect(step({}, 'stage2-read-config')!.command).toMatch(
      /^\[ ! \$\(uname\)="Linux" \] && exit 0/,
    );
    expect(step({}, 'stage2-hook1')).toBeDefined();
    expect(step({ version: '5.6.0' }, 'stage2-read-config')!.command).toMatch(
      /^if test -f config\.status; then/,
    );
    expect(step({ version: '5.6.0' }, 'stage2-hook1')).toBeUndefined();
    expect(step({ version: '5.6.0' }, 'stage2-hook2')).toBeUndefined();
  });

  it('runs the configure gates in order and stops at the first that fails', () => {
    const ids = steps({ linker: 'lld' }).map((s) => s.id);
    const at = ids.indexOf('gate-linker');
    expect(at).toBeGreaterThan(ids.indexOf('gate-compiler'));
    expect(ids.slice(at + 1).some((id) => id.startsWith('gate-') || id.startsWith('edit-'))).toBe(
      false,
    );
  });

  it('edits the Makefile in two rounds around the libtool edit, each shown as a diff', () => {
    const all = steps();
    const ids = all.map((s) => s.id);
    expect(ids.indexOf('edit-makefile')).toBe(ids.indexOf('edit-libtool') - 1);
    expect(ids.indexOf('edit-makefile-link')).toBe(ids.indexOf('edit-libtool') + 1);
    const added = (id: string) =>
      all.find((s) => s.id === id)!.diff!.lines.filter((l) => l.kind === 'added').length;
    expect(added('edit-makefile')).toBe(5);
    expect(added('edit-makefile-link')).toBeGreaterThanOrEqual(2);
    expect(
      all.find((s) => s.id === 'edit-libtool')!.diff!.lines.some((l) => l.kind === 'removed'),
    ).toBe(true);
    expect(all.find((s) => s.id === 'edit-makefile-link')!.endsChain).toBe(false);
  });
});

describe('what stage 2 shows and leaves behind at the end of configure', () => {
  it('shows one eval-grep line per setting it reads, each with its filter', () => {
    expect(step({ version: '5.6.0' }, 'stage2-read-config')!.command.split('\n')).toEqual([
      'if test -f config.status; then',
      "  eval `grep ^LD=\\'\\/ config.status`",
      "  eval `grep ^CC=\\' config.status`",
      "  eval `grep ^GCC=\\' config.status`",
      "  eval `grep ^srcdir=\\' config.status`",
      "  eval `grep ^build=\\'x86_64 config.status`",
      "  eval `grep ^enable_shared=\\'yes\\' config.status`",
      "  eval `grep ^enable_static=\\' config.status`",
      "  eval `grep ^gl_path_map=\\' config.status`",
    ]);
  });

  it('the first Makefile step shows its five sed commands and adds exactly five lines', () => {
    const edit = step({}, 'edit-makefile')!;
    expect(edit.command.split('\n')).toEqual([
      'sed -i "/$j/i$b" src/liblzma/Makefile || true   # am__test = bad-3-corrupt_lzma2.xz',
      'sed -i "/$w/i$b" …   # am__strip_prefix = the tr filter',
      'sed -i "/$E/i$b" …   # am__dist_setup = … | xz -d | $(SHELL)',
      'sed -i "/$Q/i$s" …   # am__test_dir = the carrier file',
      'sed -i "/$L/i$j" …   # liblzma_la_LDFLAGS += …',
    ]);
    expect(edit.output).toEqual([
      '5 lines inserted, each next to a different anchor; the anchors sit far apart in the real file',
    ]);
    expect(edit.diff!.label).toBe('src/liblzma/Makefile (excerpt; ⋮ = lines omitted)');
    expect(edit.diff!.lines.filter((l) => l.kind === 'removed')).toEqual([]);
  });

  it('the libtool step shows the one pic_flag line replaced, between unchanged lines', () => {
    const libtool = step({}, 'edit-libtool')!;
    expect(libtool.output).toEqual([
      'pic_flag now adds -fno-lto -ffunction-sections -fdata-sections',
    ]);
    expect(libtool.diff).toEqual({
      label: 'libtool (excerpt)',
      lines: [
        { kind: 'same', text: '# Code to be used in simple compile tests' },
        { kind: 'removed', text: 'pic_flag=" -fPIC -DPIC"' },
        {
          kind: 'added',
          text: 'pic_flag=" -fPIC -DPIC -fno-lto -ffunction-sections -fdata-sections"',
        },
        { kind: 'same', text: 'wl="-Wl,"' },
      ],
    });
  });

  it('the link step swaps AM_V_CCLD and adds LTDEPS, and nothing of the first round again', () => {
    const link = step({}, 'edit-makefile-link')!;
    expect(link.command.split('\n')).toEqual([
      'sed -i "s/$u/$k/" src/liblzma/Makefile || true   # AM_V_CCLD = @echo -n $(LTDEPS); …',
      'sed -i "/$m/i$l" src/liblzma/Makefile || true   # LTDEPS = exports + sed rpath … | $(am__dist_setup)',
    ]);
    expect(link.output).toEqual([
      '7 Makefile edits in all; linking liblzma.la will now re-run stage 0',
      'configure finishes normally: nothing was printed',
    ]);
    expect(link.diff!.label).toBe('src/liblzma/Makefile (excerpt; ⋮ = lines omitted)');
    const changed = link.diff!.lines.filter((l) => l.kind !== 'same');
    expect(changed.filter((l) => l.kind === 'removed')).toEqual([
      { kind: 'removed', text: 'AM_V_CCLD = $(am__v_CCLD_$(V))' },
    ]);
    expect(changed.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual([
      "LTDEPS='$(lib_LTDEPS)'; \\",
      "  export top_srcdir='$(top_srcdir)'; export CC='$(CC)'; export DEFS='$(DEFS)'; … (abridged) \\",
      '  sed rpath $(am__test_dir) | $(am__dist_setup) >/dev/null 2>&1',
      'AM_V_CCLD = @echo -n $(LTDEPS); $(am__v_CCLD_$(V))',
    ]);
  });

  it('leaves the Makefile with all seven edits in the build tree for make', () => {
    const ctx = createContext(DEFAULT_ENVIRONMENT, committedCarriers('5.6.1'));
    expect(runConfigureBranch(new TraceRecorder(), ctx)).toBe(true);
    const makefile = ctx.world.files.get('src/liblzma/Makefile')!.split('\n');
    expect(makefile).toContain('am__test = bad-3-corrupt_lzma2.xz');
    expect(makefile).toContain('AM_V_CCLD = @echo -n $(LTDEPS); $(am__v_CCLD_$(V))');
    expect(makefile).toContain("LTDEPS='$(lib_LTDEPS)'; \\");
    expect(makefile).not.toContain('AM_V_CCLD = $(am__v_CCLD_$(V))');
  });
});

describe('5.6.1’s extension hooks', () => {
  const hook = (which: 'configure' | 'make', goodLarge: Uint8Array) => {
    const ctx = createContext(DEFAULT_ENVIRONMENT, { badXz: new Uint8Array(8), goodLarge });
    const rec = new TraceRecorder();
    runExtensionHook(rec, ctx, which, which === 'configure' ? 'stage2-configure' : 'stage2-make');
    return rec.steps[0]!;
  };

  it('hook 1 greps the source directory and hook 2 the top source directory, each for its own markers', () => {
    const first = hook('configure', new Uint8Array(8));
    expect(first.id).toBe('stage2-hook1');
    expect(first.title).toBe('Look for an extension file (5.6.1 hook 1)');
    expect(first.command).toBe(
      "vs=`grep -broaF '~!:_ W' $srcdir/tests/files/ 2>/dev/null` …  grep -broaF '|_!{ -' …",
    );
    const second = hook('make', new Uint8Array(8));
    expect(second.id).toBe('stage2-hook2');
    expect(second.title).toBe('Look for an extension file (5.6.1 hook 2)');
    expect(second.command).toBe(
      "vs=`grep -broaF 'jV!.^%' $top_srcdir/tests/files/ 2>/dev/null` …  grep -broaF '%.R.1Z' …",
    );
    expect(second.output).toEqual([
      'no file holds both markers: nothing to decode (none was ever shipped)',
    ]);
  });

  it('would decode a test file only when it holds both the start and the end marker', () => {
    expect(hook('configure', bytesOf('xx~!:_ Wpayload|_!{ -xx')).output).toEqual([
      'a file holds both markers',
    ]);
    expect(hook('configure', bytesOf('xx payload|_!{ -xx')).output).toEqual([
      'no file holds both markers: nothing to decode (none was ever shipped)',
    ]);
    expect(hook('configure', bytesOf('xx~!:_ Wpayload xx')).output).toEqual([
      'no file holds both markers: nothing to decode (none was ever shipped)',
    ]);
  });
});
