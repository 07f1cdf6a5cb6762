#!/usr/bin/env node
// `npm run mutate [-- <area> …]`: StrykerJS over src/lib/<area>/ (and scripts/lib/<area>/) for each named area (all
// areas when none is named), one after another, incremental; then the mutation score per area
// from every report in reports/mutation/. `npm run mutate -- --scores` only prints the table.
// A benchmark, not part of `npm test`: too slow for CI on two cores. MUTATE_CHECKER=off skips
// the TypeScript checker; MUTATE_CONCURRENCY sets the number of test runners (default 1).
//
// Parts: an area too big to finish in one sitting can be run in parts, `<area>/<folder>` (that
// sub-folder only), `<area>/<file>` (one file, named without .ts) or `<area>/root` (the area's
// files outside its sub-folders), or several of these joined by `+` (`simulation/trees+stage2`,
// `simulation/transforms/xz+transforms/lzma2`), e.g.
// `npm run mutate -- simulation/root` then `npm run mutate -- simulation/transforms`. Each part
// keeps its own report and incremental file (reports/mutation/simulation--transforms.json …); the
// table still gives the area one line, merging its reports file by file (the newest report of a
// source file wins, so a stale whole-area report never counts twice), with a line per part below.
// SETTINGS, per area or part (a part inherits its area's): MUTATE_TIMEOUT_MS — the decoder's
// mutants often loop forever, and each such mutant waits timeoutMS on top of its tests' time:
// 15 s × hundreds of loops was most of a run, while its tests take well under a second, so 3 s
// still leaves a wide margin. (Reusing one vitest worker, isolate: false, would halve the time
// per mutant but gives false survivors: modules stay loaded between mutants, so code that runs
// once — module-level values, memoised trees — never sees the mutant.)
// MUTATE_SKIP_TESTS — the simulation's fuzz test runs 500 random builds (about 5 s) and covers
// every pipeline mutant, so each survivor paid for it; it only checks that nothing throws, which
// the targeted tests check too. Skipping a test can only lower a score, never raise it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

import {
  areaScore,
  formatScoreTable,
  MUTATION_DIR,
  partsOf,
  targetFor,
} from './lib/mutation-scores.mjs';

const FUZZ = 'tests/unit/lib/simulation/fuzz.test.ts';
const SETTINGS = {
  simulation: { MUTATE_SKIP_TESTS: FUZZ },
  'simulation/transforms': { MUTATE_SKIP_TESTS: FUZZ, MUTATE_TIMEOUT_MS: '3000' },
};

const args = process.argv.slice(2);
// An area is a folder of src/lib or scripts/lib (build-only code); `site` has parts in both.
const areas = [
  ...new Set(
    ['src/lib', 'scripts/lib'].flatMap((root) =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    ),
  ),
].sort();
const isPart = (arg) => {
  const [area, ...rest] = arg.split('/');
  const part = rest.join('/');
  if (!areas.includes(area) || !part) return false;
  return part
    .split('+')
    .every(
      (piece) =>
        piece === 'root' ||
        ['src/lib', 'scripts/lib'].some(
          (root) =>
            existsSync(`${root}/${area}/${piece}`) || existsSync(`${root}/${area}/${piece}.ts`),
        ),
    );
};
const unknown = args.filter((arg) => !arg.startsWith('--') && !areas.includes(arg) && !isPart(arg));
if (unknown.length > 0) {
  console.error(
    `Unknown area(s): ${unknown.join(', ')}. Areas: ${areas.join(', ')}; a part is <area>/<folder>, <area>/<file without .ts>, <area>/root, or several joined by +.`,
  );
  process.exit(2);
}
const chosen = args.includes('--scores') ? [] : args.length > 0 ? args : areas;

/** The settings of the most specific entry of SETTINGS that covers an area or part. */
const settingsFor = (name) => {
  const keys = Object.keys(SETTINGS).filter((key) => name === key || name.startsWith(`${key}/`));
  return SETTINGS[keys.sort((a, b) => b.length - a.length)[0]] ?? {};
};

const seconds = new Map();
for (const area of chosen) {
  console.log(`\n▶ mutating ${area}/ in src/lib and scripts/lib`);
  const started = Date.now();
  const result = spawnSync('npx', ['--no-install', 'stryker', 'run'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      MUTATE_AREA: area,
      ...settingsFor(area),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  seconds.set(area, Math.round((Date.now() - started) / 1000));
  if (result.status !== 0) console.error(`Stryker failed for ${area} (exit ${result.status}).`);
}

const rows = areas
  .filter((area) => existsSync(`${MUTATION_DIR}/${area}.json`) || partsOf(area).length > 0)
  .flatMap((area) => [
    { area, ...areaScore(area), target: targetFor(area), seconds: seconds.get(area) },
    ...partsOf(area).map((part) => ({
      area: `  ${part}`,
      ...areaScore(area, part),
      target: targetFor(area),
      seconds: seconds.get(part),
    })),
  ]);
console.log(
  rows.length > 0
    ? `\n${formatScoreTable(rows)}`
    : `\nNo mutation report yet in ${MUTATION_DIR}/: run npm run mutate -- <area>.`,
);
