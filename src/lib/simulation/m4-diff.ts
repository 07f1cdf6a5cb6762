/**
 * The key lines of the tarball's m4/build-to-host.m4 (serial 30) against gnulib's serial 3.
 * Quoted from the published diffs (Russ Cox; Sam James's FAQ) — only the lines that matter,
 * whitespace simplified. Line numbers refer to the 106-line tarball file.
 */
import type { SourceId } from './constants.ts';
import { M4_LINES } from './m4-lines.ts';

export interface AnnotatedLine {
  kind: 'same' | 'added' | 'removed' | 'gap';
  text: string;
  line?: number;
  note?: string;
}

export const M4_DIFF_SOURCES: SourceId[] = ['cox', 'faq', 'gnulib'];

export const M4_KEY_LINES: AnnotatedLine[] = [
  { kind: 'removed', text: M4_LINES.serialGnulib },
  {
    kind: 'added',
    line: 1,
    text: M4_LINES.serialTarball,
    note: 'Higher than gnulib’s 3, so aclocal keeps this copy over a clean one.',
  },
  { kind: 'removed', text: M4_LINES.copyrightGnulib },
  {
    kind: 'added',
    line: 2,
    text: M4_LINES.copyrightTarball,
    note: 'Makes the file look freshly synced from gnulib.',
  },
  { kind: 'gap', text: '' },
  { kind: 'same', text: M4_LINES.defineMacro },
  { kind: 'gap', text: '' },
  {
    kind: 'added',
    line: 40,
    text: M4_LINES.prefix,
    note: 'Keeps the found file name’s suffix: “xz”, the decompressor.',
  },
  { kind: 'gap', text: '' },
  { kind: 'added', line: 62, text: 'if test "x$gl_am_configmake" != "x"; then' },
  {
    kind: 'added',
    line: 63,
    text: `  ${M4_LINES.config}`,
    note: 'Stage 0 as a string: cat the file, swap bytes, xz -d. The line Freund linked.',
  },
  { kind: 'added', line: 64, text: 'else' },
  { kind: 'added', line: 65, text: "  gl_[$1]_config=''" },
  { kind: 'added', line: 66, text: 'fi' },
  {
    kind: 'added',
    line: 67,
    text: '_LT_TAGDECL([], [gl_path_map], [2])dnl',
    note: 'Five lines abuse a libtool macro to copy these variables into config.status and libtool, where stage 2 reads them back.',
  },
  { kind: 'added', line: 68, text: '_LT_TAGDECL([], [gl_[$1]_prefix], [2])dnl' },
  { kind: 'added', line: 69, text: '_LT_TAGDECL([], [gl_am_configmake], [2])dnl' },
  { kind: 'added', line: 70, text: '_LT_TAGDECL([], [[$1]_c_make], [2])dnl' },
  { kind: 'added', line: 71, text: '_LT_TAGDECL([], [gl_[$1]_config], [2])dnl' },
  { kind: 'gap', text: '' },
  {
    kind: 'added',
    line: 78,
    text: M4_LINES.configCommands,
    note: 'Runs at the end of configure: evaluate stage 0 and pipe it into the shell.',
  },
  { kind: 'gap', text: '' },
  { kind: 'same', text: M4_LINES.defineInit },
  { kind: 'gap', text: '' },
  {
    kind: 'added',
    line: 86,
    text: M4_LINES.configmake,
    note: 'Searches the whole tree, binaries included, for the ####Hello#### marker line.',
  },
  {
    kind: 'added',
    line: 87,
    text: 'if test -n "$gl_am_configmake"; then',
    note: 'Lines 87–91 set a decoy variable, HAVE_PKG_CONFIGMAKE.',
  },
  { kind: 'gap', text: '' },
  {
    kind: 'added',
    line: 95,
    text: M4_LINES.pathMap,
    note: 'The “de-corruption” filter: TAB↔SPACE, -↔_.',
  },
];

/** Totals from the full comparison (our research notes): 2 header lines changed, 27 added, 0 removed. */
export const M4_DIFF_TOTALS = {
  changed: 2,
  added: 27,
  removed: 0,
  lines: 106,
  bytes: 4399,
} as const;
