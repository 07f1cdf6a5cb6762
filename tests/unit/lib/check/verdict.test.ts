import { describe, expect, it } from 'vitest';

import type { M4File } from '../../../../src/lib/check/types.ts';
import { verdictFor, type VerdictInput } from '../../../../src/lib/check/verdict.ts';
import { differingFile } from './report-shapes.ts';

const input = (overrides: Partial<VerdictInput> = {}): VerdictInput => ({
  generated: [],
  unexpected: [],
  differing: [],
  m4: [],
  testBinaries: [],
  gitOnly: [],
  listingOnly: false,
  notices: 0,
  ...overrides,
});

const unexpected = (...paths: string[]) => paths.map((path) => ({ path, size: 1, rule: null }));
const tarballOnlyM4 = (path: string): M4File => ({
  path,
  serial: null,
  gitSerial: null,
  status: 'tarball-only',
  flagged: true,
});

describe('the verdict line', () => {
  it('mentions only the generated count when nothing else is there', () => {
    expect(verdictFor(input())).toEqual({
      level: 'clean',
      verdict:
        '0 generated files; no unexpected difference: every other file matches git byte for byte.',
    });
  });

  it('names one unexpected file and asks to look at it', () => {
    expect(verdictFor(input({ unexpected: unexpected('m4/build-to-host.m4') })).verdict).toBe(
      '0 generated files; 1 unexpected difference: m4/build-to-host.m4 — look at it.',
    );
  });

  it('joins two names with "and", three with a comma before', () => {
    expect(verdictFor(input({ unexpected: unexpected('a', 'b') })).verdict).toMatch(
      /: a and b — look at them\.$/,
    );
    expect(verdictFor(input({ unexpected: unexpected('a', 'b', 'c') })).verdict).toMatch(
      /: a, b and c — look at them\.$/,
    );
  });

  it('names the first three of many and counts the rest', () => {
    const verdict = verdictFor(
      input({
        unexpected: unexpected('a', 'b', 'c', 'd'),
        differing: [differingFile({ path: 'e' })],
      }),
    ).verdict;
    expect(verdict).toBe(
      '0 generated files; 5 unexpected differences: a, b, c and 2 more — look at them.',
    );
  });

  it('counts tarball-only m4 copies but not an aclocal.m4 in any folder, nor one already named as unexpected', () => {
    const verdict = verdictFor(
      input({
        unexpected: unexpected('m4/build-to-host.m4'),
        m4: [
          tarballOnlyM4('sub/aclocal.m4'),
          tarballOnlyM4('m4/build-to-host.m4'),
          tarballOnlyM4('m4/libtool.m4'),
        ],
      }),
    ).verdict;
    expect(verdict).toBe(
      '0 generated files, 1 m4 copy only in the tarball; 1 unexpected difference: m4/build-to-host.m4 — look at it.',
    );
  });

  it('counts test binaries, files git alone has and skipped entries, in the singular for one', () => {
    const one = verdictFor(
      input({
        testBinaries: [{ path: 'tests/x', size: 1, sha256: 'a', inGit: true }],
        gitOnly: ['.gitignore'],
        notices: 1,
      }),
    ).verdict;
    expect(one).toBe(
      '0 generated files, 1 binary test file, 1 file missing from the tarball, 1 skipped entry; no unexpected difference: every other file matches git byte for byte.',
    );
    expect(verdictFor(input({ notices: 2 })).verdict).toMatch(
      /^0 generated files, 2 skipped entries;/,
    );
  });

  it('calls a listing with nothing unexpected incomplete, not clean', () => {
    expect(verdictFor(input({ listingOnly: true }))).toEqual({
      level: 'incomplete',
      verdict:
        '0 generated files; nothing unexpected by name, but the git side is a listing, so no contents were compared.',
    });
  });
});
