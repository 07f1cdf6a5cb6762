import { describe, expect, it } from 'vitest';

import { absoluteSiteUrl, joinBase } from '../../../../src/lib/site/paths';

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
