/**
 * The two "spot the backdoor" exercises of the training path. The changed lines are quoted (the m4
 * lines from src/lib/simulation/m4-lines.ts, which the simulation's diff uses too) from
 * the public analyses (Russ Cox, Sam James' FAQ, Freund's mail, commits 328c52da and f9cf4c05);
 * the unchanged context around them is abridged and written to resemble the real files, and the
 * pages say so. Facts in the notes come from content/ and the research notes.
 */
import type { ExerciseDefinition } from '../lib/learn/exercises';
import { M4_LINES } from '../lib/simulation/m4-lines';

/** gnulib's m4/build-to-host.m4 (serial 3) against the copy in the 5.6.0 and 5.6.1 tarballs. */
const M4_BEFORE = String.raw`${M4_LINES.serialGnulib}
${M4_LINES.copyrightGnulib}
…
${M4_LINES.defineMacro}
[
  AC_REQUIRE([AC_CANONICAL_BUILD])
  AC_REQUIRE([AC_CANONICAL_HOST])
  AC_REQUIRE([gl_BUILD_TO_HOST_INIT])

  dnl Define somedir_c.
  gl_final_[$1]="$[$1]"
…
  dnl Convert it to C string syntax.
  AC_SUBST([$1_c])
…
  AC_SUBST([$1_c_make])
])

dnl Some initializations for gl_BUILD_TO_HOST.
${M4_LINES.defineInit}
[
  gl_sed_double_backslashes='s/\\/\\\\/g'
  gl_sed_escape_doublequotes='s/"/\\"/g'
…
])
`;

const M4_AFTER = String.raw`${M4_LINES.serialTarball}
${M4_LINES.copyrightTarball}
…
${M4_LINES.defineMacro}
[
  AC_REQUIRE([AC_CANONICAL_BUILD])
  AC_REQUIRE([AC_CANONICAL_HOST])
  AC_REQUIRE([gl_BUILD_TO_HOST_INIT])

  dnl Define somedir_c.
  gl_final_[$1]="$[$1]"
  ${M4_LINES.prefix}
…
  dnl Convert it to C string syntax.
  AC_SUBST([$1_c])
    ${M4_LINES.config}
…
  AC_SUBST([$1_c_make])
  ${M4_LINES.configCommands}
])

dnl Some initializations for gl_BUILD_TO_HOST.
${M4_LINES.defineInit}
[
  ${M4_LINES.configmake}
  gl_sed_double_backslashes='s/\\/\\\\/g'
  gl_sed_escape_doublequotes='s/"/\\"/g'
  ${M4_LINES.pathMap}
…
])
`;

export const m4DiffExercise: ExerciseDefinition = {
  id: 'build-to-host-diff',
  title: 'Spot the backdoor in build-to-host.m4',
  chapter: '04-the-tarball-trick',
  question:
    'Most added lines are comments or only store text in shell variables. Which added line makes the build actually run the hidden code?',
  listing: { before: M4_BEFORE, after: M4_AFTER },
  answer: 'AC_CONFIG_COMMANDS([build-to-host]',
  notes: [
    {
      contains: '# build-to-host.m4 serial 3',
      note: 'This is gnulib’s own header, the line the tarball replaced. Removed lines run nothing in the build.',
    },
    {
      contains: '# build-to-host.m4 serial 30',
      note: 'Suspicious, and it matters: aclocal keeps whichever copy of a macro file has the higher serial number, so a distribution that regenerated the build files would have kept this copy rather than a clean one. But the line is a comment; it runs nothing.',
    },
    {
      contains: 'Copyright (C) 2023 Free',
      note: 'gnulib’s copyright line, replaced in the tarball. Removed lines run nothing.',
    },
    {
      contains: 'Copyright (C) 2023-2024',
      note: 'Camouflage: the new year makes the file look freshly synced from gnulib. It is a comment and runs nothing.',
    },
    {
      contains: 'gl_[$1]_prefix=',
      note: 'This keeps only the part of the found file name after the last dot: “xz”, the name of the decompressor. It stores text in a variable; nothing runs yet.',
    },
    {
      contains: "gl_[$1]_config='sed",
      note: 'Close: this builds the whole pipeline as a string. “sed "r\\n"” is a disguised cat, then the character swap, then “xz -d”. But it only stores the string; something else has to run it.',
    },
    {
      contains: 'gl_am_configmake=`grep',
      note: 'This finds the carrier: it searches the whole source tree, binary files included, for a line ending in four #, five letters or digits and four #. Only bad-3-corrupt_lzma2.xz matches. It stores the file name; it runs nothing.',
    },
    {
      contains: "gl_path_map='tr",
      note: 'The “repair” filter: swap tab with space and hyphen with underscore, which turns the “corrupt” test file into a valid xz stream. Stored as text for later.',
    },
    {
      contains: 'AC_CONFIG_COMMANDS([build-to-host]',
      note: 'AC_CONFIG_COMMANDS registers a command that config.status runs at the very end of ./configure. It evaluates the stored pipeline (find the file, swap the characters back, decompress) and pipes the result into $SHELL, with every error thrown away. That is where stage 1 starts.',
    },
  ],
  otherLines: 'An unchanged line: gnulib’s copy has it too. Look at the lines marked + (added).',
};

/** The CMake feature test from commit 328c52da, with the culprit character. */
const LANDLOCK_CHECK = `check_c_source_compiles("
        #include <linux/landlock.h>
        #include <sys/syscall.h>
        #include <sys/prctl.h>
.
        void my_sandbox(void)
        {
            (void)prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
            (void)SYS_landlock_create_ruleset;
            (void)SYS_landlock_restrict_self;
            (void)LANDLOCK_CREATE_RULESET_VERSION;
            return;
        }

        int main(void) { return 0; }
        "
    HAVE_LINUX_LANDLOCK)
`;

export const landlockExercise: ExerciseDefinition = {
  id: 'landlock-dot',
  title: 'Find the character that disabled Landlock',
  chapter: '03-the-long-con',
  question: 'One character in this test program means it can never compile. Which line holds it?',
  listing: { code: LANDLOCK_CHECK },
  answer: '.',
  highlight: '.',
  notes: [
    {
      contains: 'check_c_source_compiles',
      note: 'CMake’s feature test: it tries to compile the C program between the quotes. The command is fine. The catch is what happens on failure: CMake quietly records the feature as missing.',
    },
    {
      contains: '<linux/landlock.h>',
      note: 'Valid C: the header the check is about. (The dot in “landlock.h” is part of the file name.)',
    },
    {
      contains: '<sys/syscall.h>',
      note: 'Valid C: it provides the system call numbers the test refers to.',
    },
    {
      contains: '<sys/prctl.h>',
      note: 'Valid C: it declares prctl(), which the sandbox also needs. Look just below it.',
    },
    {
      contains: '.',
      note: 'A full stop on a line of its own is not valid C, so this program can never compile, CMake concludes that Landlock is unavailable, and xz built with CMake never turns its Landlock sandbox on. Lasse Collin’s fix, “CMake: Fix sabotaged Landlock sandbox check”, removes exactly this one character.',
    },
    {
      contains: 'HAVE_LINUX_LANDLOCK)',
      note: 'The variable that receives the result. It is correct; with the stray character it simply never becomes true.',
    },
  ],
  otherLines: 'Valid C (abridged). The problem is elsewhere: read each line as the compiler would.',
};

export const EXERCISES: ExerciseDefinition[] = [landlockExercise, m4DiffExercise];
