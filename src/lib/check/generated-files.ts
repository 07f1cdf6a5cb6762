/**
 * Files a release tarball made with `autoreconf -i`, `gettextize`/`autopoint` and `make dist`
 * carries that git usually does not. Each rule names the tool that writes the file, so a reader
 * can see why we call it expected. "Expected" means "usual for an Autotools release", not
 * "safe": generated files are long and rarely read, which is exactly why the xz attacker hid
 * the trigger among them. Every .m4 file is listed again in the m4 group with its serial line.
 */

export interface GeneratedRule {
  /** Shown next to the file in the report. */
  rule: string;
  test: (path: string) => boolean;
}

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const dir = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const named =
  (...names: string[]) =>
  (path: string) =>
    names.includes(base(path));

/** m4 macros libtool copies into m4/ (libtoolize). */
const LIBTOOL_M4 = ['libtool.m4', 'ltoptions.m4', 'ltsugar.m4', 'ltversion.m4', 'lt~obsolete.m4'];

/**
 * m4 macros gettext copies into m4/ (gettextize, autopoint). build-to-host.m4 is also one of
 * these since gettext 0.22, but it is deliberately left out: it is the file the xz attacker
 * doctored, so the check lists it as unexpected and asks the reader to compare it with
 * gettext's own copy.
 */
const GETTEXT_M4 = [
  'gettext.m4',
  'host-cpu-c-abi.m4',
  'iconv.m4',
  'intlmacosx.m4',
  'lib-ld.m4',
  'lib-link.m4',
  'lib-prefix.m4',
  'nls.m4',
  'po.m4',
  'progtest.m4',
];

/** Infrastructure gettext installs into po/ next to the translations. */
const GETTEXT_PO_FILES = [
  'Makefile.in.in',
  'Makevars.template',
  'Rules-quot',
  'boldquot.sed',
  'en@boldquot.header',
  'en@quot.header',
  'insert-header.sin',
  'quot.sed',
  'remove-potcdate.sin',
  'stamp-po',
];

export const GENERATED_RULES: readonly GeneratedRule[] = [
  { rule: 'autoconf output (configure)', test: (p) => base(p) === 'configure' },
  { rule: 'aclocal output', test: named('aclocal.m4') },
  { rule: 'autoheader output', test: named('config.h.in', 'config.h.in~') },
  { rule: 'automake output', test: (p) => base(p) === 'Makefile.in' },
  {
    rule: 'automake/libtool helper script in build-aux/',
    test: (p) => p.startsWith('build-aux/') && !p.endsWith('.m4'),
  },
  {
    rule: 'automake/libtool helper script',
    test: (p) =>
      !p.includes('/') &&
      [
        'ar-lib',
        'compile',
        'config.guess',
        'config.rpath',
        'config.sub',
        'depcomp',
        'install-sh',
        'ltmain.sh',
        'missing',
        'mkinstalldirs',
        'py-compile',
        'test-driver',
        'ylwrap',
      ].includes(p),
  },
  { rule: 'libtool m4 copy', test: named(...LIBTOOL_M4) },
  { rule: 'gettext m4 copy', test: named(...GETTEXT_M4) },
  { rule: 'compiled translation (msgfmt)', test: (p) => /^po[^/]*\/.*\.gmo$/.test(p) },
  { rule: 'translation template (xgettext)', test: (p) => /^po[^/]*\/[^/]+\.pot$/.test(p) },
  {
    rule: 'gettext po/ infrastructure',
    test: (p) => dir(p) === 'po' && GETTEXT_PO_FILES.includes(base(p)),
  },
  { rule: 'gettext notes (ABOUT-NLS)', test: (p) => p === 'ABOUT-NLS' },
  { rule: 'make dist ChangeLog from git log', test: (p) => p === 'ChangeLog' },
  {
    rule: 'generated manual page or documentation',
    test: (p) => /^(doc|man)\/.*\.(1|3|5|8|html|info|pdf|txt)$/.test(p),
  },
  { rule: 'automake stamp file', test: (p) => /(^|\/)stamp-h\d*\.in$/.test(p) },
];

/** The rule that calls `path` a generated file, or null when nothing does. */
export function generatedRuleFor(path: string): string | null {
  return GENERATED_RULES.find((candidate) => candidate.test(path))?.rule ?? null;
}
