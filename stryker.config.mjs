// StrykerJS over src/lib and scripts/lib (build-only engines), one area at a time (see scripts/mutate.mjs, `npm run mutate`).
// Sized for a shared two-core machine: one test runner, incremental, static mutants skipped.
const area = process.env.MUTATE_AREA ?? '**';
const name = process.env.MUTATE_AREA ?? 'all';
const withChecker = process.env.MUTATE_CHECKER !== 'off';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Mutants that do not type-check are dropped before any test runs.
  checkers: withChecker ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [`src/lib/${area}/**/*.ts`, `scripts/lib/${area}/**/*.ts`, '!src/lib/**/fixtures/**'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['json', 'html', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  tempDirName: 'reports/stryker-tmp',
  ignorePatterns: ['dist', 'reports', 'test-results', 'playwright-report', 'screenshots'],
  timeoutMS: 15000,
  thresholds: { high: 90, low: 80, break: null },
};
