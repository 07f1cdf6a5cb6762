import { describe, expect, it } from 'vitest';

import {
  absoluteSiteUrl,
  chapterPath,
  eventPath,
  glossaryTermPath,
  joinBase,
  sourceAnchorPath,
  timelineEventPath,
  withTrailingSlash,
} from '../../../../src/lib/site/paths';

describe('links under a base path', () => {
  it('prefix site paths with the base', () => {
    expect(joinBase('/xz/', '/timeline/')).toBe('/xz/timeline/');
    expect(joinBase('/xz', 'timeline/')).toBe('/xz/timeline/');
    expect(joinBase('/', '/timeline/')).toBe('/timeline/');
  });

  it('leave absolute URLs and same-page anchors untouched', () => {
    expect(joinBase('/xz/', 'https://tukaani.org/')).toBe('https://tukaani.org/');
    expect(joinBase('/xz/', '#sources')).toBe('#sources');
  });

  it('treat a colon later in a path as part of the path', () => {
    expect(joinBase('/xz/', '/search/?q=a:b')).toBe('/xz/search/?q=a:b');
  });

  it('name each kind of page the same way everywhere', () => {
    expect(eventPath('2024-03-29-disclosure')).toBe('/events/2024-03-29-disclosure/');
    expect(timelineEventPath('a b')).toBe('/timeline/?event=a%20b');
    expect(chapterPath('04-the-tarball-trick')).toBe('/story/04-the-tarball-trick/');
    expect(glossaryTermPath('ifunc')).toBe('/glossary/#ifunc');
    expect(sourceAnchorPath('freund-mail')).toBe('/sources/#source-freund-mail');
  });
});

describe('absolute site addresses', () => {
  it('are absolute, on the configured site, with the base path', () => {
    expect(absoluteSiteUrl(new URL('https://example.org'), '/xz/timeline/')).toBe(
      'https://example.org/xz/timeline/',
    );
    expect(absoluteSiteUrl('https://xz-timeline.example/', '/')).toBe(
      'https://xz-timeline.example/',
    );
  });
});

describe('a trailing slash', () => {
  it('is added once and never doubled', () => {
    expect(withTrailingSlash('/xz')).toBe('/xz/');
    expect(withTrailingSlash('/xz/')).toBe('/xz/');
    expect(withTrailingSlash('')).toBe('/');
  });
});
