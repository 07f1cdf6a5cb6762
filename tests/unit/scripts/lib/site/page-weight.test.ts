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
    expect(resolveAsset('http://cdn.example/x.js', '/')).toBeUndefined();
    expect(resolveAsset('//cdn.example/x.js', '/')).toBeUndefined();
    expect(resolveAsset('data:text/javascript,1', '/')).toBeUndefined();
    expect(resolveAsset('../_astro/x.js', '/story/one/')).toBe('/story/_astro/x.js');
    expect(resolveAsset('/_astro/a//b.js', '/')).toBe('/_astro/a//b.js');
  });

  it('follows module preloads and inline module scripts, static and dynamic', () => {
    const html =
      '<link rel="modulepreload" href="/_astro/pre.js"><link href="/_astro/pre2.js" rel="modulepreload">' +
      '<script type="module">import "/_astro/main.js"; const p = () => import("/_astro/later.js");</script>';
    const read: string[] = [];
    const assets = pageAssets(html, '/', (path) => (read.push(path), undefined));
    expect(assets.scripts).toEqual(['/_astro/main.js', '/_astro/pre.js', '/_astro/pre2.js']);
    expect(assets.lazyScripts).toEqual(['/_astro/later.js']);
    // Each script is read once, up-front ones first; nothing else is asked for.
    expect(read).toEqual([
      '/_astro/pre.js',
      '/_astro/pre2.js',
      '/_astro/main.js',
      '/_astro/later.js',
    ]);
  });

  it('keeps each inline script apart and leaves out empty ones and data blocks with other attributes first', () => {
    const html =
      '<script type="module">one()</script><script>\n  </script><script></script>' +
      '<script id="d" type="application/json">{}</script><script id="l" type="application/ld+json">{}</script>' +
      '<script>two()</script>';
    expect(pageAssets(html, '/', () => undefined).inlineScripts).toEqual(['one()', 'two()']);
  });

  it('counts a lazy chunk’s own imports as lazy, sorted, unless they load up front anyway', () => {
    const code: Record<string, string> = {
      '/_astro/main.js':
        'import"./up.js";const a=()=>import(`./z-view.js`),b=()=>import("./b-view.js");',
      '/_astro/up.js': '',
      '/_astro/z-view.js': 'import"./z-only.js";import"./up.js";',
      '/_astro/b-view.js': '',
      '/_astro/z-only.js': 'import"./z-deep.js";',
      '/_astro/z-deep.js': '',
    };
    const html = '<script type="module" src="/_astro/main.js"></script>';
    const assets = pageAssets(html, '/', (path) => code[path]);
    expect(assets.scripts).toEqual(['/_astro/main.js', '/_astro/up.js']);
    expect(assets.lazyScripts).toEqual([
      '/_astro/b-view.js',
      '/_astro/z-deep.js',
      '/_astro/z-only.js',
      '/_astro/z-view.js',
    ]);
  });

  it('moves a chunk that is both imported lazily and up front to the up-front list', () => {
    const html =
      '<script>const v = () => import("/_astro/shared.js");</script><script type="module" src="/_astro/main.js"></script>';
    const assets = pageAssets(html, '/', (path) =>
      path === '/_astro/main.js' ? 'import "./shared.js";' : '',
    );
    expect(assets.scripts).toEqual(['/_astro/main.js', '/_astro/shared.js']);
    expect(assets.lazyScripts).toEqual([]);
  });

  it('lists each stylesheet once, sorted, whichever attribute comes first', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/z.css"><link href="/_astro/a.css" rel="stylesheet"><link rel="stylesheet" href="/_astro/z.css">';
    expect(pageAssets(html, '/', () => undefined).styles).toEqual([
      '/_astro/a.css',
      '/_astro/z.css',
    ]);
  });
});

describe('budgets', () => {
  const config = {
    default: { js: 1000, css: 2000 },
    pages: {
      '/': { js: 9000 },
      '/embed/': { js: 3000 },
      '/timeline/': { js: 5000 },
      '/embed/timeline/': { js: 6000 },
    },
  };

  it('take the longest matching page prefix', () => {
    expect(budgetFor('/timeline/', config)).toEqual({ js: 5000, css: 2000 });
    expect(budgetFor('/embed/timeline/', config)).toEqual({ js: 6000, css: 2000 });
    expect(budgetFor('/embed/simulation/', config).js).toBe(3000);
    expect(budgetFor('/timeline/details/', config).js).toBe(5000);
  });

  it('apply the home page budget to the home page only', () => {
    expect(budgetFor('/', config).js).toBe(9000);
    expect(budgetFor('/sources/', config).js).toBe(1000);
  });
});
