import { existsSync } from 'node:fs';

// StrykerJS over src/lib and scripts/lib (build-only engines), one area at a time (see scripts/mutate.mjs, `npm run mutate`).
// Sized for a shared two-core machine: one test runner, incremental, static mutants skipped.
// MUTATE_AREA is an area (`simulation`), or a part of one (scripts/mutate.mjs): `simulation/transforms`
// is that sub-folder, `simulation/controls` that one file, `simulation/root` the area's files
// outside its sub-folders.
const [area, part] = (process.env.MUTATE_AREA ?? '**').split('/');
const isFolder = (root) => part !== undefined && existsSync(`${root}/${area}/${part}`);
const within = (root) =>
  part === undefined
    ? '**/*.ts'
    : part === 'root'
      ? '*.ts'
      : isFolder(root)
        ? `${part}/**/*.ts`
        : `${part}.ts`;
const name = process.env.MUTATE_AREA?.replace('/', '--') ?? 'all';
const withChecker = process.env.MUTATE_CHECKER !== 'off';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Mutants that do not type-check are dropped before any test runs.
  checkers: withChecker ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    `src/lib/${area}/${within('src/lib')}`,
    `scripts/lib/${area}/${within('scripts/lib')}`,
    '!src/lib/**/fixtures/**',
  ],
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
  // A part may ask for less (MUTATE_TIMEOUT_MS, see SETTINGS in scripts/mutate.mjs).
  timeoutMS: Number(process.env.MUTATE_TIMEOUT_MS ?? 15000),
  thresholds: { high: 90, low: 80, break: null },
};
