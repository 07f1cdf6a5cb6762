/**
 * The three file trees: the git tag, the release tarball made by `make dist` on the
 * maintainer's machine, and what the builder starts from. Real paths, but a selection: the
 * real trees hold several hundred files.
 */
import { BAD_XZ, CARRIER_DIR, GOOD_LARGE, M4_SERIAL } from './constants.ts';
import type { SourceKind } from './environment.ts';
import { byPath } from './path-order.ts';

/** git = tracked in git; generated = tarball-only output of the autotools; modified = tarball-only and doctored. */
export type Origin = 'git' | 'generated' | 'modified';

export interface TreeFile {
  path: string;
  origin: Origin;
  binaryTest?: boolean;
  /** `# serial N` for m4 files where it matters. */
  serial?: number;
  note?: string;
}

const TEST_FILES = [
  'README',
  'good-0-empty.xz',
  'good-0pad-empty.xz',
  'good-1-check-crc32.xz',
  'good-1-check-crc64.xz',
  'good-1-check-sha256.xz',
  'good-2-lzma2.xz',
  'bad-1-check-crc32.xz',
  'bad-1-check-crc64.xz',
  'bad-1-lzma2-1.xz',
  'bad-2-compressed_data_padding.xz',
  BAD_XZ,
  'good-unknown_size-with_eopm.lzma',
  GOOD_LARGE,
];

const GIT_PATHS = [
  '.gitignore',
  'AUTHORS',
  'CMakeLists.txt',
  'COPYING',
  'COPYING.0BSD',
  'Makefile.am',
  'NEWS',
  'README',
  'autogen.sh',
  'configure.ac',
  'build-aux/manconv.sh',
  'build-aux/version.sh',
  'm4/.gitignore',
  'm4/ax_pthread.m4',
  'm4/getopt.m4',
  'm4/posix-shell.m4',
  'm4/tuklib_common.m4',
  'm4/tuklib_cpucores.m4',
  'm4/visibility.m4',
  'po/LINGUAS',
  'po/Makevars',
  'po/POTFILES.in',
  'src/liblzma/Makefile.am',
  'src/liblzma/api/lzma.h',
  'src/liblzma/check/Makefile.inc',
  'src/liblzma/check/check.c',
  'src/liblzma/check/crc32_arm64.h',
  'src/liblzma/check/crc32_fast.c',
  'src/liblzma/check/crc64_fast.c',
  'src/liblzma/check/crc_common.h',
  'src/liblzma/check/crc_x86_clmul.h',
  'src/xz/Makefile.am',
  'src/xz/main.c',
  'tests/Makefile.am',
  'tests/test_check.c',
  'tests/test_files.sh',
  ...TEST_FILES.map((name) => `${CARRIER_DIR}/${name}`),
];

/** Files git has that `make dist` does not ship. */
const GIT_ONLY = new Set(['.gitignore', 'm4/.gitignore']);

/** gettext's and libtool's m4 files: ignored by m4/.gitignore, copied in by autoreconf. */
const BOOTSTRAP_M4 = [
  'm4/build-to-host.m4',
  'm4/gettext.m4',
  'm4/host-cpu-c-abi.m4',
  'm4/iconv.m4',
  'm4/lib-link.m4',
  'm4/lib-prefix.m4',
  'm4/libtool.m4',
  'm4/ltoptions.m4',
  'm4/nls.m4',
  'm4/po.m4',
  'm4/progtest.m4',
];

const GENERATED = [
  'aclocal.m4',
  'config.h.in',
  'configure',
  'Makefile.in',
  'build-aux/config.guess',
  'build-aux/config.rpath',
  'build-aux/config.sub',
  'build-aux/depcomp',
  'build-aux/install-sh',
  'build-aux/ltmain.sh',
  'build-aux/missing',
  'build-aux/test-driver',
  ...BOOTSTRAP_M4,
  'po/Makefile.in.in',
  'po/xz.pot',
  'src/liblzma/Makefile.in',
  'src/xz/Makefile.in',
  'tests/Makefile.in',
];

const isBinaryTest = (path: string) =>
  path.startsWith(`${CARRIER_DIR}/`) && /\.(xz|lzma|lz)$/.test(path);

/** The git tag's files; a few dozen paths, so it is cheap to build on each call. */
export function gitTree(): TreeFile[] {
  return GIT_PATHS.map((path) => ({
    path,
    origin: 'git' as const,
    binaryTest: isBinaryTest(path) || undefined,
  })).sort(byPath);
}

/** `make dist` on the maintainer's machine, with the doctored m4 file in place (or gnulib's). */
export function tarballTree(options: { doctored: boolean } = { doctored: true }): TreeFile[] {
  const shipped = gitTree().filter((file) => !GIT_ONLY.has(file.path));
  const generated = GENERATED.map((path): TreeFile => {
    if (path === 'm4/build-to-host.m4') {
      return options.doctored
        ? {
            path,
            origin: 'modified',
            serial: M4_SERIAL.doctored,
            note: 'gnulib file edited by hand: the trigger',
          }
        : {
            path,
            origin: 'generated',
            serial: M4_SERIAL.gnulib,
            note: 'from gnulib (via gettext)',
          };
    }
    if (path === 'configure') {
      return {
        path,
        origin: options.doctored ? 'modified' : 'generated',
        note: options.doctored ? 'generated, with the m4 trigger baked in' : undefined,
      };
    }
    return { path, origin: 'generated' };
  });
  return [...shipped, ...generated].sort(byPath);
}

/** What the builder has before ./configure, for each kind of source. */
export function sourceTree(source: SourceKind): TreeFile[] {
  if (source === 'tarball') return tarballTree();
  if (source === 'tarball-autoreconf') return tarballTree(); // aclocal keeps the higher serial: 30
  // A git checkout has no configure: ./autogen.sh generates it, with the system's gnulib m4.
  const generated = tarballTree({ doctored: false }).filter((file) => file.origin !== 'git');
  return [...gitTree(), ...generated].sort(byPath);
}

export interface FileListDiff {
  onlyInGit: string[];
  onlyInTarball: string[];
  inBoth: number;
}

export function diffFileLists(git: TreeFile[], tarball: TreeFile[]): FileListDiff {
  const gitPaths = new Set(git.map((f) => f.path));
  const tarPaths = new Set(tarball.map((f) => f.path));
  return {
    onlyInGit: [...gitPaths].filter((p) => !tarPaths.has(p)).sort(),
    onlyInTarball: [...tarPaths].filter((p) => !gitPaths.has(p)).sort(),
    inBoth: [...gitPaths].filter((p) => tarPaths.has(p)).length,
  };
}

/**
 * The allow-list a tarball-vs-git file-list check uses (curl's distfiles.sh works this way):
 * files that autotools generate may appear only in the tarball.
 */
const EXPECTED_TARBALL_ONLY = [
  /^configure$/,
  /^aclocal\.m4$/,
  /(^|\/)Makefile\.in(\.in)?$/,
  /^config\.h\.in$/,
  /^build-aux\//,
  /^m4\/[^/]+\.m4$/,
  /^po\//,
];

export const isExpectedTarballOnly = (path: string) =>
  EXPECTED_TARBALL_ONLY.some((pattern) => pattern.test(path));

/** A tarball (the release, unless given) against the git tag, and the tarball-only files the allow-list does not expect. */
export function tarballVsGit(
  tarball: TreeFile[] = tarballTree(),
): FileListDiff & { unexpected: string[] } {
  const lists = diffFileLists(gitTree(), tarball);
  return {
    ...lists,
    unexpected: lists.onlyInTarball.filter((path) => !isExpectedTarballOnly(path)),
  };
}

export interface TreeNode {
  name: string;
  path: string;
  file?: TreeFile;
  children: TreeNode[];
}

/** Directories first, then names in code-point order (not the reader's locale). */
export const treeOrder = (a: TreeNode, b: TreeNode): number =>
  Number(!!a.file) - Number(!!b.file) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Nests a flat list into directories, directories first. */
export function nestTree(files: TreeFile[]): TreeNode {
  const root: TreeNode = { name: '', path: '', children: [] };
  for (const file of files) {
    const parts = file.path.split('/');
    let node = root;
    parts.forEach((name, i) => {
      const path = parts.slice(0, i + 1).join('/');
      // Within one folder a name is a file or a folder, never both.
      let child = node.children.find((c) => c.name === name);
      if (!child) {
        child = { name, path, children: [], file: i === parts.length - 1 ? file : undefined };
        node.children.push(child);
      }
      node = child;
    });
  }
  const sort = (node: TreeNode) => {
    node.children.sort(treeOrder);
    node.children.forEach(sort);
  };
  sort(root);
  return root;
}
