import { describe, expect, it } from 'vitest';

import { createContext } from '../../../../src/lib/simulation/context.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { runReleaseAndSource } from '../../../../src/lib/simulation/release.ts';
import { TraceRecorder } from '../../../../src/lib/simulation/trace.ts';

/** The steps before any build: the tag, make dist, getting the source and ./configure. */
const releaseSteps = (change: Partial<Environment> = {}) => {
  const rec = new TraceRecorder();
  runReleaseAndSource(rec, createContext({ ...DEFAULT_ENVIRONMENT, ...change }, null));
  return rec.steps;
};
const stepOf = (change: Partial<Environment>, id: string) =>
  releaseSteps(change).find((s) => s.id === id);
const configure = (change: Partial<Environment> = {}) => stepOf(change, 'configure')!.command;

describe('the ./configure command the builder types', () => {
  it('is run by dpkg-buildpackage for the Debian package, with the build triplet', () => {
    expect(configure()).toBe(
      'dpkg-buildpackage -b   # debian/rules runs: ./configure --build=x86_64-linux-gnu --prefix=/usr',
    );
  });

  it('is run by rpmbuild with RPM_ARCH set for an RPM build', () => {
    expect(configure({ packageBuild: 'rpm', arch: 'aarch64' })).toBe(
      'rpmbuild -bb xz.spec   # RPM_ARCH=aarch64; %configure runs: ./configure --prefix=/usr',
    );
  });

  it('is typed by hand for a plain build, with a flag for every setting that leaves the default', () => {
    expect(
      configure({
        packageBuild: 'plain',
        shared: false,
        ifunc: false,
        compiler: 'clang',
        linker: 'lld',
      }),
    ).toBe(
      './configure --prefix=/usr --disable-shared --disable-ifunc CC=clang LD=/usr/bin/ld.lld',
    );
    expect(configure({ packageBuild: 'plain' })).toBe('./configure --prefix=/usr');
  });

  it('prints what configure checks, following the settings', () => {
    const usual = stepOf({}, 'configure')!.output;
    expect(usual).toContain('checking for gcc... gcc');
    expect(usual).toContain('checking if __attribute__((__ifunc__())) can be used... yes');
    expect(usual).toContain('checking whether to build shared libraries... yes');
    expect(usual).toContain('config.status: executing build-to-host commands');
    const other = stepOf(
      { source: 'git', arch: 'i686', compiler: 'clang', ifunc: false, shared: false },
      'configure',
    )!.output;
    expect(other).toEqual([
      'checking build system type... i686-pc-linux-gnu',
      'checking whether the compiler supports GNU C... yes',
      'checking whether to build shared libraries... no',
      'config.status: creating src/liblzma/Makefile',
      'config.status: creating config.h',
      'config.status: executing libtool commands',
      "✗ this configure has no build-to-host command: m4/build-to-host.m4 is gnulib's serial 3",
      'configure and make run as normal',
    ]);
  });

  it('passes the trigger on from a tarball and ends the chain for a build from git', () => {
    const tarball = stepOf({}, 'configure')!;
    expect(tarball.gate).toEqual({
      passed: true,
      reason: 'configure runs the build-to-host command from m4/build-to-host.m4 serial 30',
    });
    expect(tarball.explain).toMatch(/^Looks completely normal/);
    const git = stepOf({ source: 'git' }, 'configure')!;
    expect(git.gate).toEqual({
      passed: false,
      reason:
        "this configure has no build-to-host command: m4/build-to-host.m4 is gnulib's serial 3",
    });
    expect(git.output).not.toContain('config.status: executing build-to-host commands');
    expect(git.output.at(-1)).toBe('configure and make run as normal');
    expect(git.explain).toMatch(/no build-to-host command/);
  });
});

describe('how the builder gets the source', () => {
  it('unpacks the tarball, whose doctored m4 file lands in the build tree', () => {
    const step = stepOf({}, 'get-source')!;
    expect(step.title).toBe('The builder unpacks the release tarball');
    expect(step.command).toBe('tar xf xz-5.6.1.tar.gz && cd xz-5.6.1');
    expect(step.output).toEqual([
      'm4/build-to-host.m4 (serial 30) and a configure that already contains the trigger',
    ]);
    expect(step.touches).toEqual([
      { tree: 'build', path: 'm4/build-to-host.m4', change: 'created' },
    ]);
    expect(step.explain).toBe(
      'What most distributions did: build from the signed release tarball.',
    );
  });

  it('checks out the tag from git, with nothing doctored in the tree', () => {
    const step = stepOf({ source: 'git', version: '5.6.0' }, 'get-source')!;
    expect(step.title).toBe('The builder checks out the git tag');
    expect(step.command).toBe(
      'git clone https://github.com/tukaani-project/xz.git && git checkout v5.6.0',
    );
    expect(step.output).toEqual(['no configure yet: a git checkout has to be bootstrapped']);
    expect(step.explain).toMatch(/never existed in git/);
    expect(step.touches).toEqual([]);
  });

  it('bootstraps a git checkout with autogen.sh, which generates a configure without the trigger', () => {
    const step = stepOf({ source: 'git' }, 'autoreconf')!;
    expect(step.title).toMatch(/^autogen\.sh: autopoint/);
    expect(step.command).toMatch(/^\.\/autogen\.sh/);
    expect(step.output.join('\n')).toMatch(/no doctored m4\/build-to-host\.m4 exists here/);
    expect(step.touches.map((t) => `${t.change} ${t.path}`)).toEqual([
      'created m4/gettext.m4',
      'created configure',
    ]);
  });

  it('regenerates configure in a Debian build of the tarball, and the trigger survives', () => {
    const step = stepOf({}, 'autoreconf')!;
    expect(step.title).toBe('dh runs autoreconf -f -i — and the trigger survives');
    expect(step.command).toBe('dh build   # dh_autoreconf runs: autoreconf -f -i');
    expect(step.output.at(-1)).toBe('the regenerated configure has the trigger again');
  });

  it('runs autoreconf by hand when the builder asks for it outside Debian', () => {
    for (const packageBuild of ['rpm', 'deb', 'plain'] as const) {
      const step = stepOf({ source: 'tarball-autoreconf', packageBuild }, 'autoreconf')!;
      expect(step.title).toBe('autoreconf -f -i on the tarball — and the trigger survives');
      expect(step.command).toBe('autoreconf -f -i');
    }
  });

  it('does not regenerate anything in a plain or RPM build of the tarball', () => {
    for (const packageBuild of ['plain', 'rpm'] as const)
      expect(stepOf({ packageBuild }, 'autoreconf')).toBeUndefined();
  });
});

describe('the release itself', () => {
  it('names the tag and the tarball after the chosen version', () => {
    const [tag, dist] = releaseSteps({ version: '5.6.0' });
    expect(tag!.title).toBe('The git tag v5.6.0');
    expect(tag!.output).toEqual([
      'm4/build-to-host.m4 is not tracked: m4/.gitignore lists it, as it does the other files autoreconf copies in',
      'tests/files/ holds the two carriers among ordinary binary test files',
    ]);
    expect(dist!.output[0]).toMatch(/^xz-5\.6\.0\.tar\.gz: \d+ files from git, \d+ generated ones/);
    expect(dist!.output[1]).toBe(
      "m4/build-to-host.m4: # serial 30 (gnulib's is serial 3); baked into the generated configure",
    );
  });
});
