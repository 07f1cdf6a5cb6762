import { describe, expect, it } from 'vitest';
import { joinBase } from '../../../../src/lib/site/paths';

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
