/**
 * The report's groups in the order they deserve a look, each with why it matters and where the
 * same thing happened in xz (story chapter 4, and the simulation step that shows it).
 */

export interface GroupInfo {
  title: string;
  why: string;
  /** A story chapter id (content/chapters) and a simulation step id; the page builds the links. */
  chapter: string | null;
  step: string | null;
}

const CHAPTER_4 = '04-the-tarball-trick';

export const GROUPS = {
  unexpected: {
    title: 'Only in the tarball, not a usual generated file',
    why: 'Nothing in git explains these files. In xz 5.6.0 and 5.6.1 the trigger, m4/build-to-host.m4, existed only in the tarball.',
    chapter: CHAPTER_4,
    step: 'make-dist',
  },
  differing: {
    title: 'In both, but different',
    why: 'A release should package the tag as it is. A file that changed on the way is worth reading line by line.',
    chapter: CHAPTER_4,
    step: 'make-dist',
  },
  m4: {
    title: 'Every m4 file, with its serial line',
    why: 'configure is built from these macros, and aclocal keeps the copy with the higher serial. xz’s doctored build-to-host.m4 said serial 30 where gnulib’s said serial 3.',
    chapter: CHAPTER_4,
    step: 'make-dist',
  },
  testBinaries: {
    title: 'Binary files under test folders',
    why: 'Test data is rarely read. In xz the encrypted payload sat in tests/files/ as two “corrupt” test archives — those were in git too.',
    chapter: CHAPTER_4,
    step: 'stage1-decompress',
  },
  gitOnly: {
    title: 'Only in git',
    why: 'Missing files are usually left out on purpose (CI configuration, .gitignore). Check that none is a test or a check that the release quietly dropped.',
    chapter: null,
    step: null,
  },
  generated: {
    title: 'Only in the tarball: usual generated files',
    why: 'Autotools and gettext write these when the release is made. Expected — but long, rarely read, and where xz’s trigger hid among them.',
    chapter: CHAPTER_4,
    step: 'make-dist',
  },
  notices: {
    title: 'Skipped entries',
    why: 'Links, unsafe paths and oversized files are reported and never followed or unpacked.',
    chapter: null,
    step: null,
  },
} satisfies Record<string, GroupInfo>;

export type GroupId = keyof typeof GROUPS;
