import { describe, expect, it } from 'vitest';

import { generatedRuleFor } from '../../../../src/lib/check/generated-files.ts';

describe('which tarball-only files count as generated', () => {
  it.each([
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
  ])('calls %s at the top level an automake/libtool helper script', (path) => {
    expect(generatedRuleFor(path)).toBe('automake/libtool helper script');
  });

  it.each([
    ['po/xz.pot', 'translation template (xgettext)'],
    ['po4a/xz-man.pot', 'translation template (xgettext)'],
    ['po4a/de.gmo', 'compiled translation (msgfmt)'],
    ['po/Makevars.template', 'gettext po/ infrastructure'],
    ['po/stamp-po', 'gettext po/ infrastructure'],
    ['ABOUT-NLS', 'gettext notes (ABOUT-NLS)'],
    ['ChangeLog', 'make dist ChangeLog from git log'],
    ['doc/xz.1', 'generated manual page or documentation'],
    ['doc/api/index.html', 'generated manual page or documentation'],
    ['man/xz.8', 'generated manual page or documentation'],
    ['stamp-h.in', 'automake stamp file'],
    ['src/stamp-h1.in', 'automake stamp file'],
    ['m4/lt~obsolete.m4', 'libtool m4 copy'],
    ['m4/po.m4', 'gettext m4 copy'],
  ])('calls %s generated (%s)', (path, rule) => {
    expect(generatedRuleFor(path)).toBe(rule);
  });

  it.each([
    // A helper script is only usual at the top level or in build-aux/.
    'src/install-sh',
    'lib/config.sub',
    // Translations and templates only count in a po folder at the top.
    'src/po/de.gmo',
    'po/de.gmo.orig',
    'lib/po/xz.pot',
    'po/xz.pot.bak',
    'po/sub/xz.pot',
    // po/ infrastructure only in po/ itself, and only the files gettext installs.
    'po/README',
    'doc/Makevars.template',
    'src/ABOUT-NLS',
    'src/ChangeLog',
    'NEWS',
    'src/doc/xz.1',
    'doc/xz.1.in',
    'stamp-h.in.orig',
    'xstamp-h.in',
    'm4/libtool.m4.orig',
  ])('does not call %s generated', (path) => {
    expect(generatedRuleFor(path)).toBeNull();
  });
});
