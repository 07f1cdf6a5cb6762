import { describe, expect, it } from 'vitest';

import { filterEvents, NO_FILTERS, placementLane } from '../../../../src/lib/timeline/filters';
import { laneLayoutConfig } from '../../../../src/lib/timeline/lanes';
import { estimateMeasure } from '../../../../src/lib/timeline/measure';
import { buildScene } from '../../../../src/lib/timeline/scene';
import { sceneToSvg } from '../../../../src/lib/timeline/svg-string';
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

function phoneLayout(events = STORY_EVENTS, width = 390, window?: [number, number]) {
  const config = laneLayoutConfig({ filters: NO_FILTERS, collapsed: new Set(), measure, width });
  const engine = createVerticalEngine(filterEvents(events, NO_FILTERS), {
    bands: config.bands,
    bandOf: (event) => placementLane(event, NO_FILTERS),
    measure,
    width,
  });
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
