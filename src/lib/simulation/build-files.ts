/**
 * Excerpts of the files stage 2 greps and edits, as configure would leave them in the build
 * tree. Only the lines that matter are modelled; the gates run real regular expressions on them
 * and the edits are applied line by line, so the diffs the page shows are computed.
 */
import { PIC_FLAG_EDITED, PIC_FLAG_ORIGINAL, STAGE2_VARS } from './constants.ts';
import type { BuildFacts } from './environment.ts';

export const MAKEFILE_ANCHORS = [
  '^ACLOCAL_M4 = $(top_srcdir)/aclocal.m4',
  '^am__uninstall_files_from_dir = {',
  '^am__install_max =',
  '^am__vpath_adj_setup =',
  '^am__include = include',
  '^all: all-recursive$',
  '^LTLIBRARIES = $(lib_LTLIBRARIES)',
  'AM_V_CCLD = $(am__v_CCLD_$(V))',
] as const;

/** grep's basic regular expressions treat these literally; only ^ and $ anchor. */
export function grepBasic(pattern: string, text: string): boolean {
  const anchoredStart = pattern.startsWith('^');
  const anchoredEnd = pattern.endsWith('$') && !pattern.endsWith('\\$');
  const body = pattern.slice(anchoredStart ? 1 : 0, anchoredEnd ? -1 : undefined);
  return text.split('\n').some((line) => {
    if (anchoredStart && anchoredEnd) return line === body;
    if (anchoredStart) return line.startsWith(body);
    if (anchoredEnd) return line.endsWith(body);
    return line.includes(body);
  });
}

export interface ConfigStatusOptions {
  /** The doctored m4's _LT_TAGDECL lines leak gl_path_map and friends into config.status. */
  doctoredM4: boolean;
}

export function configStatus(facts: BuildFacts, options: ConfigStatusOptions): string {
  return [
    `srcdir='.'`,
    `LD='${facts.ld}'`,
    `CC='${facts.cc}'`,
    `GCC='${facts.gcc}'`,
    `build='${facts.triplet}'`,
    `enable_shared='${facts.enableShared}'`,
    `enable_static='yes'`,
    ...(options.doctoredM4 ? [`gl_path_map='tr "\\t \\-_" " \\t_\\-"'`] : []),
    ...(facts.ifuncDefined ? [`D["HAVE_FUNC_ATTRIBUTE_IFUNC"]=" 1"`] : []),
  ].join('\n');
}

export function configH(facts: BuildFacts): string {
  return facts.ifuncDefined
    ? '#define HAVE_FUNC_ATTRIBUTE_IFUNC 1'
    : '/* #undef HAVE_FUNC_ATTRIBUTE_IFUNC */';
}

export function libtoolScript(): string {
  return ['# Code to be used in simple compile tests', PIC_FLAG_ORIGINAL, 'wl="-Wl,"'].join('\n');
}

/** The CRC sources in 5.6.x, reduced to the lines the greps look for. */
export const CRC_SOURCES: Record<string, string> = {
  'src/liblzma/check/crc64_fast.c': `#if defined(CRC_X86_CLMUL)\n#\tinclude "crc_x86_clmul.h"\n#endif\n\treturn ${STAGE2_VARS.R}()`,
  'src/liblzma/check/crc32_fast.c': `#\tinclude "crc32_arm64.h"\n\treturn ${STAGE2_VARS.R}()`,
  'src/liblzma/check/crc_x86_clmul.h': `${STAGE2_VARS.R}(void)\n\t${STAGE2_VARS.x}1, &r[0], &r[1], &r[2], &r[3]);`,
};

/** Stands for the generated lines between two anchors: the real anchors sit far apart. */
const OMITTED = '⋮';

/** src/liblzma/Makefile as config.status writes it (excerpt around the anchors). */
export function liblzmaMakefile(): string {
  return [
    'ACLOCAL_M4 = $(top_srcdir)/aclocal.m4',
    OMITTED,
    'am__vpath_adj_setup = srcdirstrip=`echo "$(srcdir)" | sed \'s|.|.|g\'`;',
    OMITTED,
    'am__install_max = 40',
    OMITTED,
    'am__uninstall_files_from_dir = { \\',
    OMITTED,
    'LTLIBRARIES = $(lib_LTLIBRARIES)',
    OMITTED,
    'AM_V_CCLD = $(am__v_CCLD_$(V))',
    OMITTED,
    'am__include = include',
    OMITTED,
    'all: all-recursive',
  ].join('\n');
}

export interface MakefileEdit {
  before?: string;
  replace?: string;
  lines: string[];
}

/** What stage 2 adds to liblzma_la_LDFLAGS: -z,now only when the build does not bind now already. */
export function stage2LdflagsAddition(facts: BuildFacts): string {
  const hasBindNow = /-z,now|-z -Wl,now/.test(facts.ldflags);
  return `-Wl,--sort-section=name,-X${hasBindNow ? '' : ',-z,now'}`;
}

/** Stage 2's sed edits (Russ Cox's reading), scattered so they never appear side by side. */
export function makefileEdits(facts: BuildFacts): MakefileEdit[] {
  return [
    { before: 'ACLOCAL_M4 =', lines: ['am__test = bad-3-corrupt_lzma2.xz'] },
    { before: 'am__install_max =', lines: ['am__strip_prefix = tr "\\\\t \\\\-_" " \\\\t_\\\\-"'] },
    {
      before: 'am__uninstall_files_from_dir =',
      lines: ['am__dist_setup = $(am__strip_prefix) | xz -d 2>/dev/null | $(SHELL)'],
    },
    {
      before: 'am__vpath_adj_setup =',
      lines: ['am__test_dir=$(top_srcdir)/tests/files/$(am__test)'],
    },
    {
      before: 'all: all-recursive',
      lines: [`liblzma_la_LDFLAGS += ${stage2LdflagsAddition(facts)}`],
    },
    {
      replace: 'AM_V_CCLD = $(am__v_CCLD_$(V))',
      lines: ['AM_V_CCLD = @echo -n $(LTDEPS); $(am__v_CCLD_$(V))'],
    },
    {
      before: 'LTLIBRARIES = $(lib_LTLIBRARIES)',
      lines: [
        "LTDEPS='$(lib_LTDEPS)'; \\",
        "  export top_srcdir='$(top_srcdir)'; export CC='$(CC)'; export DEFS='$(DEFS)'; … (abridged) \\",
        '  sed rpath $(am__test_dir) | $(am__dist_setup) >/dev/null 2>&1',
      ],
    },
  ];
}

export function applyMakefileEdits(text: string, edits: MakefileEdit[]): string {
  let lines = text.split('\n');
  for (const edit of edits) {
    const at = lines.findIndex((line) =>
      edit.replace ? line === edit.replace : line.startsWith(edit.before!),
    );
    if (at < 0) continue; // `sed -i … || true`: a missing anchor changes nothing
    lines = [...lines.slice(0, at), ...edit.lines, ...lines.slice(at + (edit.replace ? 1 : 0))];
  }
  return lines.join('\n');
}

export function editLibtool(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === PIC_FLAG_ORIGINAL ? PIC_FLAG_EDITED : line))
    .join('\n');
}

/** Reads `NAME='value'` the way `eval \`grep ^NAME=\\'PREFIX config.status\`` does. */
export function readConfigVar(
  configStatusText: string,
  name: string,
  requiredPrefix: string,
): string {
  const line = configStatusText.split('\n').find((l) => l.startsWith(`${name}='${requiredPrefix}`));
  return line ? line.slice(name.length + 2, -1) : '';
}
