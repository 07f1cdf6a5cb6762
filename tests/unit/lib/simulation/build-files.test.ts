import { describe, expect, it } from 'vitest';

import {
  applyMakefileEdits,
  configStatus,
  editLibtool,
  liblzmaMakefile,
  libtoolScript,
  makefileEdits,
} from '../../../../src/lib/simulation/build-files.ts';
import { buildFacts, DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';

// The generated lines between two anchors, as the excerpt shows them.
const GAP = '⋮';

describe('the build files stage 2 edits', () => {
  it('after the first five edits, each inserted line sits just above its own anchor', () => {
    const edits = makefileEdits(buildFacts(DEFAULT_ENVIRONMENT));
    expect(applyMakefileEdits(liblzmaMakefile(), edits.slice(0, 5)).split('\n')).toEqual([
      'am__test = bad-3-corrupt_lzma2.xz',
      'ACLOCAL_M4 = $(top_srcdir)/aclocal.m4',
      GAP,
      'am__test_dir=$(top_srcdir)/tests/files/$(am__test)',
      'am__vpath_adj_setup = srcdirstrip=`echo "$(srcdir)" | sed \'s|.|.|g\'`;',
      GAP,
      'am__strip_prefix = tr "\\\\t \\\\-_" " \\\\t_\\\\-"',
      'am__install_max = 40',
      GAP,
      'am__dist_setup = $(am__strip_prefix) | xz -d 2>/dev/null | $(SHELL)',
      'am__uninstall_files_from_dir = { \\',
      GAP,
      'LTLIBRARIES = $(lib_LTLIBRARIES)',
      GAP,
      'AM_V_CCLD = $(am__v_CCLD_$(V))',
      GAP,
      'am__include = include',
      GAP,
      'liblzma_la_LDFLAGS += -Wl,--sort-section=name,-X,-z,now',
      'all: all-recursive',
    ]);
  });

  it('the last two edits replace the AM_V_CCLD line in place and put LTDEPS above the library list', () => {
    const edits = makefileEdits(buildFacts(DEFAULT_ENVIRONMENT));
    const halfway = applyMakefileEdits(liblzmaMakefile(), edits.slice(0, 5)).split('\n');
    const edited = applyMakefileEdits(halfway.join('\n'), edits.slice(5)).split('\n');
    const at = halfway.indexOf('LTLIBRARIES = $(lib_LTLIBRARIES)');
    expect(edited.slice(0, at)).toEqual(halfway.slice(0, at));
    expect(edited.slice(at)).toEqual([
      "LTDEPS='$(lib_LTDEPS)'; \\",
      "  export top_srcdir='$(top_srcdir)'; export CC='$(CC)'; export DEFS='$(DEFS)'; … (abridged) \\",
      '  sed rpath $(am__test_dir) | $(am__dist_setup) >/dev/null 2>&1',
      'LTLIBRARIES = $(lib_LTLIBRARIES)',
      GAP,
      'AM_V_CCLD = @echo -n $(LTDEPS); $(am__v_CCLD_$(V))',
      GAP,
      'am__include = include',
      GAP,
      'liblzma_la_LDFLAGS += -Wl,--sort-section=name,-X,-z,now',
      'all: all-recursive',
    ]);
  });

  it('an edit whose anchor is missing changes nothing, like `sed -i … || true`', () => {
    const makefile = 'ACLOCAL_M4 = $(top_srcdir)/aclocal.m4\nall: all-recursive';
    expect(
      applyMakefileEdits(makefile, [
        { before: 'am__install_max =', lines: ['am__strip_prefix = …'] },
        { replace: 'AM_V_CCLD = $(am__v_CCLD_$(V))', lines: ['AM_V_CCLD = …'] },
      ]),
    ).toBe(makefile);
  });

  it('the libtool edit rewrites only the pic_flag line and keeps the lines around it', () => {
    expect(libtoolScript().split('\n')).toEqual([
      '# Code to be used in simple compile tests',
      'pic_flag=" -fPIC -DPIC"',
      'wl="-Wl,"',
    ]);
    expect(editLibtool(libtoolScript()).split('\n')).toEqual([
      '# Code to be used in simple compile tests',
      'pic_flag=" -fPIC -DPIC -fno-lto -ffunction-sections -fdata-sections"',
      'wl="-Wl,"',
    ]);
  });

  it('config.status from a clean m4 without ifunc holds only the usual settings', () => {
    const facts = buildFacts({ ...DEFAULT_ENVIRONMENT, ifunc: false });
    expect(configStatus(facts, { doctoredM4: false }).split('\n')).toEqual([
      "srcdir='.'",
      "LD='/usr/bin/ld -m elf_x86_64'",
      "CC='gcc'",
      "GCC='yes'",
      "build='x86_64-pc-linux-gnu'",
      "enable_shared='yes'",
      "enable_static='yes'",
    ]);
  });
});
