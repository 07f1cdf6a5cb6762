import { describe, expect, it } from 'vitest';

import { printedUrl } from '../../../../src/lib/handout/links';

describe('handout addresses', () => {
  it('are printed without the scheme', () => {
    expect(printedUrl('https://example.org/xz/')).toBe('example.org/xz/');
    expect(printedUrl('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080/');
  });
});
