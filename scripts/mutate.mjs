#!/usr/bin/env node
// `npm run mutate [-- <area> …]`: StrykerJS over src/lib/<area>/ (and scripts/lib/<area>/) for each named area (all
// areas when none is named), one after another, incremental; then the mutation score per area
// from every report in reports/mutation/. `npm run mutate -- --scores` only prints the table.
// A benchmark, not part of `npm test`: too slow for CI on two cores. MUTATE_CHECKER=off skips
// the TypeScript checker; MUTATE_CONCURRENCY sets the number of test runners (default 1).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

import { areaScore, formatScoreTable, MUTATION_DIR, targetFor } from './lib/mutation-scores.mjs';

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
const unknown = args.filter((arg) => !arg.startsWith('--') && !areas.includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown area(s): ${unknown.join(', ')}. Areas: ${areas.join(', ')}.`);
  process.exit(2);
}
const chosen = args.includes('--scores') ? [] : args.length > 0 ? args : areas;

const seconds = new Map();
for (const area of chosen) {
  console.log(`\n▶ mutating ${area}/ in src/lib and scripts/lib`);
  const started = Date.now();
  const result = spawnSync('npx', ['--no-install', 'stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_AREA: area, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  seconds.set(area, Math.round((Date.now() - started) / 1000));
  if (result.status !== 0) console.error(`Stryker failed for ${area} (exit ${result.status}).`);
}

const rows = areas
  .filter((area) => existsSync(`${MUTATION_DIR}/${area}.json`))
  .map((area) => ({
    area,
    ...areaScore(area),
    target: targetFor(area),
    seconds: seconds.get(area),
  }));
console.log(
  rows.length > 0
    ? `\n${formatScoreTable(rows)}`
    : `\nNo mutation report yet in ${MUTATION_DIR}/: run npm run mutate -- <area>.`,
);
