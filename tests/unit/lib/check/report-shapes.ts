/** Hand-made reports for the text renderers: every group filled, so each line can be read exactly. */
import type { CheckReport, DifferingFile, SideSummary } from '../../../../src/lib/check/types.ts';

export const sideSummary = (overrides: Partial<SideSummary> = {}): SideSummary => ({
  name: 'side.tar.gz',
  prefix: '',
  files: 0,
  bytes: 0,
  listingOnly: false,
  notices: [],
  ...overrides,
});

export const differingFile = (overrides: Partial<DifferingFile> = {}): DifferingFile => ({
  path: 'README',
  binary: false,
  gitSize: 1,
  tarballSize: 2,
  gitSha256: 'aa',
  tarballSha256: 'bb',
  diff: null,
  diffNote: null,
  ...overrides,
});

export const emptyReport = (overrides: Partial<CheckReport> = {}): CheckReport => ({
  tarball: sideSummary({ name: 'sample-1.0.tar.gz' }),
  git: sideSummary({ name: 'sample-v1.0.tar.gz' }),
  unexpected: [],
  differing: [],
  m4: [],
  testBinaries: [],
  gitOnly: [],
  generated: [],
  identical: 0,
  level: 'clean',
  verdict: 'V.',
  ...overrides,
});
