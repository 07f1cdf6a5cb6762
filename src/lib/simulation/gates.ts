/**
 * Stage 2's checks, in the order the script runs them (Freund's injected.txt; Russ Cox). Each
 * failing check ends the script with `exit 0`: no message, and the build carries on clean.
 */
import { CRC_SOURCES, grepBasic, MAKEFILE_ANCHORS } from './build-files.ts';
import {
  BAD_XZ,
  CARRIER_DIR,
  GOOD_LARGE,
  PIC_FLAG_EDITED,
  PIC_FLAG_ORIGINAL,
  type SourceId,
  STAGE2_VARS,
} from './constants.ts';
import type { BuildFacts, Environment } from './environment.ts';
import type { GateResult } from './trace.ts';

/** The build tree as stage 2 sees it. */
export interface BuildWorld {
  env: Environment;
  facts: BuildFacts;
  files: Map<string, string>;
  carriersPresent: boolean;
  /** Variables stage 2 has read from config.status (empty string when the grep found nothing). */
  vars: Record<string, string>;
}

export interface GateDefinition {
  id: string;
  title: string;
  command: string;
  explain: string;
  sources: SourceId[];
  check(world: BuildWorld): GateResult;
}

const file = (world: BuildWorld, path: string) => world.files.get(path) ?? '';
const pass = (reason: string): GateResult => ({ passed: true, reason });
const fail = (reason: string): GateResult => ({ passed: false, reason });

const crcSourcesGate = (id: string, prefix: string): GateDefinition => ({
  id,
  title: 'The ifunc CRC code is present and unpatched',
  command: `grep -qs "$R()" ${prefix}src/liblzma/check/crc64_fast.c && grep -qs "$R()" …/crc32_fast.c && grep -qs "$R" …/crc_x86_clmul.h && grep -qs "$x" …/crc_x86_clmul.h`,
  explain:
    'The hook point is the ifunc resolver in the CRC code. If a distro had patched it away, the script would not know where to attach, so it gives up.',
  sources: ['freund', 'cox'],
  check(world) {
    const [c64, c32, clmul] = Object.keys(CRC_SOURCES);
    const ok =
      file(world, c64!).includes(`${STAGE2_VARS.R}()`) &&
      file(world, c32!).includes(`${STAGE2_VARS.R}()`) &&
      file(world, clmul!).includes(STAGE2_VARS.R) &&
      file(world, clmul!).includes(STAGE2_VARS.x);
    return ok
      ? pass(
          `crc64_fast.c and crc32_fast.c call ${STAGE2_VARS.R}(); crc_x86_clmul.h has ${STAGE2_VARS.x}`,
        )
      : fail('the CRC sources do not match what the script expects');
  },
});

export const CONFIGURE_GATES: GateDefinition[] = [
  {
    id: 'gate-ifunc',
    title: 'ifunc support is enabled',
    command: `grep -qs '\\["HAVE_FUNC_ATTRIBUTE_IFUNC"\\]=" 1"' config.status && grep -qs 'define HAVE_FUNC_ATTRIBUTE_IFUNC 1' config.h`,
    explain:
      'The object is attached through a GNU indirect function (ifunc) resolver, which runs while the dynamic linker loads liblzma. Without ifunc there is no hook.',
    sources: ['freund', 'cox'],
    check: (w) =>
      grepBasic('HAVE_FUNC_ATTRIBUTE_IFUNC"]=" 1"', file(w, 'config.status')) &&
      grepBasic('define HAVE_FUNC_ATTRIBUTE_IFUNC 1', file(w, 'config.h'))
        ? pass('config.status and config.h both define HAVE_FUNC_ATTRIBUTE_IFUNC 1')
        : fail(
            'ifunc is disabled (./configure --disable-ifunc), so config.h does not define HAVE_FUNC_ATTRIBUTE_IFUNC',
          ),
  },
  {
    id: 'gate-shared',
    title: 'A shared library is being built',
    command: `test "x$enable_shared" != "xyes" && exit 0`,
    explain:
      'The target is liblzma.so, loaded into other programs (such as sshd via libsystemd). A static-only build has no shared library to poison.',
    sources: ['freund'],
    check: (w) =>
      w.vars.enable_shared === 'yes'
        ? pass("enable_shared='yes' in config.status")
        : fail(
            "config.status has enable_shared='no' (./configure --disable-shared), and the script only reads it when it is 'yes'",
          ),
  },
  {
    id: 'gate-arch',
    title: 'Architecture test (our reading of it)',
    command: `if ! (echo "$build" | grep -Eq "^x86_64") && (echo "$build" | grep -Eq "linux-gnu$"); then exit 0; fi`,
    explain:
      'Only x86-64 builds received the object; analyses sum this test up as "x86-64 Linux only". What it did to other builds is our reading of the script: it exits only for a non-x86-64 linux-gnu $build, and $build was read from config.status only if it starts with x86_64, so elsewhere it is empty and the test does not exit. In this simulation such a build goes on to have its Makefile and flags edited, and the merge of the x86-64 object fails at make time.',
    sources: ['freund', 'faq'],
    check(w) {
      const build = w.vars.build ?? '';
      const exits = !/^x86_64/.test(build) && /linux-gnu$/.test(build);
      if (exits) return fail(`$build='${build}' is not x86_64 but ends in linux-gnu`);
      return build
        ? pass(`$build='${build}' starts with x86_64`)
        : pass(
            `$build is empty: config.status says build='${w.facts.triplet}', but the script only reads lines starting build='x86_64. An empty string does not end in linux-gnu, so the test does not exit`,
          );
    },
  },
  crcSourcesGate('gate-crc-sources', '$srcdir/'),
  {
    id: 'gate-compiler',
    title: 'The compiler is gcc',
    command: `test "x$GCC" != 'xyes' && exit 0; test "x$CC" != 'xgcc' && exit 0`,
    explain:
      'Only gcc is accepted. autoconf sets GCC=yes for clang too (clang supports GNU C), so the script also demands that CC is exactly "gcc" — a prefixed cross compiler fails as well.',
    sources: ['freund', 'cox'],
    check: (w) =>
      w.vars.GCC === 'yes' && w.vars.CC === 'gcc'
        ? pass("GCC='yes' and CC='gcc'")
        : fail(`GCC='${w.vars.GCC}' but CC='${w.vars.CC}', not exactly 'gcc'`),
  },
  {
    id: 'gate-linker',
    title: 'The linker is GNU ld',
    command: `$LD -v 2>&1 | grep -qs 'GNU ld' || exit 0`,
    explain:
      'Only GNU ld is accepted. LLD identifies itself as "compatible with GNU linkers", which does not contain "GNU ld".',
    sources: ['freund', 'cox'],
    check: (w) =>
      w.facts.ldVersion.includes('GNU ld')
        ? pass(`$LD -v prints “${w.facts.ldVersion}”`)
        : fail(`$LD -v prints “${w.facts.ldVersion}”, which does not contain “GNU ld”`),
  },
  {
    id: 'gate-carriers',
    title: 'Both carrier files exist',
    command: `test -f $srcdir/${CARRIER_DIR}/$p && test -f $srcdir/${CARRIER_DIR}/$U || exit 0`,
    explain: `The next run (during make) needs ${GOOD_LARGE} and ${BAD_XZ} again.`,
    sources: ['freund'],
    check: (w) =>
      w.carriersPresent
        ? pass('both test files are in tests/files/')
        : fail('the test files are missing'),
  },
  {
    id: 'gate-package',
    title: 'This is a Debian or x86-64 RPM package build',
    command: `test -f "$srcdir/debian/rules" || test "x$RPM_ARCH" = "xx86_64" || exit 0`,
    explain:
      'A file test and an environment variable, nothing more: a Debian source tree (debian/rules present) or an x86-64 RPM build. So a developer running ./configure by hand in a plain checkout gets a clean build, but the same hand-run configure inside a Debian source tree is attacked too. Freund: this is "likely aimed at making it harder to reproduce the issue for investigators".',
    sources: ['freund'],
    check(w) {
      if (w.facts.debianRules) return pass('debian/rules exists (a Debian package build)');
      if (w.facts.rpmArch === 'x86_64') return pass('RPM_ARCH=x86_64 (an RPM package build)');
      if (w.facts.rpmArch)
        return fail(`RPM_ARCH=${w.facts.rpmArch}, not x86_64, and there is no debian/rules`);
      return fail('no debian/rules and no RPM_ARCH: a plain ./configure by hand');
    },
  },
  {
    id: 'gate-makefile',
    title: 'src/liblzma/Makefile has every line the edits anchor on',
    command: MAKEFILE_ANCHORS.map((anchor) => `grep -qs '${anchor}' src/liblzma/Makefile`).join(
      ' && ',
    ),
    explain:
      'Every edit inserts text next to a known automake line; all eight must be there before anything is edited.',
    sources: ['cox'],
    check(w) {
      const missing = MAKEFILE_ANCHORS.filter(
        (anchor) => !grepBasic(anchor, file(w, 'src/liblzma/Makefile')),
      );
      return missing.length === 0
        ? pass('all eight anchor lines are there')
        : fail(`missing: ${missing.join(', ')}`);
    },
  },
  {
    id: 'gate-libtool',
    title: 'libtool has the usual PIC flags',
    command: `grep -qs '${PIC_FLAG_ORIGINAL}' libtool || exit 0`,
    explain: 'The script will rewrite this line to add its own compiler flags.',
    sources: ['cox'],
    check: (w) =>
      file(w, 'libtool').includes(PIC_FLAG_ORIGINAL)
        ? pass(`libtool has ${PIC_FLAG_ORIGINAL}`)
        : fail('pic_flag line not found'),
  },
];

export const MAKE_GATES: GateDefinition[] = [
  crcSourcesGate('gate-make-crc-sources', '$top_srcdir/'),
  {
    id: 'gate-make-libtool',
    title: 'libtool still carries the edited flags',
    command: `grep -qs "$C" ../../libtool || exit 0`,
    explain: 'A check that the configure-time edits survived until make.',
    sources: ['cox'],
    check: (w) =>
      file(w, 'libtool').includes(PIC_FLAG_EDITED)
        ? pass(`../../libtool has ${PIC_FLAG_EDITED}`)
        : fail('the libtool edit is missing'),
  },
  {
    id: 'gate-make-link-flags',
    title: 'The library is linked with -z now, not lazily',
    command: `echo $liblzma_la_LINK | grep -qs -e "-z,now" -e "-z -Wl,now" && ! (echo $liblzma_la_LINK | grep -qs "lazy") || exit 0`,
    explain:
      'With immediate binding (-z now) every ifunc resolver runs at load time, while the tables the backdoor rewrites are still writable.',
    sources: ['cox', 'freund'],
    check(w) {
      const link = w.vars.liblzma_la_LINK ?? '';
      if (/lazy/.test(link)) return fail('the link line asks for lazy binding');
      return /-z,now|-z -Wl,now/.test(link)
        ? pass('the link line has -z,now')
        : fail('the link line has no -z,now');
    },
  },
];
