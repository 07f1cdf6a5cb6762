#!/usr/bin/env node
// `npm run size`: the JS and CSS each page loads up front (gzip), against budgets.json.
import { readFile } from 'node:fs/promises';

import { measurePages } from './lib/page-weights.mjs';

const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
const rows = await measurePages('dist', budgets);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
// Collapse the many event pages into one row: they share one template.
const shown = rows.filter((row) => !/^\/events\/.+/.test(row.page));
const events = rows.filter((row) => /^\/events\/.+/.test(row.page));
if (events.length)
  shown.push({
    ...events.reduce((max, row) => (row.js + row.css > max.js + max.css ? row : max)),
    page: `/events/* (${events.length}, largest)`,
  });

console.log(
  `${'page'.padEnd(44)} ${'JS KB'.padStart(6)} ${'budget'.padStart(6)} ${'CSS KB'.padStart(6)} ${'budget'.padStart(6)} ${'lazy JS'.padStart(7)}`,
);
for (const row of shown.sort((a, b) => a.page.localeCompare(b.page))) {
  console.log(
    `${(row.over ? '✗ ' : '  ') + row.page.padEnd(42)} ${kb(row.js)} ${kb(row.budget.js)} ${kb(row.css)} ${kb(row.budget.css)} ${kb(row.lazyJs)}`,
  );
}
const over = rows.filter((row) => row.over);
console.log(
  over.length ? `\n${over.length} page(s) over budget` : `\nall ${rows.length} pages within budget`,
);
process.exit(over.length ? 1 : 0);
