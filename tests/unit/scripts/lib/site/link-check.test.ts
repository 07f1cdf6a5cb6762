import { describe, expect, it } from 'vitest';

import {
  fileForPath,
  findBrokenLinks,
  pageUrlPath,
} from '../../../../../scripts/lib/site/link-check';

const site = (pages: Record<string, string>, extra: string[] = [], base = '/') => ({
  pages: new Map(Object.entries(pages)),
  files: new Set([...Object.keys(pages), ...extra]),
  base,
});

describe('the internal link check', () => {
  it('maps page files to the URL paths they are served at', () => {
    expect(pageUrlPath('index.html')).toBe('/');
    expect(pageUrlPath('story/one/index.html')).toBe('/story/one/');
    expect(pageUrlPath('404.html')).toBe('/404.html');
  });

  it('finds the file behind a directory URL and behind a plain file URL', () => {
    const files = new Set(['index.html', 'story/index.html', 'data/events.json']);
    expect(fileForPath('/story/', files)).toBe('story/index.html');
    expect(fileForPath('/data/events.json', files)).toBe('data/events.json');
    expect(fileForPath('/missing/', files)).toBeUndefined();
  });

  it('accepts links to pages, assets and anchors that exist', () => {
    const broken = findBrokenLinks(
      site(
        {
          'index.html':
            '<a href="/story/">s</a><a href="/glossary/#ifunc">t</a><img src="/favicon.svg">',
          'story/index.html': '<a href="../">home</a>',
          'glossary/index.html': '<dt id="ifunc">IFUNC</dt>',
        },
        ['favicon.svg'],
      ),
    );
    expect(broken).toEqual([]);
  });

  it('reports a link to a missing page and to a missing anchor', () => {
    const broken = findBrokenLinks(
      site({
        'index.html': '<a href="/nowhere/">x</a><a href="/glossary/#got">y</a>',
        'glossary/index.html': '<dt id="ifunc">IFUNC</dt>',
      }),
    );
    expect(broken.map((b) => b.reason)).toEqual([
      'no such file in the built site',
      'no element with id "got" on glossary/index.html',
    ]);
  });

  it('reports a root-relative link that ignores the base path', () => {
    const broken = findBrokenLinks(
      site(
        {
          'index.html': '<a href="/xz/story/">ok</a><a href="/story/">bad</a>',
          'story/index.html': '',
        },
        [],
        '/xz/',
      ),
    );
    expect(broken).toEqual([
      { page: 'index.html', link: '/story/', reason: 'does not start with the base path /xz/' },
    ]);
  });

  it('leaves links to other sites alone', () => {
    expect(
      findBrokenLinks(site({ 'index.html': '<a href="https://example.org/x">e</a>' })),
    ).toEqual([]);
  });

  it('serves a page from a file named like index.html only when it is exactly that', () => {
    expect(pageUrlPath('docs/index.html.orig')).toBe('/docs/index.html.orig');
    expect(pageUrlPath('myindex.html')).toBe('/myindex.html');
  });

  it('finds the file behind an address with no trailing slash or no leading slash', () => {
    const files = new Set(['story/index.html', 'about.html', 'data/events.json']);
    expect(fileForPath('/story', files)).toBe('story/index.html');
    expect(fileForPath('/about', files)).toBe('about.html');
    expect(fileForPath('data/events.json', files)).toBe('data/events.json');
  });

  it('matches an encoded fragment against an id written with entities', () => {
    const broken = findBrokenLinks(
      site({
        'index.html':
          '<a href="/g/#a%26b">1</a><a href="/g/#it%27s">2</a><a href="/g/#say%22hi%22">3</a>',
        'g/index.html': '<i id="a&amp;b"></i><i id="it&#39;s"></i><i id="say&quot;hi&quot;"></i>',
      }),
    );
    expect(broken).toEqual([]);
  });

  it('resolves relative links from a page under a base path', () => {
    const pages = {
      'story/one/index.html': '<a href="../../glossary/">g</a><a href="../two/#x">t</a>',
      'story/two/index.html': '<p id="x"></p>',
      'glossary/index.html': '',
    };
    expect(findBrokenLinks(site(pages, [], '/xz/'))).toEqual([]);
  });

  it('leaves mail, phone, data and script links and empty hrefs alone, and fragments of non-pages', () => {
    const html =
      '<a href="mailto:a@example.org">m</a><a href="tel:+1">t</a><img src="data:image/png;base64,AA">' +
      '<a href="javascript:void(0)">j</a><a href="">e</a><a href="/icon.svg#mark">i</a>';
    expect(findBrokenLinks(site({ 'index.html': html }, ['icon.svg']))).toEqual([]);
  });
});
