/**
 * The phone layout: at 480 px and narrower, time runs down the chart. Each lane is a narrow
 * coloured column on the left; titles are drawn whole, wrapped to the width that is left, in
 * blocks at least a fingertip (44 px) tall that stay next to their mark or are left out (the
 * mark stays, the title shows on focus and in the list). The viewport's `width` is the length
 * of the time axis (the chart's height), so the zoom and keyboard code works unchanged.
 */
import { eraBands } from './eras';
import type { BandLayout, BandSpec, LayoutEngine, PlacedMark, TimelineLayout } from './layout';
import { isKey } from './layout';
import { chunkSteps } from './slices';
import { chooseTicks } from './ticks';
import type { MeasureText, TimelineEvent, Viewport } from './types';
import { timeToX } from './viewport';

/** The widest chart that is drawn vertically. */
const PHONE_MAX_WIDTH = 480;

export const isVerticalWidth = (width: number) => width > 0 && width <= PHONE_MAX_WIDTH;

export const VERTICAL_GEOMETRY = {
  /** The chart's height on a phone: the time axis, whatever the screen's height. */
  length: 560,
  /** Room on the left for axis labels ("Mar 2024"). */
  axisWidth: 50,
  columnWidth: 11,
  titleGap: 8,
  lineHeight: 16,
  /** The smallest touch target. */
  minBlock: 44,
  /** How far a title block may slide from its mark's time before it is left out. */
  maxShift: 40,
  /** Marks this many px from either end of the axis are clipped (no title). */
  edge: 6,
  dot: 12,
} as const;

export interface VerticalConfig {
  bands: readonly BandSpec[];
  bandOf: (event: TimelineEvent) => string;
  measure: MeasureText;
  /** The chart's width on screen. */
  width: number;
}

/** A placed event (or group at one spot) with its wrapped title, if any. */
export interface VerticalMark extends PlacedMark {
  /** Column centre. */
  cx: number;
  /** The title's lines (empty: not drawn) and the top of its block. */
  lines: string[];
  blockTop: number;
  blockHeight: number;
}

export interface VerticalLayout extends TimelineLayout {
  orientation: 'vertical';
  /** The chart's width on screen (the viewport's width is the time axis). */
  chartWidth: number;
  titleX: number;
  marks: VerticalMark[];
}

export const isVerticalLayout = (layout: TimelineLayout): layout is VerticalLayout =>
  (layout as Partial<VerticalLayout>).orientation === 'vertical';

/**
 * Breaks a title into lines no wider than `maxWidth`, at spaces; a single word wider than
 * that keeps its own line (a title is never cut).
 */
export function wrapTitle(
  title: string,
  maxWidth: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Free vertical intervals: a sorted list of taken [top, bottom) blocks. */
function placeBlock(
  taken: [number, number][],
  want: number,
  height: number,
  min: number,
  max: number,
  maxShift: number,
): number | null {
  // Candidates: where it wants to be, and flush against each neighbour within reach.
  const candidates = [want];
  for (const [top, bottom] of taken) candidates.push(bottom, top - height);
  let best: number | null = null;
  for (const y of candidates) {
    if (y < min || y + height > max || Math.abs(y - want) > maxShift) continue;
    if (taken.some(([top, bottom]) => y < bottom && y + height > top)) continue;
    if (best === null || Math.abs(y - want) < Math.abs(best - want)) best = y;
  }
  if (best !== null) {
    taken.push([best, best + height]);
    taken.sort((a, b) => a[0] - b[0]);
  }
  return best;
}

export function createVerticalEngine(
  events: readonly TimelineEvent[],
  config: VerticalConfig,
): LayoutEngine {
  const g = VERTICAL_GEOMETRY;
  // Every lane keeps its column (so a colour is always in the same place), empty or not.
  const counts = new Map<string, number>();
  for (const event of events) {
    const id = config.bandOf(event);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const bands: BandLayout[] = config.bands
    .filter((band) => (counts.get(band.id) ?? 0) > 0)
    .map((band) => ({
      ...band,
      collapsed: false,
      count: counts.get(band.id)!,
      y: 0,
      height: 0,
      rows: 1,
    }));
  const column = new Map(bands.map((band, i) => [band.id, i]));
  const titleX = g.axisWidth + bands.length * g.columnWidth + g.titleGap;
  const titleWidth = Math.max(60, config.width - titleX - 6);
  const wrapped = new Map<string, string[]>();
  const linesOf = (event: TimelineEvent) => {
    let lines = wrapped.get(event.id);
    if (!lines)
      wrapped.set(
        event.id,
        (lines = wrapTitle(event.title, titleWidth, config.measure, isKey(event))),
      );
    return lines;
  };

  function layout(viewport: Viewport): TimelineLayout {
    const marks: VerticalMark[] = [];
    for (const event of events) {
      const y = timeToX(viewport, event.start);
      if (y < -g.dot || y > viewport.width + g.dot) continue;
      const band = config.bandOf(event);
      const cx = g.axisWidth + (column.get(band) ?? 0) * g.columnWidth + g.columnWidth / 2;
      marks.push({
        key: event.id,
        band,
        row: 0,
        cx,
        left: cx - g.dot / 2,
        right: cx + g.dot / 2,
        cy: y,
        events: [event],
        lead: event,
        label: '',
        labelSide: 'right',
        lines: [],
        blockTop: y - g.minBlock / 2,
        blockHeight: g.minBlock,
      });
    }
    // Key moments claim their place first, then the rest in time order.
    const order = [...marks].sort(
      (a, b) => a.lead.importance - b.lead.importance || a.lead.start - b.lead.start,
    );
    const taken: [number, number][] = [];
    for (const mark of order) {
      if (mark.cy < g.edge || mark.cy > viewport.width - g.edge) continue;
      const lines = linesOf(mark.lead);
      const height = Math.max(g.minBlock, lines.length * g.lineHeight + 12);
      const top = placeBlock(taken, mark.cy - height / 2, height, 0, viewport.width, g.maxShift);
      if (top === null) continue;
      mark.lines = lines;
      mark.label = mark.lead.title;
      mark.blockTop = top;
      mark.blockHeight = height;
    }
    const result: VerticalLayout = {
      orientation: 'vertical',
      chartWidth: config.width,
      titleX,
      viewport,
      height: viewport.width,
      bands,
      marks,
      ticks: chooseTicks(viewport, 44),
      eras: eraBands(viewport, config.measure),
    };
    return result;
  }

  // The titles' wrapping is what costs on first layout: done ahead, a hundred titles a step.
  const warmUp = () => chunkSteps(events, 100, (chunk) => chunk.forEach(linesOf));

  return { bands, height: g.length, layout, warmUp, bandOf: config.bandOf };
}
