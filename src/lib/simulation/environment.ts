/**
 * The builder's environment: what a distribution's build machine looks like when it builds
 * xz, and the facts stage 2 reads back out of config.status, config.h and the shell.
 */
import type { Version } from './constants.ts';

export const SOURCE_KINDS = ['tarball', 'tarball-autoreconf', 'git'] as const;
export const ARCHITECTURES = ['x86_64', 'aarch64', 'i686'] as const;
export const COMPILERS = ['gcc', 'clang'] as const;
export const LINKERS = ['gnu-ld', 'lld'] as const;
export const PACKAGE_BUILDS = ['deb', 'rpm', 'plain'] as const;
/** Run time: does the installed sshd load libsystemd (a distribution's sd_notify patch)? */
export const SSHD_BUILDS = ['sshd-libsystemd', 'sshd-upstream'] as const;
/** Run time: does libsystemd link liblzma, or load it only when needed (systemd PR 31550)? */
export const LIBSYSTEMD_LOADS = ['systemd-linked', 'systemd-dlopen'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Architecture = (typeof ARCHITECTURES)[number];
export type Compiler = (typeof COMPILERS)[number];
export type Linker = (typeof LINKERS)[number];
export type PackageBuild = (typeof PACKAGE_BUILDS)[number];
export type SshdBuild = (typeof SSHD_BUILDS)[number];
export type LibsystemdLoad = (typeof LIBSYSTEMD_LOADS)[number];

export interface Environment {
  version: Version;
  source: SourceKind;
  arch: Architecture;
  compiler: Compiler;
  linker: Linker;
  packageBuild: PackageBuild;
  shared: boolean;
  ifunc: boolean;
  /** The machine that later runs sshd with this liblzma installed. */
  sshd: SshdBuild;
  libsystemd: LibsystemdLoad;
  /** sshd started with LD_BIND_NOT=1 (Freund: the backdoor then did not appear to work). */
  bindNot: boolean;
}

/** The build Freund's report is about: a Debian package of the tarball on x86-64 with gcc. */
export const DEFAULT_ENVIRONMENT: Readonly<Environment> = Object.freeze({
  version: '5.6.1',
  source: 'tarball',
  arch: 'x86_64',
  compiler: 'gcc',
  linker: 'gnu-ld',
  packageBuild: 'deb',
  shared: true,
  ifunc: true,
  sshd: 'sshd-libsystemd',
  libsystemd: 'systemd-linked',
  bindNot: false,
});

const TRIPLETS: Record<Architecture, string> = {
  x86_64: 'x86_64-pc-linux-gnu',
  aarch64: 'aarch64-unknown-linux-gnu',
  i686: 'i686-pc-linux-gnu',
};

const GNU_LD_EMULATION: Record<Architecture, string> = {
  x86_64: 'elf_x86_64',
  aarch64: 'aarch64linux',
  i686: 'elf_i386',
};

/** Typical hardening flags: Debian adds RELRO only; Fedora-style RPM builds also bind now. */
const LDFLAGS: Record<PackageBuild, string> = {
  deb: '-Wl,-z,relro',
  rpm: '-Wl,-z,relro -Wl,--as-needed -Wl,-z,now',
  plain: '',
};

/** What configure writes down about this machine, and what the shell sees. */
export interface BuildFacts {
  triplet: string;
  cc: string;
  /** autoconf sets GCC=yes for any compiler that defines __GNUC__, clang included. */
  gcc: 'yes';
  ld: string;
  ldVersion: string;
  enableShared: 'yes' | 'no';
  ifuncDefined: boolean;
  rpmArch: string | null;
  debianRules: boolean;
  ldflags: string;
  uname: 'Linux';
  libraryName: string;
}

export function buildFacts(env: Environment): BuildFacts {
  return {
    triplet: TRIPLETS[env.arch],
    cc: env.compiler,
    gcc: 'yes',
    ld:
      env.linker === 'gnu-ld' ? `/usr/bin/ld -m ${GNU_LD_EMULATION[env.arch]}` : '/usr/bin/ld.lld',
    ldVersion:
      env.linker === 'gnu-ld'
        ? 'GNU ld (GNU Binutils) 2.42'
        : 'LLD 18.1.8 (compatible with GNU linkers)',
    enableShared: env.shared ? 'yes' : 'no',
    ifuncDefined: env.ifunc,
    rpmArch: env.packageBuild === 'rpm' ? env.arch : null,
    debianRules: env.packageBuild === 'deb',
    ldflags: LDFLAGS[env.packageBuild],
    uname: 'Linux',
    libraryName: env.shared ? `liblzma.so.${env.version}` : 'liblzma.a',
  };
}

export function sameEnvironment(a: Environment, b: Environment): boolean {
  return (Object.keys(DEFAULT_ENVIRONMENT) as Array<keyof Environment>).every(
    (key) => a[key] === b[key],
  );
}
