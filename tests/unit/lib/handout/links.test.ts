import { describe, expect, it } from 'vitest';
import { absoluteSiteUrl, printedUrl } from '../../../../src/lib/handout/links';

describe('handout addresses', () => {
  it('are absolute, on the configured site, with the base path', () => {
    expect(absoluteSiteUrl(new URL('https://example.org'), '/xz/timeline/')).toBe('https://example.org/xz/timeline/');
    expect(absoluteSiteUrl('https://xz-timeline.example/', '/')).toBe('https://xz-timeline.example/');
  });

  it('are printed without the scheme', () => {
    expect(printedUrl('https://example.org/xz/')).toBe('example.org/xz/');
    expect(printedUrl('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080/');
  });
});
