import { describe, expect, it } from 'vitest';

import { readBuiltJson, readBuiltSite, readBuiltText } from '../../support/built-site';

interface EventRecord {
  id: string;
  sources: { url: string; kind: string }[];
}

describe('the open data in dist/data/', () => {
  it('publishes every event in /data/events.json with a primary https source', async () => {
    const records = readBuiltJson<EventRecord[]>('data/events.json');
    const site = await readBuiltSite();
    const eventPages = [...site.pages.keys()].filter((page) =>
      /^events\/[^/]+\/index\.html$/.test(page),
    );
    expect(records.length).toBe(eventPages.length);
    for (const record of records) {
      expect(
        record.sources.some(
          (source) => source.kind === 'primary' && source.url.startsWith('https://'),
        ),
        record.id,
      ).toBe(true);
    }
  });

  it('publishes the same events as CSV, one row each', () => {
    const records = readBuiltJson<EventRecord[]>('data/events.json');
    const rows = readBuiltText('data/events.csv').trimEnd().split('\r\n');
    expect(rows[0]!.startsWith('id,date,datePrecision')).toBe(true);
    // Summaries hold no line breaks, so rows and records line up one to one.
    expect(rows.length - 1).toBe(records.length);
  });
});
