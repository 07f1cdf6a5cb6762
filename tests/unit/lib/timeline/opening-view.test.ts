import { describe, expect, it } from 'vitest';

import { STORY_END, STORY_START } from '../../../../src/lib/timeline/eras';
import { isKey } from '../../../../src/lib/timeline/layout';
import {
  BUILD_CHART_WIDTH,
  fitEventsWindow,
  openingWindow,
  renderOpeningChart,
  SAFE_MEASURE,
} from '../../../../src/lib/timeline/opening-view';
import type { TimelineEvent } from '../../../../src/lib/timeline/types';
import { eventInput, prepared, STORY_EVENTS } from './fixtures';

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

/** Where an instant falls on a chart `width` px wide showing `window`. */
const xOf = (t: number, [start, end]: [number, number], width: number) =>
  ((t - start) * width) / (end - start);
const at = (...dates: string[]): TimelineEvent[] =>
  prepared(dates.map((date) => eventInput({ date })));
/** A domain far wider than any window here, so no window is clamped to it. */
const WIDE = [Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1)] as const;

describe('the window the chart opens on', () => {
  const events = at('2022-01-01', '2023-01-01');
  const [first, last] = [events[0]!.start, events[1]!.start];

  for (const width of [390, BUILD_CHART_WIDTH]) {
    it(`keeps a fifth of a ${width} px chart free on the right for the last labels`, () => {
      const window = fitEventsWindow(WIDE, events, width);
      // The events and a 3 % margin either side fill the other four fifths.
      expect(xOf(first, window, width)).toBeCloseTo((0.03 / 1.06) * 0.8 * width, 6);
      expect(xOf(last, window, width)).toBeCloseTo((1.03 / 1.06) * 0.8 * width, 6);
    });
  }

  it('reserves no more than the widest label on a very wide chart', () => {
    const width = 3000;
    const window = fitEventsWindow(WIDE, events, width);
    // 480 px, the widest a label may be, rather than a fifth (600 px).
    expect(xOf(last, window, width)).toBeCloseTo((1.03 / 1.06) * (width - 480), 6);
  });

  it('opens on the story from a little before the arrival, leaving earlier years and later ones out', () => {
    const story = at('2021-08-30', '2024-03-29');
    const all = [...at('2009-05-01'), ...story, ...at('2025-01-01')].sort(
      (a, b) => a.start - b.start,
    );
    expect(story[0]!.start).toBe(STORY_START);
    expect(Date.UTC(2025, 0, 1)).toBe(STORY_END);
    expect(openingWindow(WIDE, all, 1000)).toEqual(fitEventsWindow(WIDE, story, 1000));
  });

  it('fits every event when none falls in the story', () => {
    const early = at('2009-05-01', '2015-06-01', '2021-08-29');
    expect(openingWindow(WIDE, early, 1000)).toEqual(fitEventsWindow(WIDE, early, 1000));
  });
});
