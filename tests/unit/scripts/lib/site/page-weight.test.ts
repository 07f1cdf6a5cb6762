import { describe, expect, it } from 'vitest';

import { budgetFor, pageAssets, resolveAsset } from '../../../../../scripts/lib/site/page-weight';

const chunks: Record<string, string> = {
  '/_astro/timeline.js':
    'import{a}from"./d3.js";import"./shared.js";const x=()=>import("./panel.js");',
  '/_astro/d3.js': 'export const a=1;',
  '/_astro/shared.js': 'export{b}from"./d3.js";',
  '/_astro/panel.js': 'import"./shared.js";',
};

describe('what a page loads up front', () => {
  it('follows static imports through every chunk and keeps dynamic imports apart', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/timeline.js"></script>';
    expect(pageAssets(html, '/timeline/', (path) => chunks[path])).toEqual({
      inlineScripts: [],
      scripts: ['/_astro/d3.js', '/_astro/shared.js', '/_astro/timeline.js'],
      lazyScripts: ['/_astro/panel.js'],
      styles: ['/_astro/site.css'],
    });
  });

  it('counts inline scripts but not JSON data blocks', () => {
    const html =
      '<script>document.documentElement.dataset.theme="dark"</script><script type="application/json">{"a":1}</script>';
    expect(pageAssets(html, '/', () => undefined).inlineScripts).toEqual([
      'document.documentElement.dataset.theme="dark"',
    ]);
  });

  it('ignores assets on other sites', () => {
    expect(resolveAsset('https://cdn.example/x.js', '/')).toBeUndefined();
    expect(resolveAsset('../_astro/x.js', '/story/one/')).toBe('/story/_astro/x.js');
  });
});

describe('budgets', () => {
  const config = {
    default: { js: 1000, css: 2000 },
    pages: { '/': { js: 9000 }, '/timeline/': { js: 5000 }, '/embed/timeline/': { js: 6000 } },
  };

  it('take the longest matching page prefix', () => {
    expect(budgetFor('/timeline/', config)).toEqual({ js: 5000, css: 2000 });
    expect(budgetFor('/embed/timeline/', config)).toEqual({ js: 6000, css: 2000 });
  });

  it('apply the home page budget to the home page only', () => {
    expect(budgetFor('/', config).js).toBe(9000);
    expect(budgetFor('/sources/', config).js).toBe(1000);
  });
});
