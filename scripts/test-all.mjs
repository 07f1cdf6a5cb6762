#!/usr/bin/env node
// `npm test`: format and lint checks, type-check, build (Astro + Pagefind), Vitest, Playwright
// (twice: astro preview and the host runtime), then one closing line "N passed, N failed" summed
// over all of them — the line CI reads. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

/** Runs an npm-installed tool with the pinned Node; returns its exit status. */
function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) failures.push(`${label} (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

mkdirSync('reports', { recursive: true });
for (const report of [
  'reports/vitest.json',
  'reports/playwright.json',
  'reports/playwright-host.json',
])
  rmSync(report, { force: true });

// House style first: a format or lint error is one failure each, and the rest still runs.
for (const [label, script] of [
  ['format check (prettier)', 'format:check'],
  ['lint (eslint + knip)', 'lint'],
]) {
  if (run(label, 'npm', ['run', script, '--silent'])) tally.passed += 1;
  else tally.failed += 1;
}

const checked = run('astro check', 'npx', ['--no-install', 'astro', 'check']);
const built = run('build (astro build + pagefind)', 'npm', ['run', 'build', '--silent']);
// A failed type-check or build is one failure each; the runners still run when the site built.
if (!checked) tally.failed += 1;
if (!built) tally.failed += 1;

if (built) {
  run('unit tests (Vitest)', 'npx', [
    '--no-install',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ]);
  const vitest = readJson('reports/vitest.json');
  if (vitest) {
    tally.passed += vitest.numPassedTests;
    tally.failed += vitest.numFailedTests;
    tally.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  } else {
    tally.failed += 1;
  }

  // The same browser twice: against `astro preview`, then against Cloudflare's Pages runtime
  // (playwright.host.config.ts), which applies dist/_headers as a real host does.
  const browserRuns = [
    ['browser tests (Playwright)', [], 'reports/playwright.json'],
    [
      'browser tests under the host runtime (Playwright + wrangler pages dev)',
      ['-c', 'playwright.host.config.ts'],
      'reports/playwright-host.json',
    ],
  ];
  for (const [label, args, report] of browserRuns) {
    run(label, 'npx', ['--no-install', 'playwright', 'test', ...args], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    const playwright = readJson(report);
    if (playwright) {
      tally.passed += playwright.stats.expected + playwright.stats.flaky;
      tally.failed += playwright.stats.unexpected;
      tally.skipped += playwright.stats.skipped;
    } else {
      tally.failed += 1;
    }
  }

  // The site must rebuild byte for byte from its commit; counted as one test.
  if (
    run('reproducible build (two builds of HEAD compared)', 'npm', [
      'run',
      'verify:reproducible',
      '--silent',
    ])
  )
    tally.passed += 1;
  else tally.failed += 1;
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 || failures.length > 0 ? 1 : 0);
