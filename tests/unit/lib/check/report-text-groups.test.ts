import { describe, expect, it } from 'vitest';

import { GROUPS } from '../../../../src/lib/check/groups.ts';
import { diffRListing, plainTextReport } from '../../../../src/lib/check/report-text.ts';
import { differingFile, emptyReport, sideSummary } from './report-shapes.ts';

const fullReport = () =>
  emptyReport({
    tarball: sideSummary({
      name: 'sample-1.0.tar.gz',
      prefix: 'sample-1.0/',
      files: 9,
      bytes: 1,
      notices: [{ path: 'sample-1.0/link', message: 'a symbolic link, not followed' }],
    }),
    git: sideSummary({
      name: 'ls-files.txt',
      files: 4,
      listingOnly: true,
      notices: [{ path: '../evil', message: 'a path outside the archive' }],
    }),
    unexpected: [{ path: 'm4/build-to-host.m4', size: 1, rule: null }],
    differing: [
      differingFile({
        path: 'm4/our-probe.m4',
        gitSize: 10,
        tarballSize: 12,
        diff: '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n\n',
      }),
      differingFile({
        path: 'po/de.gmo',
        binary: true,
        diffNote: 'binary file: compare sizes and hashes',
      }),
      differingFile({ path: 'NEWS', diffNote: null }),
    ],
    m4: [
      {
        path: 'm4/our-probe.m4',
        serial: '# serial 20',
        gitSerial: '# serial 2',
        status: 'differs',
        flagged: true,
      },
      { path: 'm4/plain.m4', serial: null, gitSerial: null, status: 'same', flagged: false },
    ],
    testBinaries: [
      { path: 'tests/files/a.bin', size: 2, sha256: 'cc', inGit: true },
      { path: 'tests/files/b.bin', size: 3, sha256: 'dd', inGit: false },
    ],
    gitOnly: ['.github/ci.yml'],
    generated: [{ path: 'configure', size: 5, rule: 'autoconf output (configure)' }],
    identical: 3,
    verdict: 'Look at it.',
  });

describe('the plain-text report, line by line', () => {
  it('prints every group with its count, its reason and one indented row per file', () => {
    expect(plainTextReport(fullReport())).toBe(
      [
        'Release check (compared in the browser; nothing was uploaded)',
        'Tarball: sample-1.0.tar.gz — 9 files, 1 byte, top folder sample-1.0/',
        'Git: ls-files.txt — 4 files (a listing: paths only)',
        '',
        'Verdict: Look at it.',
        '',
        `## ${GROUPS.unexpected.title} (1)`,
        GROUPS.unexpected.why,
        '  m4/build-to-host.m4  1 byte',
        '',
        `## ${GROUPS.differing.title} (3)`,
        GROUPS.differing.why,
        '  m4/our-probe.m4  git 10 bytes sha256 aa',
        '                   tarball 12 bytes sha256 bb',
        '    --- a',
        '    +++ b',
        '    @@ -1 +1 @@',
        '    -x',
        '    +y',
        '',
        '  po/de.gmo  git 1 byte sha256 aa',
        '             tarball 2 bytes sha256 bb',
        '    (binary file: compare sizes and hashes)',
        '',
        '  NEWS  git 1 byte sha256 aa',
        '        tarball 2 bytes sha256 bb',
        '',
        `## ${GROUPS.m4.title} (2)`,
        GROUPS.m4.why,
        '  ! m4/our-probe.m4  differs  # serial 20  (git: # serial 2)',
        '    m4/plain.m4  same  (no serial line)',
        '',
        `## ${GROUPS.testBinaries.title} (2)`,
        GROUPS.testBinaries.why,
        '  tests/files/a.bin  2 bytes  sha256 cc',
        '  tests/files/b.bin  3 bytes  sha256 dd  (tarball only)',
        '',
        `## ${GROUPS.gitOnly.title} (1)`,
        GROUPS.gitOnly.why,
        '  .github/ci.yml',
        '',
        `## ${GROUPS.generated.title} (1)`,
        GROUPS.generated.why,
        '  configure  5 bytes  (autoconf output (configure))',
        '',
        `## ${GROUPS.notices.title} (2)`,
        GROUPS.notices.why,
        '  sample-1.0/link: a symbolic link, not followed',
        '  ../evil: a path outside the archive',
        '',
        '3 files are the same on both sides.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out every empty group, so a clean report is just the sides, the verdict and the count', () => {
    expect(plainTextReport(emptyReport({ identical: 7 }))).toBe(
      [
        'Release check (compared in the browser; nothing was uploaded)',
        'Tarball: sample-1.0.tar.gz — 0 files, 0 bytes',
        'Git: sample-v1.0.tar.gz — 0 files, 0 bytes',
        '',
        'Verdict: V.',
        '',
        '7 files are the same on both sides.',
        '',
      ].join('\n'),
    );
  });
});

describe('the diff -r listing, line by line', () => {
  it('sorts every row by path and names each side by its top folder', () => {
    expect(diffRListing(fullReport())).toBe(
      [
        'Only in git/.github: ci.yml',
        'Files git/NEWS and sample-1.0/NEWS differ',
        'Only in sample-1.0: configure',
        'Only in sample-1.0/m4: build-to-host.m4',
        'diff -ru git/m4/our-probe.m4 sample-1.0/m4/our-probe.m4',
        '--- a',
        '+++ b',
        '@@ -1 +1 @@',
        '-x',
        '+y',
        'Binary files git/po/de.gmo and sample-1.0/po/de.gmo differ',
        '',
      ].join('\n'),
    );
  });

  it('calls a side without a top folder git/ or tarball/ and lists a top-level file in that folder', () => {
    const report = emptyReport({
      gitOnly: ['z-last', 'a-first'],
      unexpected: [{ path: 'extra', size: 1, rule: null }],
    });
    expect(diffRListing(report)).toBe(
      ['Only in git: a-first', 'Only in tarball: extra', 'Only in git: z-last', ''].join('\n'),
    );
  });

  it('prints nothing at all when the two sides hold the same files', () => {
    expect(diffRListing(emptyReport({ identical: 4 }))).toBe('');
  });
});
