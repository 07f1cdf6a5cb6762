import { describe, expect, it } from 'vitest';

import { filterEvents, NO_FILTERS, placementLane } from '../../../../src/lib/timeline/filters';
import { laneLayoutConfig } from '../../../../src/lib/timeline/lanes';
import { estimateMeasure } from '../../../../src/lib/timeline/measure';
import { buildScene } from '../../../../src/lib/timeline/scene';
import { sceneToSvg } from '../../../../src/lib/timeline/svg-string';
import type { TimelineEvent } from '../../../../src/lib/timeline/types';
import {
  createVerticalEngine,
  isVerticalLayout,
  isVerticalWidth,
  VERTICAL_GEOMETRY,
  type VerticalLayout,
  wrapTitle,
} from '../../../../src/lib/timeline/vertical';
import { domainOf, fitWindow } from '../../../../src/lib/timeline/viewport';
import { eventInput, prepared, STORY_EVENTS } from './fixtures';

const measure = estimateMeasure(12);
const length = VERTICAL_GEOMETRY.length;

/** The phone engine over `events` with no filters, measuring titles with `by`. */
function phoneEngine(events: readonly TimelineEvent[], width = 390, by = measure) {
  const config = laneLayoutConfig({ filters: NO_FILTERS, collapsed: new Set(), measure, width });
  return createVerticalEngine(filterEvents(events, NO_FILTERS), {
    bands: config.bands,
    bandOf: (event) => placementLane(event, NO_FILTERS),
    measure: by,
    width,
  });
}

function phoneLayout(events = STORY_EVENTS, width = 390, window?: [number, number]) {
  const engine = phoneEngine(events, width);
  const domain = domainOf(events);
  const [start, end] = window ?? fitWindow(domain, events, length, 0.2 * length);
  const layout = engine.layout({ start, end, width: length });
  if (!isVerticalLayout(layout)) throw new Error('expected the vertical layout');
  return layout as VerticalLayout;
}

describe('the phone (vertical) layout', () => {
  it('turns vertical at 480 px and narrower, never wider', () => {
    expect(isVerticalWidth(390)).toBe(true);
    expect(isVerticalWidth(480)).toBe(true);
    expect(isVerticalWidth(481)).toBe(false);
    expect(isVerticalWidth(0)).toBe(false);
  });

  it('wraps a title at spaces and keeps every word, never cutting one', () => {
    const title = 'Jia Tan is added to the xz repository as a second maintainer';
    const lines = wrapTitle(title, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines.slice(0, -1)) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(wrapTitle('supercalifragilistic', 20, measure)).toEqual(['supercalifragilistic']);
  });

  it('places marks so later events sit lower, each in its lane column', () => {
    const layout = phoneLayout();
    const ys = layout.marks.map((mark) => mark.cy);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const columns = new Map<string, number>();
    for (const mark of layout.marks) {
      expect(columns.get(mark.band) ?? mark.cx).toBe(mark.cx);
      columns.set(mark.band, mark.cx);
    }
    expect(new Set(columns.values()).size).toBe(columns.size);
  });

  it('draws titles whole, in blocks at least 44 px tall that never overlap and stay near their mark', () => {
    const layout = phoneLayout();
    const titled = layout.marks.filter((mark) => mark.lines.length > 0);
    expect(titled.length).toBeGreaterThan(3);
    for (const mark of titled) {
      expect(mark.lines.join(' ')).toBe(mark.lead.title);
      expect(mark.blockHeight).toBeGreaterThanOrEqual(44);
      const middle = mark.blockTop + mark.blockHeight / 2;
      expect(Math.abs(middle - mark.cy)).toBeLessThanOrEqual(VERTICAL_GEOMETRY.maxShift);
    }
    const blocks = titled
      .map((m) => [m.blockTop, m.blockTop + m.blockHeight])
      .sort((a, b) => a[0]! - b[0]!);
    for (let i = 1; i < blocks.length; i++)
      expect(blocks[i]![0]).toBeGreaterThanOrEqual(blocks[i - 1]![1]!);
  });

  it('gives a key moment its title before the minor events on the same day', () => {
    const crowd = prepared([
      eventInput({ id: 'minor-a', importance: 3 }),
      eventInput({ id: 'key', importance: 1 }),
      eventInput({ id: 'minor-b', importance: 3 }),
      eventInput({ id: 'far', date: '2023-01-01', importance: 3 }),
    ]);
    const layout = phoneLayout(crowd, 390, [Date.UTC(2022, 5, 1), Date.UTC(2024, 11, 1)]);
    const titled = layout.marks.filter((mark) => mark.lines.length > 0).map((mark) => mark.key);
    expect(titled).toContain('key');
    expect(titled).not.toContain('minor-a');
    expect(titled).not.toContain('minor-b');
    expect(titled).toContain('far');
  });

  it('every event in view gets a touch target at least 44 px square', () => {
    const svg = sceneToSvg(buildScene(phoneLayout(), { measure }));
    const hits = [...svg.matchAll(/class="tl-hit"[^>]*width="([\d.]+)" height="([\d.]+)"/g)];
    expect(hits.length).toBe(phoneLayout().marks.length);
    for (const [, w, h] of hits) {
      expect(Number(w)).toBeGreaterThanOrEqual(44);
      expect(Number(h)).toBeGreaterThanOrEqual(44);
    }
  });

  it('draws the story at 390 px, time running down', async () => {
    const svg = sceneToSvg(
      buildScene(phoneLayout(), { measure, focusId: 'freund', focusVisible: true }),
    );
    expect(svg).toContain('width="390"');
    expect(svg).not.toContain('…');
    await expect(svg).toMatchFileSnapshot('__snapshots__/story-vertical-390.svg');
  });
});

describe('where the phone layout puts each title block', () => {
  const g = VERTICAL_GEOMETRY;
  /** A window of one px a day down the whole axis, from 1 January 2022. */
  const origin = Date.UTC(2022, 0, 1);
  const window: [number, number] = [origin, origin + length * 86_400_000];
  /** An event `y` px (days) down the axis; minor unless said otherwise. */
  const down = (id: string, y: number, importance: 1 | 2 | 3 = 3, title = `Event ${id}`) =>
    eventInput({
      id,
      title,
      importance,
      date: new Date(origin + y * 86_400_000).toISOString().slice(0, 10),
    });
  const place = (...inputs: ReturnType<typeof down>[]) => {
    const layout = phoneLayout(prepared(inputs), 390, window);
    return (id: string) => layout.marks.find((mark) => mark.key === id);
  };

  it('draws a mark within a dot of either end of the axis, and none beyond', () => {
    const mark = place(
      down('above', -13),
      down('top', -11),
      down('bottom', length + 11),
      down('below', length + 13),
    );
    expect(mark('above')).toBeUndefined();
    expect(mark('top')?.cy).toBe(-11);
    expect(mark('bottom')?.cy).toBe(length + 11);
    expect(mark('below')).toBeUndefined();
  });

  it('centres a block on its mark where there is room, and leaves a mark without one untitled', () => {
    const mark = place(down('alone', 200), down('clipped', 2));
    expect(mark('alone')).toMatchObject({ blockTop: 178, blockHeight: 44, label: 'Event alone' });
    expect(mark('clipped')).toMatchObject({
      label: '',
      lines: [],
      labelSide: 'right',
      blockTop: 2 - g.minBlock / 2,
      blockHeight: g.minBlock,
    });
  });

  it('lets a block touch either end of the axis but not pass it', () => {
    const mark = place(down('top', 22), down('bottom', length - 22));
    expect(mark('top')?.blockTop).toBe(0);
    expect(mark('bottom')?.blockTop).toBe(length - 44);
    // One px further out, with nothing to slide against: no title.
    expect(place(down('above', 21))('above')?.label).toBe('');
    expect(place(down('below', length - 21))('below')?.label).toBe('');
  });

  it('slides a block up to 40 px from its mark, flush against a neighbour, and no further', () => {
    // "a" takes 178–222: "b" (wants 182) fits flush below it, 40 px down; "c" (wants 178, the
    // same day as "a") would have to move 44 px either way and stays untitled.
    const mark = place(down('a', 200, 2), down('b', 204), down('c', 200));
    expect(mark('a')?.blockTop).toBe(178);
    expect(mark('b')?.blockTop).toBe(222);
    expect(mark('c')?.label).toBe('');
  });

  it('takes the nearest free place, not the first it tries', () => {
    // Between "a" (178–222) and "c" (278–322) "b" (wants 248) could sit at 222 or, nearer,
    // flush above "c" at 234.
    const mark = place(down('a', 200, 2), down('c', 300, 2), down('b', 270));
    expect(mark('b')?.blockTop).toBe(234);
  });

  it('places key moments first, then the rest in time order', () => {
    const mark = place(down('early', 200), down('late', 210), down('key', 260, 1));
    expect(mark('key')?.blockTop).toBe(238);
    expect(mark('early')?.blockTop).toBe(178);
    // "late" wants 188, where "early" is: below "early" runs into "key", and every other
    // place is more than 40 px away.
    expect(mark('late')?.label).toBe('');
  });

  it('makes a block tall enough for its lines: 16 px each and 12 more, 44 at least', () => {
    const mark = place(
      down(
        'long',
        300,
        3,
        'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
      ),
    );
    const lines = mark('long')!.lines.length;
    expect(lines).toBeGreaterThan(2);
    expect(mark('long')!.blockHeight).toBe(lines * 16 + 12);
  });

  it('wraps titles to the room right of the lane columns, less a 6 px margin', () => {
    const layout = phoneLayout(prepared([down('x', 300)]), 390, window);
    const room = 390 - layout.titleX - 6;
    // One-letter words: the title just overflows the room, so it takes exactly two lines.
    let title = 'a';
    while (measure(`${title} a`) <= room) title += ' a';
    title += ' a';
    const mark = place(down('wide', 300, 3, title))('wide')!;
    expect(mark.lines).toEqual(wrapTitle(title, room, measure));
    expect(mark.lines).toHaveLength(2);
  });

  it('keeps every lane open, and wraps every title ahead of the first layout when asked', () => {
    const events = prepared([down('a', 100), down('b', 200)]);
    let measured = 0;
    const counting: typeof measure = (text, bold) => (measured++, measure(text, bold));
    const engine = phoneEngine(events, 390, counting);
    expect(engine.bands.every((band) => !band.collapsed)).toBe(true);
    const steps = engine.warmUp({
      start: origin,
      end: origin + length * 86_400_000,
      width: length,
    });
    expect(steps).toHaveLength(1);
    for (const step of steps) step();
    expect(measured).toBeGreaterThan(0);
  });
});

describe('wrapping a title', () => {
  const perChar = (text: string, bold = false) => text.length * (bold ? 2 : 1);

  it('keeps a line that is exactly as wide as the room', () => {
    expect(wrapTitle('abc def', 7, perChar)).toEqual(['abc def']);
    expect(wrapTitle('abc def', 6, perChar)).toEqual(['abc', 'def']);
  });

  it('ignores runs of spaces and spaces at either end', () => {
    expect(wrapTitle('  abc   def  ', 7, perChar)).toEqual(['abc def']);
    expect(wrapTitle('   ', 7, perChar)).toEqual([]);
  });

  it('measures the bold face only for a bold title', () => {
    expect(wrapTitle('abc def', 7, perChar)).toEqual(['abc def']);
    expect(wrapTitle('abc def', 7, perChar, true)).toEqual(['abc', 'def']);
  });
});
