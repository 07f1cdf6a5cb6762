#!/usr/bin/env node
// `npm test`: format and lint checks, type-check, build (Astro + Pagefind), Vitest, Playwright
// (twice: astro preview and the host runtime), then one closing line "N passed, N failed" summed
// over all of them — the line CI reads. Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** Like run(), without blocking: the output goes straight to the terminal. */
function runLane(label, command, args) {
  console.log(`\n▶ ${label}`);
  return new Promise((done) => {
    spawn(command, args, { stdio: 'inherit', env }).on('close', (status, signal) => {
      if (status !== 0) failures.push(`${label} (exit ${status ?? signal})`);
      done(status === 0);
    });
  });
}

/** Like runLane(), holding the output back and printing it whole when the step ends. */
function runCaptured(label, command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (status, signal) => {
      console.log(`\n▶ ${label}\n${Buffer.concat(chunks).toString().trimEnd()}`);
      if (status !== 0) failures.push(`${label} (exit ${status ?? signal})`);
      done(status === 0);
    });
  });
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

// Two lanes share the machine's cores while nothing else runs: the build and then the type-check
// in one, the house-style checks and the second build of the reproducibility check in the other
// (its own folder, from `git archive`). A failed step is one failure; the rest still runs.
const treeIsClean = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout === '';
const reproFolder = mkdtempSync(join(tmpdir(), 'xz-repro-'));
const [[checked, built], [formatted, linted, reproBuilt]] = await Promise.all([
  (async () => {
    const builtHere = await runLane('build (astro build + pagefind)', 'npm', [
      'run',
      'build',
      '--silent',
    ]);
    return [await runLane('astro check', 'npx', ['--no-install', 'astro', 'check']), builtHere];
  })(),
  (async () => [
    await runCaptured('format check (prettier)', 'npm', ['run', 'format:check', '--silent']),
    await runCaptured('lint (eslint + knip)', 'npm', ['run', 'lint', '--silent']),
    // With local edits the working tree is not HEAD: the check then builds HEAD twice, at the end.
    treeIsClean &&
      (await runCaptured('reproducible build: a second build of HEAD', 'npm', [
        'run',
        'verify:reproducible',
        '--silent',
        '--',
        '--build-only',
        reproFolder,
      ])),
  ])(),
]);
for (const ok of [formatted, linted]) {
  if (ok) tally.passed += 1;
  else tally.failed += 1;
}
// A failed type-check or build is one failure each; the runners still run when the site built.
if (!checked) tally.failed += 1;
if (!built) tally.failed += 1;

// The site must rebuild byte for byte from its commit; counted as one test. Compared now, before
// any test can add files to dist/.
if (treeIsClean) {
  const reproducible =
    reproBuilt &&
    run('reproducible build (dist/ against the second build)', 'npm', [
      'run',
      'verify:reproducible',
      '--silent',
      '--',
      '--compare',
      'dist',
      join(reproFolder, 'dist'),
    ]);
  if (reproducible) tally.passed += 1;
  else tally.failed += 1;
}
rmSync(reproFolder, { recursive: true, force: true });

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

  // Local edits: HEAD is built twice in folders of their own.
  if (!treeIsClean) {
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
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 || failures.length > 0 ? 1 : 0);
