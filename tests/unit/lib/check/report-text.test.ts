import { describe, expect, it } from 'vitest';

import { compareRelease } from '../../../../src/lib/check/compare.ts';
import { GENERATED_RULES, generatedRuleFor } from '../../../../src/lib/check/generated-files.ts';
import { diffRListing, plainTextReport } from '../../../../src/lib/check/report-text.ts';
import { gitTree, OUR_M4, side, tarballTree } from './helpers.ts';

async function doctoredReport() {
  const tarball = tarballTree();
  tarball['m4/our-probe.m4'] = OUR_M4.replace('serial 2', 'serial 20');
  return compareRelease(
    side('sample-1.0.tar.gz', tarball, 'sample-1.0/'),
    side('sample-v1.0.tar.gz', gitTree(), 'sample-v1.0/'),
  );
}

describe('the plain-text report', () => {
  it('starts with both inputs and the verdict, then the groups in the order they deserve a look', async () => {
    const text = plainTextReport(await doctoredReport());
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Release check (compared in the browser; nothing was uploaded)',
      'Tarball: sample-1.0.tar.gz — 16 files, 494 bytes, top folder sample-1.0/',
      'Git: sample-v1.0.tar.gz — 7 files, 217 bytes, top folder sample-v1.0/',
      '',
      expect.stringMatching(
        /^Verdict: .*1 unexpected difference: m4\/our-probe\.m4 — look at it\.$/,
      ),
    ]);
    const order = [
      '## In both',
      '## Every m4 file',
      '## Binary files',
      '## Only in git',
      '## Only in the tarball: usual',
    ];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('    +# our-probe.m4 serial 20');
  });
});

describe('the diff -r listing', () => {
  it('says "Only in" for one-sided files and prints a unified diff for changed text', async () => {
    const listing = diffRListing(await doctoredReport());
    expect(listing).toContain('Only in sample-v1.0/.github/workflows: ci.yml');
    expect(listing).toContain('Only in sample-1.0/m4: libtool.m4');
    expect(listing).toContain('Only in sample-1.0: configure');
    expect(listing).toContain(
      'diff -ru sample-v1.0/m4/our-probe.m4 sample-1.0/m4/our-probe.m4\n--- sample-v1.0/m4/our-probe.m4',
    );
  });
});

describe('the documented list of generated files', () => {
  it.each([
    ['configure', 'autoconf output (configure)'],
    ['Makefile.in', 'automake output'],
    ['src/liblzma/Makefile.in', 'automake output'],
    ['aclocal.m4', 'aclocal output'],
    ['config.h.in', 'autoheader output'],
    ['build-aux/config.guess', 'automake/libtool helper script in build-aux/'],
    ['po/fr.gmo', 'compiled translation (msgfmt)'],
    ['m4/ltversion.m4', 'libtool m4 copy'],
    ['m4/lib-link.m4', 'gettext m4 copy'],
    ['po/Makefile.in.in', 'gettext po/ infrastructure'],
  ])('calls %s generated (%s)', (path, rule) => {
    expect(generatedRuleFor(path)).toBe(rule);
  });

  it.each([
    'm4/build-to-host.m4',
    'm4/our-probe.m4',
    'src/main.c',
    'tests/files/x.xz',
    'configure.ac',
    'build-aux/odd.m4',
  ])('does not call %s generated', (path) => {
    expect(generatedRuleFor(path)).toBeNull();
  });

  it('gives every rule a name a reader can understand', () => {
    expect(GENERATED_RULES.every((rule) => rule.rule.length > 8)).toBe(true);
  });
});
