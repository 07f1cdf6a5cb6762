#!/usr/bin/env node
// `npm run deck:pdf [-- --cut=10|25|45|all] [--skip=id,id] [--notes] [--out=file.pdf]`: prints
// the presenter deck of the built site, in the chosen cut, as a 16:9 PDF with one slide per page
// (with --notes, each slide is followed by a page of its speaker notes). Builds nothing: run
// `npm run build` first. Uses Chromium from CHROMIUM_PATH, else /usr/bin/chromium.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { describePdf, withBuiltPage } from './lib/chromium-pdf.mjs';
import { DECK_PAGE, printDeck } from './lib/deck-pdf.mjs';

const { values } = parseArgs({
  options: {
    cut: { type: 'string', default: '25' },
    skip: { type: 'string', default: '' },
    notes: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!['10', '25', '45', 'all'].includes(values.cut)) {
  console.error(`--cut=${values.cut}: choose 10, 25, 45 or all.`);
  process.exit(1);
}
const out = values.out ?? `dist/deck-${values.cut}${values.notes ? '-notes' : ''}.pdf`;

await withBuiltPage('present/', { viewport: DECK_PAGE }, async (page, url) => {
  const query = new URLSearchParams({ cut: values.cut });
  if (values.skip) query.set('skip', values.skip);
  await page.goto(`${url}?${query}`, { waitUntil: 'networkidle' });
  const { pdf, slides } = await printDeck(page, { notes: values.notes });
  await writeFile(out, pdf);
  console.log(describePdf(out, `cut ${values.cut}, ${slides} slides`, pdf));
});
