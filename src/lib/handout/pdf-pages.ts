/**
 * Counts the pages of a PDF by its page objects ("/Type /Page", not "/Type /Pages").
 * Enough for the PDFs Chromium writes, which keep page dictionaries uncompressed.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF (no %PDF- header)');
  return [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
}
