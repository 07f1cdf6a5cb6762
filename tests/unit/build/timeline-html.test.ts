import { describe, expect, it } from 'vitest';

import { TIMELINE_FILTER_FORM } from '../../../src/components/timeline/first-paint';
import { cspScriptHash } from '../../../src/lib/site/csp-hash';
import { unpackEvent } from '../../../src/lib/timeline/chart-data';
import { BUILD_CHART_WIDTH, openingWindow } from '../../../src/lib/timeline/opening-view';
import { prepareEvents } from '../../../src/lib/timeline/prepare';
import type { ChartData } from '../../../src/lib/timeline/types';
import { domainOf } from '../../../src/lib/timeline/viewport';
import { hasBuild, readBuiltJson, readBuiltText } from '../../support/built-site';

describe.skipIf(!hasBuild())('the built /timeline/ page', () => {
  const html = readBuiltText('timeline/index.html');
  const data = JSON.parse(
    /<script type="application\/json" class="tl-data">([\s\S]*?)<\/script>/.exec(html)![1]!,
  ) as ChartData;
  const { events } = prepareEvents(data.events.map(unpackEvent));

  it('holds one mark per event in the opening view before any script runs', () => {
    const marks = /<g class="tl-layer-marks">([\s\S]*?)<\/g>/.exec(html)![1]!;
    const keys = [...marks.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]!);
    const counts = new Map(
      [...html.matchAll(/<text class="tl-count"[^>]*data-key="([^"]+)"[^>]*>(\d+)<\/text>/g)].map(
        (m) => [m[1]!, Number(m[2])],
      ),
    );
    const shown = keys.reduce((sum, key) => sum + (counts.get(key) ?? 1), 0);
    const [start, end] = openingWindow(domainOf(events), events, BUILD_CHART_WIDTH);
    // A mark is drawn while any of it is in view: up to a mark's width (16 px) past an edge.
    const slack = ((end - start) / BUILD_CHART_WIDTH) * 16;
    const within = (from: number, to: number) =>
      events.filter((event) => event.start >= from && event.start <= to).length;
    expect(keys.length).toBeGreaterThan(10);
    expect(shown).toBeGreaterThanOrEqual(within(start, end));
    expect(shown).toBeLessThanOrEqual(within(start - slack, end + slack));
    expect(new Set(keys).size).toBe(keys.length);
  });

  // Issue #15: parsing follows the raw bytes, so the page stays under 120 KB uncompressed.
  it('stays under 120 KB with the full no-script list, and embeds no summaries', () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(120_000);
    const list = /<ol class="tl-years">([\s\S]*)<\/section>/.exec(html)![1]!;
    for (const event of events) expect(list, event.id).toContain(`/${event.id}/">`);
    expect(list.match(/<time datetime=/g)).toHaveLength(events.length);
    expect(html).not.toContain('"summary"');
  });

  // The parser must meet the chart's first mark before the browser's first paint, so what comes
  // before it stays small: the filter form (some 400 elements) follows the chart in the HTML.
  it("reaches the chart's first mark within 20 KB, the filter form following the chart", () => {
    const firstMark = html.indexOf('tl-mark', html.indexOf('class="tl-chart"'));
    expect(firstMark).toBeGreaterThan(0);
    expect(firstMark).toBeLessThanOrEqual(20_000);
    expect(html).toContain('<div class="tl-filter-panel"></div>');
    const form =
      /<template class="tl-filter-form">([\s\S]*?)<\/template><script>([\s\S]*?)<\/script>/.exec(
        html,
      );
    expect(form, 'the filter form and the script that moves it').not.toBeNull();
    expect(form!.index).toBeGreaterThan(firstMark);
    expect(form![1]!.match(/type="checkbox"/g)!.length).toBeGreaterThan(20);
    expect(form![1]).toContain('data-action="clear"');
    expect(form![2]).toBe(TIMELINE_FILTER_FORM);
  });

  it("lets the inline script that moves the filter form run under the page's CSP", async () => {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    const scripts = /script-src ([^;]*)/.exec(policy)![1]!;
    expect(scripts).toContain(`'${await cspScriptHash(TIMELINE_FILTER_FORM)}'`);
  });

  it('writes a detail file for every event, so an opened event can show its summary', () => {
    for (const event of events) {
      const detail = readBuiltJson<{ summary: string }>(`timeline/details/${event.id}.json`);
      expect(detail.summary.length, event.id).toBeGreaterThan(20);
    }
  });

  it('lets the service worker precache the detail files and the search file', () => {
    const worker = readBuiltText('sw.js');
    expect(worker).toContain('timeline/search.json');
    for (const event of events) expect(worker).toContain(`timeline/details/${event.id}.json`);
  });
});
