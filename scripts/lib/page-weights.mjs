// Measures the up-front JS and CSS (gzip bytes) of every page in a built site, against budgets.json.
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { budgetFor, pageAssets } from '../../src/lib/site/page-weight.ts';
import { listFiles } from './files.mjs';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** One row per HTML page: { page, js, css, lazyJs, budget, over }. `base` is the site's base path. */
export async function measurePages(distFolder, budgetConfig, base = '/') {
  const fileFor = (sitePath) => join(distFolder, sitePath.slice(base.length - 1).replace(/^\//, ''));
  const read = (sitePath) => {
    const file = fileFor(sitePath);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const rows = [];
  for (const file of (await listFiles(distFolder)).filter((name) => name.endsWith('.html'))) {
    const page = base.replace(/\/$/, '') + '/' + file.replace(/(^|\/)index\.html$/, '$1');
    const html = await readFile(join(distFolder, file), 'utf8');
    const assets = pageAssets(html, page, (path) => read(path)?.toString('utf8'));
    const total = (paths) => paths.reduce((sum, path) => sum + gzipSize(read(path) ?? Buffer.alloc(0)), 0);
    const budget = budgetFor(page.slice(base.length - 1), budgetConfig);
    const js = total(assets.scripts) + assets.inlineScripts.reduce((sum, code) => sum + gzipSize(Buffer.from(code)), 0);
    const css = total(assets.styles);
    rows.push({ page, js, css, lazyJs: total(assets.lazyScripts), budget, over: js > budget.js || css > budget.css });
  }
  return rows;
}
