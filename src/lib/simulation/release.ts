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
  if (source !== 'tarball') {
    const keeps = source === 'tarball-autoreconf';
    rec.add({
      id: 'autoreconf',
      phase: 'source',
      title: keeps
        ? 'autoreconf on the tarball keeps serial 30'
        : 'autogen.sh copies in gnulib’s clean serial 3',
      command: keeps ? 'autoreconf -fi' : './autogen.sh   # runs autoreconf -fi',
      output: keeps
        ? [
            `aclocal: ${M4} in the tree is serial ${M4_SERIAL.doctored}; the system's copy is serial ${M4_SERIAL.gnulib}`,
            'the higher serial wins: the doctored file stays, and the regenerated configure has the trigger again',
          ]
        : [
            `aclocal: copies ${M4} serial ${M4_SERIAL.gnulib} from the system's gettext`,
            'configure is generated without the trigger',
          ],
      explain: keeps
        ? 'Regenerating configure does not help when the doctored macro is still in m4/: aclocal --install keeps whichever copy has the higher #serial, and 30 > 3.'
        : 'With no doctored copy to compete with, autoreconf takes the clean macro from the build machine.',
      touches: [
        { tree: 'build', path: M4, change: keeps ? 'read' : 'created' },
        { tree: 'build', path: 'configure', change: 'created' },
      ],
      sources: ['serials'],
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
