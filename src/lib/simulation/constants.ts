/**
 * Public constants of the two backdoored releases, from the analyses cited on the page
 * (Freund's injected.txt, Russ Cox, Gynvael Coldwind). No payload bytes, no key material.
 */
import { type CarveLayout, carveLayout } from './transforms/head-carve.ts';

export const VERSIONS = ['5.6.0', '5.6.1'] as const;
export type Version = (typeof VERSIONS)[number];

export interface VersionConstants {
  version: Version;
  released: string;
  /** Sizes of the real files in the real tarball, for comparison with our stand-ins. */
  realBadXzBytes: number;
  realGoodLargeBytes: number;
  carve: CarveLayout;
  /** `tail -c +T`: T − 1 bytes are dropped. */
  tailPlus: number;
  /** Stage 1's substitution key: SET1 of `tr SET1 "\0-\377"`. */
  trKey: string;
  rc4WarmUpRounds: number;
  /** `head -c +W`: the object file's size. */
  objectBytes: number;
  stage1UnameChecks: number;
  stage2NoOpUnameLine: boolean;
  extensionHooks: boolean;
}

export const VERSION_CONSTANTS: Record<Version, VersionConstants> = {
  '5.6.0': {
    version: '5.6.0',
    released: '2024-02-24',
    realBadXzBytes: 484,
    realGoodLargeBytes: 35_430,
    carve: carveLayout(724),
    tailPlus: 31_265,
    trKey: '\\5-\\51\\204-\\377\\52-\\115\\132-\\203\\0-\\4\\116-\\131',
    rc4WarmUpRounds: 4096,
    objectBytes: 88_792,
    stage1UnameChecks: 0,
    stage2NoOpUnameLine: false,
    extensionHooks: false,
  },
  '5.6.1': {
    version: '5.6.1',
    released: '2024-03-09',
    realBadXzBytes: 512,
    realGoodLargeBytes: 35_421,
    carve: carveLayout(939),
    tailPlus: 31_233,
    trKey: '\\114-\\321\\322-\\377\\35-\\47\\14-\\34\\0-\\13\\50-\\113',
    rc4WarmUpRounds: 8192,
    objectBytes: 88_664,
    stage1UnameChecks: 5,
    stage2NoOpUnameLine: true,
    extensionHooks: true,
  },
};

/** SET2 of the substitution: all bytes in order. */
export const TR_IDENTITY_SET = '\\0-\\377';

/** Stage 0's filter (gl_path_map): swaps TAB↔SPACE and -↔_. */
export const STAGE0_SWAP = { set1: '\\t \\-_', set2: ' \\t_\\-' } as const;

export const CARRIER_DIR = 'tests/files';
export const BAD_XZ = 'bad-3-corrupt_lzma2.xz';
export const GOOD_LARGE = 'good-large_compressed.lzma';
export const OBJECT_NAME = 'liblzma_la-crc64-fast.o';
export const MARKER_GREP = 'grep -aErls "#{4}[[:alnum:]]{5}#{4}$" $srcdir/';
export const HELLO = '####Hello####';
export const WORLD = '####World####';

/** Stage 2's variables (Freund's injected.txt). */
export const STAGE2_VARS = {
  P: '-fPIC -DPIC -fno-lto -ffunction-sections -fdata-sections',
  C: 'pic_flag=" $P"',
  O: '^pic_flag=" -fPIC -DPIC"$',
  R: 'is_arch_extension_supported',
  x: '__get_cpuid(',
  p: GOOD_LARGE,
  U: BAD_XZ,
} as const;

export const PIC_FLAG_ORIGINAL = 'pic_flag=" -fPIC -DPIC"';
export const PIC_FLAG_EDITED = `pic_flag=" ${STAGE2_VARS.P}"`;

/** 5.6.1's extension hooks: fixed 6-byte markers searched in tests/files; none shipped. */
export const EXTENSION_MARKERS = {
  configure: ['~!:_ W', '|_!{ -'],
  make: ['jV!.^%', '%.R.1Z'],
} as const;

/** Branch B's size selection reads this string from m4/gettext.m4; the shipped file lacks it. */
export const GETTEXT_PROBE = 'dnl Convert it to C string syntax.';

export const M4_SERIAL = { doctored: 30, gnulib: 3 } as const;

/** Where the public analyses live; the page links them next to every claim. */
export const SOURCES = {
  freund: {
    label: 'Andres Freund, oss-security, 2024-03-29',
    url: 'https://www.openwall.com/lists/oss-security/2024/03/29/4',
  },
  cox: {
    label: 'Russ Cox, “The xz attack shell script”',
    url: 'https://research.swtch.com/xz-script',
  },
  gynvael: {
    label: 'Gynvael Coldwind, “xz/liblzma: Bash-stage Obfuscation Explained”',
    url: 'https://gynvael.coldwind.pl/?lang=en&id=782',
  },
  faq: {
    label: 'Sam James, xz-utils backdoor FAQ',
    url: 'https://gist.github.com/thesamesam/223949d5a074ebc3dce9ee78baad9e27',
  },
  lasse: { label: 'Lasse Collin, XZ Utils backdoor page', url: 'https://tukaani.org/xz-backdoor/' },
  serials: {
    label: 'Automake manual, “Serial Numbers”',
    url: 'https://www.gnu.org/software/automake/manual/html_node/Serials.html',
  },
  gnulib: {
    label: 'gnulib m4/build-to-host.m4 (serial 3)',
    url: 'https://git.savannah.gnu.org/cgit/gnulib.git/log/m4/build-to-host.m4',
  },
  slsa: {
    label: 'SLSA v1.0 threats: (C) build from modified source',
    url: 'https://slsa.dev/spec/v1.0/threats',
  },
  xzbot: {
    label: 'Anthony Weems, xzbot README',
    url: 'https://github.com/amlweems/xzbot',
  },
  arch: {
    label: 'Arch Linux news, 2024-03-29',
    url: 'https://archlinux.org/news/the-xz-package-has-been-backdoored/',
  },
  systemdDlopen: {
    label: 'systemd pull request 31550 (dlopen compression libraries)',
    url: 'https://github.com/systemd/systemd/pull/31550',
  },
  jover: {
    label: 'Guillem Jover, debian-devel, 2024-03-30',
    url: 'https://lists.debian.org/debian-devel/2024/03/msg00367.html',
  },
  haible: {
    label: 'Bruno Haible, automake list, on checking m4 files against upstream',
    url: 'https://www.mail-archive.com/automake@gnu.org/msg20810.html',
  },
  bachmeyer: {
    label: 'Jacob Bachmeyer, bug-standards list, 2024-04-01',
    url: 'https://lists.libreplanet.org/archive/html/bug-standards/2024-04/msg00017.html',
  },
} as const;
export type SourceId = keyof typeof SOURCES;
