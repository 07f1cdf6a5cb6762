import { describe, expect, it } from 'vitest';

import { countPdfPages } from '../../../../src/lib/handout/pdf-pages';

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF`);

describe('counting PDF pages', () => {
  it('counts page objects and not the page tree', () => {
    const body =
      '1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n' +
      '2 0 obj << /Type /Page /Parent 1 0 R >> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj';
    expect(countPdfPages(pdf(body))).toBe(2);
  });

  it('refuses something that is not a PDF', () => {
    expect(() => countPdfPages(new TextEncoder().encode('<html>'))).toThrow(/not a PDF/);
  });
});
