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
});
