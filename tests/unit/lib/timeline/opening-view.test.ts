import { describe, expect, it } from 'vitest';

import { isKey } from '../../../../src/lib/timeline/layout';
import {
  BUILD_CHART_WIDTH,
  renderOpeningChart,
  SAFE_MEASURE,
} from '../../../../src/lib/timeline/opening-view';
import { STORY_EVENTS } from './fixtures';

/** The chart's inner width with the page at 1280, 1024 and 768 px. */
const WIDTHS = [
  [1280, BUILD_CHART_WIDTH],
  [1024, 990],
  [768, 734],
] as const;

describe('the chart drawn at build time', () => {
  for (const [screen, width] of WIDTHS) {
    it(`draws the opening view for a ${screen} px screen with whole labels that never collide`, async () => {
      const { layout, svg } = renderOpeningChart(STORY_EVENTS, width);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/opening-${screen}.svg`);
      expect(svg).not.toContain('…');
      // Every label is its mark's whole title and ends inside the chart.
      const labelled = layout.marks.filter((mark) => mark.label !== '');
      expect(labelled.length).toBeGreaterThan(0);
      // On each row of each lane, nothing (mark or label) overlaps what comes before it, and
      // every label is its mark's whole title, inside the chart.
      const rows = new Map<string, [number, number][]>();
      for (const mark of layout.marks) {
        const key = `${mark.band}/${mark.row}`;
        const label = mark.label ? 5 + SAFE_MEASURE(mark.label, isKey(mark.lead)) : 0;
        const span: [number, number] =
          mark.labelSide === 'left'
            ? [mark.left - label, mark.right]
            : [mark.left, mark.right + label];
        if (mark.label) {
          expect(mark.label).toBe(mark.lead.title);
          expect(span[0]).toBeGreaterThanOrEqual(0);
          expect(span[1]).toBeLessThanOrEqual(width);
        }
        rows.set(key, [...(rows.get(key) ?? []), span]);
      }
      for (const spans of rows.values()) {
        spans.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++)
          expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
      }
    });
  }

  it('keeps every layer, empty ones too, so the live chart can adopt the markup in paint order', () => {
    const { svg } = renderOpeningChart(STORY_EVENTS);
    expect(svg).toContain('<g class="tl-layer-rings"></g>');
    expect(svg).toContain('<g class="tl-layer-callout"></g>');
    expect(svg.indexOf('tl-layer-rings')).toBeLessThan(svg.indexOf('tl-layer-marks'));
  });

  it('labels the key moments that have room at desktop width', () => {
    const { layout } = renderOpeningChart(STORY_EVENTS);
    const key = layout.marks.filter((mark) => mark.events.length === 1 && isKey(mark.lead));
    expect(key.length).toBeGreaterThan(0);
    expect(key.filter((mark) => mark.label === '').map((mark) => mark.lead.id)).toEqual([]);
  });
});
