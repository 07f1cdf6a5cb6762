import { describe, expect, it } from 'vitest';

import { NO_FILTERS } from '../../../../src/lib/timeline/filters';
import { laneLayoutConfig } from '../../../../src/lib/timeline/lanes';
import {
  createLayoutEngine,
  isKey,
  type TimelineLayout,
} from '../../../../src/lib/timeline/layout';
import { estimateMeasure, tableMeasure } from '../../../../src/lib/timeline/measure';
import { prepareEvents } from '../../../../src/lib/timeline/prepare';
import { syntheticData } from '../../../../src/lib/timeline/synthetic';
import { DAY, HOUR } from '../../../../src/lib/timeline/time';
import type { TimelineEvent } from '../../../../src/lib/timeline/types';
import { domainOf } from '../../../../src/lib/timeline/viewport';
import { byId, eventInput, prepared, STORY_EVENTS } from './fixtures';

const measure = estimateMeasure(12);
const SYNTHETIC = prepareEvents(syntheticData(1000).events).events;

function engineFor(events: readonly TimelineEvent[], width: number, collapsed: string[] = []) {
  const domain = domainOf(events);
  const config = laneLayoutConfig({
    filters: NO_FILTERS,
    collapsed: new Set(collapsed as never[]),
    measure,
    width,
  });
  return { domain, config, engine: createLayoutEngine(events, domain, config) };
}

/** Everything drawn on each row of each lane, as [from, to] px spans (mark, then label). */
function rowSpans(layout: TimelineLayout, labelGap: number) {
  const rows = new Map<string, [number, number][]>();
  for (const mark of layout.marks) {
    const key = `${mark.band}/${mark.row}`;
    const width = mark.label ? labelGap + measure(mark.label, isKey(mark.lead)) : 0;
    const span: [number, number] =
      mark.labelSide === 'left' ? [mark.left - width, mark.right] : [mark.left, mark.right + width];
    rows.set(key, [...(rows.get(key) ?? []), span]);
  }
  return rows;
}

describe('layout', () => {
  it('shows every event exactly once when the whole domain is in view', () => {
    const { domain, engine } = engineFor(SYNTHETIC, 1200);
    const layout = engine.layout({ start: domain[0], end: domain[1], width: 1200 });
    expect(layout.marks.reduce((n, mark) => n + mark.events.length, 0)).toBe(SYNTHETIC.length);
  });

  it('never overlaps marks or labels on a row, at any zoom', () => {
    const { domain, engine, config } = engineFor(SYNTHETIC, 1000);
    const middle = Date.UTC(2024, 2, 10);
    for (const span of [domain[1] - domain[0], 400 * DAY, 60 * DAY, 7 * DAY, 12 * HOUR]) {
      const layout = engine.layout({
        start: middle - span / 2,
        end: middle + span / 2,
        width: 1000,
      });
      for (const [row, spans] of rowSpans(layout, config.labelGap)) {
        spans.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) {
          // Labels are measured by the same table the layout used, so a tiny rounding slack suffices.
          expect(
            spans[i]![0] - spans[i - 1]![1],
            `${row} at span ${span / DAY} days`,
          ).toBeGreaterThanOrEqual(-0.5);
        }
      }
    }
  });

  it('keeps each mark on its row while the view pans', () => {
    const { engine } = engineFor(STORY_EVENTS, 900);
    const start = Date.UTC(2024, 1, 1);
    const a = engine.layout({ start, end: start + 60 * DAY, width: 900 });
    const b = engine.layout({ start: start + 9 * DAY, end: start + 69 * DAY, width: 900 });
    const rowsOf = (l: TimelineLayout) => new Map(l.marks.map((m) => [m.key, m.row]));
    const before = rowsOf(a);
    for (const [key, row] of rowsOf(b)) if (before.has(key)) expect(row).toBe(before.get(key));
    const moved = b.marks.find((m) => m.key === 'v561')!;
    const was = a.marks.find((m) => m.key === 'v561')!;
    expect(was.left - moved.left).toBeCloseTo((9 * 900) / 60, 5);
  });

  it('leaves out lanes without events and stacks the rest top to bottom', () => {
    const { engine } = engineFor(STORY_EVENTS, 900);
    expect(engine.bands.map((b) => b.id)).toEqual([
      'people',
      'code',
      'releases',
      'infrastructure',
      'discovery',
      'response',
    ]);
    for (let i = 1; i < engine.bands.length; i++) {
      const previous = engine.bands[i - 1]!;
      expect(engine.bands[i]!.y).toBe(previous.y + previous.height);
    }
    expect(engine.height).toBe(engine.bands.at(-1)!.y + engine.bands.at(-1)!.height);
  });

  it('draws a collapsed lane as one row of marks without labels', () => {
    const { domain, engine } = engineFor(STORY_EVENTS, 900, ['people']);
    const people = engine.bands.find((b) => b.id === 'people')!;
    expect(people.rows).toBe(1);
    const layout = engine.layout({ start: domain[0], end: domain[1], width: 900 });
    const marks = layout.marks.filter((m) => m.band === 'people');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.row === 0 && m.label === '')).toBe(true);
  });

  it('culls marks outside the view', () => {
    const { engine } = engineFor(STORY_EVENTS, 900);
    const layout = engine.layout({
      start: Date.UTC(2024, 2, 29),
      end: Date.UTC(2024, 2, 30),
      width: 900,
    });
    const shown = new Set(layout.marks.flatMap((m) => m.events.map((e) => e.id)));
    expect(shown).toEqual(new Set(['freund', 'cve', 'debian-revert', 'cisa']));
  });

  it('drops the label of a mark that slid off the left edge, and moves one that would run past the right to the left', () => {
    const { engine, config } = engineFor(STORY_EVENTS, 900);
    const t = byId(STORY_EVENTS, 'v560').start;
    const cut = engine.layout({ start: t + HOUR, end: t + 30 * DAY, width: 900 });
    const v560 = cut.marks.find((m) => m.key === 'v560');
    expect(v560 === undefined || v560.label === '').toBe(true);
    const edge = engine.layout({ start: t - 30 * DAY, end: t + 3 * DAY, width: 900 });
    const near = edge.marks.find((m) => m.events.some((e) => e.id === 'v560'))!;
    expect(near.right + config.labelGap + measure(near.lead.title, true)).toBeGreaterThan(900);
    expect(near.label).toBe(near.lead.title);
    expect(near.labelSide).toBe('left');
    const roomy = engine.layout({ start: t - 30 * DAY, end: t + 200 * DAY, width: 900 });
    expect(roomy.marks.find((m) => m.key === near.key)?.label).toBe(near.lead.title);
  });

  it('draws every label as the whole title or not at all', () => {
    const { engine } = engineFor(STORY_EVENTS, 700);
    const { marks } = engine.layout({
      start: Date.UTC(2021, 0),
      end: Date.UTC(2024, 6),
      width: 700,
    });
    expect(marks.some((m) => m.label !== '')).toBe(true);
    for (const mark of marks) expect(['', mark.lead.title]).toContain(mark.label);
  });

  it('lays out an empty set without failing', () => {
    const { engine } = engineFor([], 600);
    expect(engine.layout({ start: 0, end: DAY, width: 600 }).marks).toEqual([]);
  });
});

describe('warmUp', () => {
  it('does the first layout’s work lane by lane, and the layout it leaves is the same', () => {
    const { domain, engine } = engineFor(SYNTHETIC, 1246);
    const viewport = { start: domain[0], end: domain[1], width: 1246 };
    const steps = engine.warmUp(viewport);
    expect(steps.length).toBeGreaterThanOrEqual(engine.bands.length);
    for (const step of steps) step();
    const fresh = engineFor(SYNTHETIC, 1246).engine.layout(viewport);
    expect(engine.layout(viewport)).toEqual(fresh);
  });
});

describe('where a single mark and its label go, to the pixel', () => {
  // Ten px a character, and 2^22 ms a px (a power of two, so every edge below is exact).
  const tenPx = tableMeasure(() => 10);
  const PX = 2 ** 22;
  const t = Date.UTC(2024, 2, 29);
  /** The mark of one event with a `chars`-long title, its time `x` px into a `width` px view. */
  function single(x: number, chars: number, width = 1000) {
    const events = prepared([
      eventInput({ id: 'e', title: 'x'.repeat(chars), date: '2024-03-29' }),
    ]);
    const config = laneLayoutConfig({
      filters: NO_FILTERS,
      collapsed: new Set(),
      measure: tenPx,
      width,
    });
    const engine = createLayoutEngine(events, [t - 2048 * PX, t + 2048 * PX], config);
    const start = t - x * PX;
    return engine.layout({ start, end: start + width * PX, width }).marks[0];
  }

  it('draws a label right of its mark when it ends 2 px inside the view, or nearer', () => {
    // The mark spans x ± 6; a 5 px gap, then 100 px of title, ending at 998.
    expect(single(887, 10)).toMatchObject({ left: 881, right: 893, label: 'x'.repeat(10) });
    expect(single(887, 10)?.labelSide).toBe('right');
  });

  it('moves a label that would run 1 px past that to the left of its mark', () => {
    expect(single(888, 10)).toMatchObject({ label: 'x'.repeat(10), labelSide: 'left' });
  });

  it('moves it left only when it then starts inside the view', () => {
    // In a 300 px view: left of the mark at 205 there are exactly 5 + 200 px.
    expect(single(211, 20, 300)).toMatchObject({ label: 'x'.repeat(20), labelSide: 'left' });
    expect(single(210, 20, 300)?.label).toBe('');
  });

  it('draws a title exactly as wide as the widest label, on either side, and none wider', () => {
    // 1,000 px view: labels up to 480 px.
    expect(single(100, 48)?.label).toHaveLength(48);
    expect(single(900, 48)).toMatchObject({ labelSide: 'left' });
    expect(single(900, 48)?.label).toHaveLength(48);
    expect(single(100, 49)?.label).toBe('');
    expect(single(900, 49)?.label).toBe('');
  });

  it('labels a mark flush with the left edge, but not one cut by it', () => {
    expect(single(6, 10)).toMatchObject({ left: 0, label: 'x'.repeat(10) });
    expect(single(5, 10)).toMatchObject({ left: -1, label: '' });
  });

  it('draws a mark that touches either edge of the view, and none past them', () => {
    expect(single(-6, 10)).toMatchObject({ right: 0, label: '' });
    expect(single(-7, 10)).toBeUndefined();
    // Its label, if any, goes to its left, in view.
    expect(single(1006, 10)).toMatchObject({ left: 1000, labelSide: 'left' });
    expect(single(1007, 10)).toBeUndefined();
  });
});

describe('warming up', () => {
  it('measures the titles ahead, so the first layout after it measures none', () => {
    let titlesMeasured = 0;
    const titles = new Set(SYNTHETIC.map((event) => event.title));
    const counting: typeof measure = (text, bold) => {
      if (titles.has(text)) titlesMeasured++;
      return measure(text, bold);
    };
    const config = laneLayoutConfig({
      filters: NO_FILTERS,
      collapsed: new Set(),
      measure: counting,
      width: 1246,
    });
    const domain = domainOf(SYNTHETIC);
    const engine = createLayoutEngine(SYNTHETIC, domain, config);
    const viewport = { start: domain[0], end: domain[1], width: 1246 };
    for (const step of engine.warmUp(viewport)) step();
    expect(titlesMeasured).toBeGreaterThan(0);
    titlesMeasured = 0;
    engine.layout(viewport);
    expect(titlesMeasured).toBe(0);
  });
});
