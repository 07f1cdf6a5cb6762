/**
 * The build-chain steps the deck walks through, described from the primary records in
 * content/sources/ (Freund's mail, Russ Cox's timeline, Gynvael Coldwind's analysis).
 * Each slide shows the live simulation at the same step (ids and aliases of
 * src/lib/simulation/link-targets.ts, in the 5.6.0 build whose numbers the text quotes); the text
 * itself is the speaker's: it goes to the speaker view.
 */
import {
  BAD_XZ,
  CARRIER_DIR,
  GOOD_LARGE,
  MARKER_GREP,
  OBJECT_NAME,
  STAGE0_SWAP,
  TR_IDENTITY_SET,
  VERSION_CONSTANTS,
} from '../simulation/constants';
import { count } from '../simulation/format';
import { totalLength } from '../simulation/transforms/head-carve';
import type { SimulationStep } from './slides';

/** The build machine whose numbers the slides quote: 5.6.0, every other setting default. */
const TARBALL_5_6_0 = { env: '5.6.0', machine: 'XZ Utils 5.6.0, release tarball' };
/** The same machine building from a checkout of the git tag: Run ends with a clean library. */
const GIT_5_6_0 = { env: '5.6.0,git', machine: 'XZ Utils 5.6.0, built from the git tag' };

// The numbers come from the simulation's constants, so the slides and the live build agree.
const V560 = VERSION_CONSTANTS['5.6.0'];
const V561 = VERSION_CONSTANTS['5.6.1'];
const kept = totalLength(V560.carve.segments, 'keep');
const dropped = V560.tailPlus - 1;

export const SIMULATION_STEPS: readonly SimulationStep[] = [
  {
    id: 'stage-0',
    ...TARBALL_5_6_0,
    title: 'Stage 0: configure unscrambles a “corrupt” test file',
    when: 'At the end of ./configure, from the release tarball',
    command: `cat ${CARRIER_DIR}/${BAD_XZ} | tr "${STAGE0_SWAP.set1}" "${STAGE0_SWAP.set2}" | xz -d | $SHELL`,
    points: [
      `The doctored m4/build-to-host.m4 greps the whole source tree for a line like ####Hello####: only ${BAD_XZ} matches.`,
      'tr swaps TAB↔SPACE and -↔_, which turns the “corrupt” file into three valid xz streams.',
      'xz -d prints ####Hello####, the stage 1 script and ####World####; configure pipes it to the shell.',
    ],
    notes: [
      `The grep is ${MARKER_GREP}, disguised as a search for Automake macros.`,
      'In the generated configure the command hides behind sed "r\\n", a disguised cat, and its errors go to /dev/null.',
    ],
  },
  {
    id: 'stage-1',
    ...TARBALL_5_6_0,
    title: 'Stage 1: carve a hidden stream out of a second test file',
    when: 'Still at the end of ./configure',
    command: `xz -dc ${GOOD_LARGE} | eval $i | tail -c +${V560.tailPlus} | tr "${V560.trKey}" "${TR_IDENTITY_SET}" | xz -F raw --lzma1 -dc | /bin/sh`,
    points: [
      `$i is a chain of head commands: skip ${count(V560.carve.skipLength)} bytes, keep ${count(V560.carve.keepLength)}, sixteen times, then skip ${count(V560.carve.skipLength)} and keep ${V560.carve.lastKeep} (${V561.carve.lastKeep} in 5.6.1).`,
      `tail -c +${V560.tailPlus} drops the first ${count(dropped)} of the ${count(kept)} kept bytes, leaving ${count(kept - dropped)}.`,
      'A tr substitution key maps all 256 byte values; the result is a raw LZMA1 stream that decodes to stage 2.',
    ],
    notes: [
      'The decompressed “large” file alternates 2 KiB of high-entropy data with 1 KiB filler regions that the skips remove.',
      `5.6.1 adds five copies of a uname check for Linux and uses tail -c +${V561.tailPlus} and a different tr key.`,
    ],
  },
  {
    id: 'gates',
    ...TARBALL_5_6_0,
    title: 'Stage 2: the gates',
    when: 'End of ./configure: a failed check quietly exits 0',
    command: 'test -f "$srcdir/debian/rules" || test "x$RPM_ARCH" = "xx86_64"',
    points: [
      'gcc, GNU ld, a shared library and ifunc support (glibc); only x86-64 builds received the object.',
      'The ifunc CRC code and both test files are present and unchanged.',
      'Only where debian/rules exists (a Debian source tree, even for a hand-run configure) or in an x86-64 RPM build.',
      'If every gate passes, it edits src/liblzma/Makefile and libtool so that make runs the chain again.',
    ],
    notes: [
      'Freund on the package-build gate: “likely aimed at making it harder to reproduce the issue for investigators.”',
      'The architecture test itself, read literally, does not stop other architectures; there the merge of the x86-64 object fails. That is our reading of the script.',
      'The Makefile edits are scattered and named like Automake internals (am__test, am__strip_prefix, am__dist_setup).',
    ],
  },
  {
    id: 'stage-2-make',
    ...TARBALL_5_6_0,
    title: 'At make time: an object file is linked into liblzma',
    when: 'During make, just before liblzma is linked',
    command: `xz -dc ${GOOD_LARGE} | eval $i | … | LC_ALL=C awk '…' | xz -dc --single-stream | … > ${OBJECT_NAME}`,
    points: [
      'The hijacked link line re-runs stages 0, 1 and 2 inside src/liblzma.',
      `An RC4-like cipher with no secret key decrypts an x86-64 object file: ${count(V560.objectBytes)} bytes in 5.6.0, ${count(V561.objectBytes)} in 5.6.1.`,
      'crc64_fast.c is recompiled so its ifunc resolver calls the backdoor, and merged with that object.',
      'The extracted files are deleted: liblzma.so.5 carries the backdoor, and the build leaves nothing new in the source tree.',
    ],
    notes: [
      'The cipher’s table starts as c[i] = (7i + 5) mod 256 and each byte is added, not XORed, to the key stream.',
      `The decrypted object is saved as ${OBJECT_NAME}: a hyphen where the real CRC object’s name has an underscore.`,
    ],
  },
  {
    id: 'git-tag',
    ...GIT_5_6_0,
    title: 'Why a build from the git tag is clean',
    when: 'Building from git, or with CMake',
    command: 'm4/build-to-host.m4   # serial 30 in the tarball, not in git',
    points: [
      'Git already held the payload (the two binary test files) and the ifunc CRC code that hooks it; without the trigger, nothing runs them.',
      'The trigger, the doctored m4/build-to-host.m4, was only in the release tarballs Jia Tan made and signed.',
      'GitHub’s automatic source archives from the tag do not contain it, and a CMake build never reads it.',
    ],
    notes: [
      'On 15 February 2024 Jia Tan added build-to-host.m4 to m4/.gitignore; ignoring it is normal because the file is regenerated.',
      'Upstream gnulib’s copy is serial 3; the doctored copy says serial 30, and aclocal --install keeps the copy with the higher serial.',
    ],
  },
];
