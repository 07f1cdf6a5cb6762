#!/usr/bin/env node
// `npm run bench`: build time, Lighthouse scores (mobile and desktop) for the key pages in
// Debian's Chromium, then the timeline and simulation benches when they exist.
// Figures are printed, not asserted: performance is shown, not timed in tests.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { startPreview } from './lib/preview-server.mjs';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const packageJson = JSON.parse(await readFile('package.json', 'utf8'));

const started = performance.now();
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
const buildSeconds = ((performance.now() - started) / 1000).toFixed(1);
if (build.status !== 0) throw new Error('build failed');
console.log(`build (astro build + pagefind + checksums): ${buildSeconds} s`);

const firstOf = async (folder) =>
  (await readdir(`dist/${folder}`, { withFileTypes: true })).find((e) => e.isDirectory())?.name;
const pages = [
  ['home', '/'],
  ['timeline', '/timeline/'],
  ['simulation', '/simulation/'],
  ['chapter', `/story/${await firstOf('story')}/`],
  ['event', `/events/${await firstOf('events')}/`],
  ['present', '/present/'],
  ['learn', '/learn/'],
];

const server = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
console.log(`\nLighthouse ${packageJson.devDependencies.lighthouse} (Chromium at ${chromePath})`);
console.log(
  `${'page'.padEnd(12)} ${'form'.padEnd(8)} ${categories.map((c) => c.slice(0, 13).padStart(14)).join('')}`,
);
try {
  for (const [name, path] of pages) {
    for (const formFactor of ['mobile', 'desktop']) {
      const config =
        formFactor === 'desktop'
          ? (await import('lighthouse/core/config/desktop-config.js')).default
          : undefined;
      const result = await lighthouse(
        `${server.url}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
        config,
      );
      const scores = categories.map((c) => {
        const score = result?.lhr.categories[c]?.score;
        return (score == null ? '—' : String(Math.round(score * 100))).padStart(14);
      });
      console.log(`${name.padEnd(12)} ${formFactor.padEnd(8)} ${scores.join('')}`);
    }
  }
} finally {
  chrome.kill();
  server.stop();
}

for (const script of ['bench:timeline', 'bench:simulation']) {
  if (!packageJson.scripts[script]) continue;
  console.log(`\n${script}:`);
  spawnSync('npm', ['run', script, '--silent'], { stdio: 'inherit' });
}
