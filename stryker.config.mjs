import { existsSync } from 'node:fs';

// StrykerJS over src/lib and scripts/lib (build-only engines), one area at a time (see scripts/mutate.mjs, `npm run mutate`).
// Sized for a shared two-core machine: one test runner, incremental, static mutants skipped.
// MUTATE_AREA is an area (`simulation`), or a part of one (scripts/mutate.mjs): `simulation/transforms`
// is that sub-folder, `simulation/controls` that one file, `simulation/root` the area's files
// outside its sub-folders, `simulation/trees+stage2` both files.
const [area, ...rest] = (process.env.MUTATE_AREA ?? '**').split('/');
const part = rest.length > 0 ? rest.join('/') : undefined;
const patterns = (root) =>
  (part === undefined ? ['**'] : part.split('+')).map((piece) =>
    piece === '**'
      ? `${root}/${area}/**/*.ts`
      : piece === 'root'
        ? `${root}/${area}/*.ts`
        : existsSync(`${root}/${area}/${piece}`)
          ? `${root}/${area}/${piece}/**/*.ts`
          : `${root}/${area}/${piece}.ts`,
  );
const name = process.env.MUTATE_AREA?.replaceAll('/', '--') ?? 'all';
const withChecker = process.env.MUTATE_CHECKER !== 'off';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Mutants that do not type-check are dropped before any test runs.
  checkers: withChecker ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [...patterns('src/lib'), ...patterns('scripts/lib'), '!src/lib/**/fixtures/**'],
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
