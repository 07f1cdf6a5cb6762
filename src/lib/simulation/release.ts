/**
 * Before any build: the git tag, the maintainer's `make dist`, how the builder gets the source
 * (tarball, tarball + autoreconf, or git + autogen.sh), and ./configure itself.
 */
import { M4_SERIAL } from './constants.ts';
import type { RunContext } from './context.ts';
import { count } from './format.ts';
import type { TraceRecorder } from './trace.ts';
import { tarballVsGit } from './trees.ts';

const M4 = 'm4/build-to-host.m4';

function configureCommand(ctx: RunContext): string {
  const flags = [
    '--prefix=/usr',
    ...(ctx.env.shared ? [] : ['--disable-shared']),
    ...(ctx.env.ifunc ? [] : ['--disable-ifunc']),
    ...(ctx.env.compiler === 'gcc' ? [] : [`CC=${ctx.env.compiler}`]),
    ...(ctx.env.linker === 'gnu-ld' ? [] : ['LD=/usr/bin/ld.lld']),
  ].join(' ');
  if (ctx.env.packageBuild === 'deb')
    return `dpkg-buildpackage -b   # debian/rules runs: ./configure --build=${ctx.env.arch}-linux-gnu ${flags}`;
  if (ctx.env.packageBuild === 'rpm')
    return `rpmbuild -bb xz.spec   # RPM_ARCH=${ctx.env.arch}; %configure runs: ./configure ${flags}`;
  return `./configure ${flags}`;
}

export function runReleaseAndSource(rec: TraceRecorder, ctx: RunContext): void {
  const v = ctx.env.version;
  const lists = tarballVsGit();
  rec.add({
    id: 'git-tag',
    phase: 'release',
    title: `The git tag v${v}`,
    command: `git clone https://github.com/tukaani-project/xz.git && git checkout v${v}`,
    output: [
      `${M4} is not tracked: m4/.gitignore lists it, as it does the other files autoreconf copies in`,
      'tests/files/ holds the two carriers among ordinary binary test files',
    ],
    explain:
      'Everything in git is inert: two binary “test files” and legitimate-looking ifunc CRC code. Reviewing the repository shows nothing that runs.',
    touches: [{ tree: 'git', path: 'm4/.gitignore', change: 'read' }],
    sources: ['lasse', 'freund'],
  });
  rec.add({
    id: 'make-dist',
    phase: 'release',
    title: 'make dist on the maintainer’s machine',
    command: `./autogen.sh && ./configure && make dist   # with a hand-edited ${M4} in m4/`,
    output: [
      `xz-${v}.tar.gz: ${count(lists.inBoth)} files from git, ${count(lists.onlyInTarball.length)} generated ones only in the tarball (in this selection)`,
      `${M4}: # serial ${M4_SERIAL.doctored} (gnulib's is serial ${M4_SERIAL.gnulib}); baked into the generated configure`,
    ],
    explain:
      'Release tarballs contain generated files (configure, Makefile.in, m4/*.m4 …) so users need no autotools. This one was made and signed by the attacker; its generated configure carries the trigger.',
    touches: [
      { tree: 'tarball', path: M4, change: 'created' },
      { tree: 'tarball', path: 'configure', change: 'created' },
    ],
    sources: ['freund', 'lasse'],
  });

  const source = ctx.env.source;
  rec.add({
    id: 'get-source',
    phase: 'source',
    title:
      source === 'git'
        ? 'The builder checks out the git tag'
        : 'The builder unpacks the release tarball',
    command:
      source === 'git'
        ? `git clone https://github.com/tukaani-project/xz.git && git checkout v${v}`
        : `tar xf xz-${v}.tar.gz && cd xz-${v}`,
    output:
      source === 'git'
        ? ['no configure yet: a git checkout has to be bootstrapped']
        : [
            `${M4} (serial ${M4_SERIAL.doctored}) and a configure that already contains the trigger`,
          ],
    explain:
      source === 'git'
        ? 'Building from the tag: the doctored m4 file never existed in git.'
        : 'What most distributions did: build from the signed release tarball.',
    touches: source === 'git' ? [] : [{ tree: 'build', path: M4, change: 'created' }],
  });
  // Debian's dh runs autoreconf -f -i on every autotools package, so a Debian build regenerates
  // configure even from the tarball (Guillem Jover, debian-devel, 2024-03-30).
  const debianRegenerates = source === 'tarball' && ctx.env.packageBuild === 'deb';
  if (source === 'git') {
    rec.add({
      id: 'autoreconf',
      phase: 'source',
      title: 'autogen.sh: autopoint copies the build machine’s gettext m4 files',
      command:
        './autogen.sh   # autopoint -f; libtoolize; aclocal -I m4; autoconf; autoheader; automake',
      output: [
        'autopoint -f: m4/gettext.m4 and its helpers come from the gettext installed on this machine',
        `no doctored ${M4} exists here to compete with; configure is generated without the trigger`,
      ],
      explain:
        'A git checkout has no configure and no gettext m4 files: autopoint brings the build machine’s own copies. With a gettext that uses build-to-host.m4, that is gnulib’s clean serial 3; with an older one, none at all.',
      touches: [
        { tree: 'build', path: 'm4/gettext.m4', change: 'created' },
        { tree: 'build', path: 'configure', change: 'created' },
      ],
      sources: ['jover', 'serials'],
    });
  } else if (source === 'tarball-autoreconf' || debianRegenerates) {
    rec.add({
      id: 'autoreconf',
      phase: 'source',
      title: debianRegenerates
        ? 'dh runs autoreconf -f -i — and the trigger survives'
        : 'autoreconf -f -i on the tarball — and the trigger survives',
      command: debianRegenerates
        ? 'dh build   # dh_autoreconf runs: autoreconf -f -i'
        : 'autoreconf -f -i',
      output: [
        'm4/gettext.m4 in the tarball comes from gettext 0.22.4; Debian has gettext 0.21: the tarball’s copy has the higher serial, so aclocal keeps it, --force or not',
        'that gettext.m4 calls gl_BUILD_TO_HOST, the doctored macro; Debian’s gettext 0.21 would not have pulled build-to-host.m4 in at all',
        `${M4} is serial ${M4_SERIAL.doctored}: even a newer gettext (serial ${M4_SERIAL.gnulib}) would not replace it`,
        'the regenerated configure has the trigger again',
      ],
      explain:
        'Regenerating configure did not help. autoreconf -f -i still keeps an m4 file whose #serial is higher than the system’s copy. Guillem Jover traced it: the tarball’s gettext.m4 outranks Debian’s and calls the doctored macro; build-to-host.m4’s serial 30 outranks gnulib’s 3.',
      touches: [
        { tree: 'build', path: 'm4/gettext.m4', change: 'read' },
        { tree: 'build', path: M4, change: 'read' },
        { tree: 'build', path: 'configure', change: 'created' },
      ],
      sources: ['jover', 'serials'],
    });
  }

  const trigger = ctx.doctoredConfigure;
  rec.gate(
    {
      id: 'configure',
      phase: 'configure',
      title: './configure',
      command: configureCommand(ctx),
      before: [
        `checking build system type... ${ctx.facts.triplet}`,
        // With CC preset (CC=clang) autoconf does not search for a compiler.
        ...(ctx.env.compiler === 'gcc' ? ['checking for gcc... gcc'] : []),
        'checking whether the compiler supports GNU C... yes',
        ...(ctx.env.ifunc ? ['checking if __attribute__((__ifunc__())) can be used... yes'] : []),
        `checking whether to build shared libraries... ${ctx.env.shared ? 'yes' : 'no'}`,
        'config.status: creating src/liblzma/Makefile',
        'config.status: creating config.h',
        'config.status: executing libtool commands',
        ...(trigger ? ['config.status: executing build-to-host commands'] : []),
      ],
      explain: trigger
        ? 'Looks completely normal. The last line is the doctored macro’s AC_CONFIG_COMMANDS: it evaluates the stage-0 command and pipes its output into the shell.'
        : 'Looks the same — but this configure has no build-to-host command, so nothing hidden runs. The chain ends here.',
      touches: [
        { tree: 'build', path: 'config.status', change: 'created' },
        { tree: 'build', path: 'config.h', change: 'created' },
        { tree: 'build', path: 'libtool', change: 'created' },
        { tree: 'build', path: 'src/liblzma/Makefile', change: 'created' },
      ],
      sources: ['freund', 'cox'],
    },
    trigger
      ? {
          passed: true,
          reason: `configure runs the build-to-host command from ${M4} serial ${M4_SERIAL.doctored}`,
        }
      : {
          passed: false,
          reason: `this configure has no build-to-host command: ${M4} is gnulib's serial ${M4_SERIAL.gnulib}`,
        },
    ['configure and make run as normal'],
  );
}
