// Measures the up-front JS and CSS (gzip bytes) of every page in a built site, against budgets.json.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { listFiles } from './files.mjs';
import { pageUrlPath } from './site/link-check.ts';
import { budgetFor, pageAssets } from './site/page-weight.ts';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** One row per HTML page: { page, js, css, lazyJs, budget, over }. `base` is the site's base path. */
export async function measurePages(distFolder, budgetConfig, base = '/') {
  const fileFor = (sitePath) =>
    join(distFolder, sitePath.slice(base.length - 1).replace(/^\//, ''));
  // Pages share most chunks: read and gzip each asset once, not once per page that loads it.
  const contents = new Map();
  const read = (sitePath) => {
    if (!contents.has(sitePath)) {
      const file = fileFor(sitePath);
      contents.set(sitePath, existsSync(file) ? readFileSync(file) : undefined);
    }
    return contents.get(sitePath);
  };
  const sizes = new Map();
  const sizeOf = (sitePath) => {
    if (!sizes.has(sitePath)) sizes.set(sitePath, gzipSize(read(sitePath) ?? Buffer.alloc(0)));
    return sizes.get(sitePath);
  };
  const rows = [];
  for (const file of (await listFiles(distFolder)).filter((name) => name.endsWith('.html'))) {
    const page = base.replace(/\/$/, '') + pageUrlPath(file);
    const html = await readFile(join(distFolder, file), 'utf8');
    const assets = pageAssets(html, page, (path) => read(path)?.toString('utf8'));
    const total = (paths) => paths.reduce((sum, path) => sum + sizeOf(path), 0);
    const budget = budgetFor(page.slice(base.length - 1), budgetConfig);
    const js =
      total(assets.scripts) +
      assets.inlineScripts.reduce((sum, code) => sum + gzipSize(Buffer.from(code)), 0);
    const css = total(assets.styles);
    rows.push({
      page,
      js,
      css,
      lazyJs: total(assets.lazyScripts),
      budget,
      over: js > budget.js || css > budget.css,
    });
  }
  return rows;
}
