import { describe, expect, it } from 'vitest';

import {
  fileForAddress,
  relativeFile,
  rewriteFile,
} from '../../../../../scripts/lib/scorm/relative-links';
import { moduleImports, selectTrainingFiles } from '../../../../../scripts/lib/scorm/select-files';

describe('addresses made relative for a package', () => {
  it('names the index.html of a folder address, under the base path', () => {
    expect(fileForAddress('/learn/')).toBe('learn/index.html');
    expect(fileForAddress('/xz/learn/c1/?x=1#q', '/xz/')).toBe('learn/c1/index.html');
    expect(fileForAddress('/_astro/a.js')).toBe('_astro/a.js');
  });

  it('walks up from a nested page and down into siblings', () => {
    expect(relativeFile('learn/c1/index.html', 'story/c1/index.html')).toBe(
      '../../story/c1/index.html',
    );
    expect(relativeFile('learn/index.html', 'learn/index.html')).toBe('index.html');
  });

  it('rewrites packaged addresses, sends the rest to the public site and leaves other links alone', () => {
    const html =
      '<a href="/learn/c2/#top">next</a> <script type="module" src="/_astro/a.js"></script>' +
      ' <a href="/timeline/">timeline</a> <a href="https://example.org/">out</a> <a href="#main">skip</a>' +
      ' <div style="background:url(/img/x.png)"></div>';
    const result = rewriteFile('html', html, 'learn/c1/index.html', {
      included: (file) => file !== 'timeline/index.html',
      siteUrl: 'https://xz.example/',
      base: '/',
    });
    expect(result.text).toContain('href="../c2/index.html#top"');
    expect(result.text).toContain('src="../../_astro/a.js"');
    expect(result.text).toContain('href="https://xz.example/timeline/"');
    expect(result.text).toContain('href="https://example.org/"');
    expect(result.text).toContain('href="#main"');
    expect(result.text).toContain('url(../../img/x.png)');
    expect(result.references.sort()).toEqual(['_astro/a.js', 'img/x.png', 'learn/c2/index.html']);
  });
});

describe('choosing the package’s files', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const built = new Map([
    [
      'learn/index.html',
      bytes(
        '<a href="/learn/c1/">c1</a><a href="/timeline/">t</a><link rel="stylesheet" href="/_astro/s.css"><script src="/_astro/a.js"></script>',
      ),
    ],
    ['learn/c1/index.html', bytes('<a href="/story/c1/">read</a><a href="/learn/">back</a>')],
    ['story/c1/index.html', bytes('<img src="/_astro/pic.svg">')],
    ['timeline/index.html', bytes('<script src="/_astro/big.js"></script>')],
    ['_astro/s.css', bytes('body{background:url(/_astro/bg.svg)}')],
    ['_astro/bg.svg', bytes('<svg/>')],
    ['_astro/pic.svg', bytes('<svg/>')],
    ['_astro/a.js', bytes('import{x}from"./chunk.js";import("./lazy.js")')],
    ['_astro/chunk.js', bytes('export const x=1')],
    ['_astro/lazy.js', bytes('export default 1')],
    ['_astro/big.js', bytes('//')],
  ]);

  it('follows links, stylesheets and module imports from the start page, and stops at pages outside the path', () => {
    const { files, missing } = selectTrainingFiles(built, 'learn/index.html', {
      url: 'https://xz.example/',
      base: '/',
    });
    expect([...files.keys()].sort()).toEqual([
      '_astro/a.js',
      '_astro/bg.svg',
      '_astro/chunk.js',
      '_astro/lazy.js',
      '_astro/pic.svg',
      '_astro/s.css',
      'learn/c1/index.html',
      'learn/index.html',
      'story/c1/index.html',
    ]);
    expect(new TextDecoder().decode(files.get('_astro/s.css'))).toContain('url(bg.svg)');
    expect(missing).toEqual([]);
  });

  it('reports a module import of a file the build lacks', () => {
    const broken = new Map(built);
    broken.delete('_astro/chunk.js');
    const { missing } = selectTrainingFiles(broken, 'learn/index.html', {
      url: 'https://xz.example/',
      base: '/',
    });
    expect(missing).toEqual(['_astro/a.js → _astro/chunk.js']);
  });

  it('resolves relative module imports against the importing file', () => {
    expect(moduleImports('import "../x/y.js"; export{a}from"./b.js"', '_astro/sub/m.js')).toEqual([
      '_astro/x/y.js',
      '_astro/sub/b.js',
    ]);
  });
});
