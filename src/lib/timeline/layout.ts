/**
 * The layout engine: filtered events + a viewport → positioned marks, lane bands, ticks and
 * eras, all in screen pixels. Clustering and stacking run in world pixels and are cached per
 * zoom level, so a pan only re-culls and shifts; a zoom recomputes in linear time.
 */
import { type Cluster, clusterEvents, DEFAULT_GEOMETRY, type MarkGeometry } from './clusters';
import { type EraBand, eraBands } from './eras';
import { stackItems } from './stacking';
import { chooseTicks, type TickSet } from './ticks';
import type { MeasureText, TimelineEvent, Viewport } from './types';
import { type Domain, pxPerMs } from './viewport';

export interface BandSpec {
  id: string;
  label: string;
  collapsed: boolean;
}

export interface LayoutConfig {
  /** Lanes in display order. Lanes without events are left out of the layout. */
  bands: readonly BandSpec[];
  /** The lane an event is drawn in. */
  bandOf: (event: TimelineEvent) => string;
  /** Rows of an expanded lane (a collapsed lane has one row and no labels). */
  rows: number;
  rowHeight: number;
  headerHeight: number;
  /** y where the first lane starts (room above for era names and the axis). */
  top: number;
  geometry: MarkGeometry;
  labels: boolean;
  labelGap: number;
  /** A title wider than this is not drawn as a label (it shows on hover, focus and in the list). */
  maxLabelWidth: number;
  measure: MeasureText;
}

export const DEFAULT_LAYOUT: Omit<LayoutConfig, 'bands' | 'bandOf' | 'measure'> = {
  rows: 2,
  rowHeight: 22,
  headerHeight: 20,
  top: 44,
  geometry: DEFAULT_GEOMETRY,
  labels: true,
  labelGap: 5,
  maxLabelWidth: 460,
};

export interface BandLayout extends BandSpec {
  count: number;
  y: number;
  height: number;
  rows: number;
}

export interface PlacedMark {
  key: string;
  band: string;
  row: number;
  /** Screen extent of the dot or pill. */
  left: number;
  right: number;
  /** Vertical centre of the mark's row. */
  cy: number;
  events: readonly TimelineEvent[];
  lead: TimelineEvent;
  /** The whole title, or '' where it does not fit (a label is never cut short). */
  label: string;
  /** Labels sit right of their mark, except near the right edge where only the left has room. */
  labelSide: 'right' | 'left';
}

export interface TimelineLayout {
  viewport: Viewport;
  height: number;
  bands: BandLayout[];
  marks: PlacedMark[];
  ticks: TickSet;
  eras: EraBand[];
}

/** One lane at one zoom: its marks in world px, with their rows and granted label widths. */
interface WorldLane {
  clusters: Cluster[];
  rows: Uint8Array;
  labelWidths: Float64Array;
}

export interface LayoutEngine {
  readonly bands: readonly BandLayout[];
  readonly height: number;
  layout(viewport: Viewport): TimelineLayout;
  /**
   * The work `layout(viewport)` would do first, one step per lane, so a caller can spread it
   * over several tasks; layout then finds it done.
   */
  warmUp(viewport: Viewport): (() => void)[];
  /** The band an event is drawn in (after filters), for keyboard moves between lanes. */
  bandOf(event: TimelineEvent): string;
}

function bandGeometry(config: LayoutConfig, counts: Map<string, number>): BandLayout[] {
  let y = config.top;
  const bands: BandLayout[] = [];
  for (const spec of config.bands) {
    const count = counts.get(spec.id) ?? 0;
    if (count === 0) continue;
    const rows = spec.collapsed ? 1 : config.rows;
    const height = config.headerHeight + rows * config.rowHeight;
    bands.push({ ...spec, count, y, height, rows });
    y += height;
  }
  return bands;
}

export function createLayoutEngine(
  events: readonly TimelineEvent[],
  domain: Domain,
  config: LayoutConfig,
): LayoutEngine {
  const byBand = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const id = config.bandOf(event);
    let list = byBand.get(id);
    if (!list) byBand.set(id, (list = []));
    list.push(event);
  }
  const counts = new Map([...byBand].map(([id, list]) => [id, list.length]));
  const bands = bandGeometry(config, counts);
  const last = bands[bands.length - 1];
  const height = last ? last.y + last.height : config.top;

  const titleWidths = new Map<string, number>();
  const titleWidth = (event: TimelineEvent) => {
    let width = titleWidths.get(event.id);
    if (width === undefined)
      titleWidths.set(event.id, (width = config.measure(event.title, isKey(event))));
    return width;
  };
  const reach =
    config.geometry.maxClusterSpan +
    4 * config.geometry.clusterRadius +
    config.labelGap +
    config.maxLabelWidth;

  let cachedScale = NaN;
  let cachedWorld: (WorldLane | undefined)[] = [];

  /** One lane clustered and stacked at this zoom, in world px (x = 0 at the domain start). */
  function worldLane(scale: number, index: number): WorldLane {
    if (scale !== cachedScale) [cachedScale, cachedWorld] = [scale, []];
    const cached = cachedWorld[index];
    if (cached) return cached;
    const band = bands[index]!;
    const worldX = (t: number) => (t - domain[0]) * scale;
    const clusters = clusterEvents(byBand.get(band.id) ?? [], worldX, config.geometry);
    const withLabels = config.labels && !band.collapsed;
    const items = clusters.map((c) => ({
      left: c.left,
      right: c.right,
      labelWidth: withLabels ? wantedWidth(titleWidth(c.lead), config.maxLabelWidth) : 0,
      priority: c.lead.importance,
    }));
    const stackOptions = { rows: band.rows, labelGap: config.labelGap, gap: config.geometry.gap };
    return (cachedWorld[index] = { clusters, ...stackItems(items, stackOptions) });
  }

  /** Every lane at this zoom; cached, so a pan only re-culls and shifts. */
  const world = (scale: number) => bands.map((_, index) => worldLane(scale, index));

  function layout(viewport: Viewport): TimelineLayout {
    const scale = pxPerMs(viewport);
    const offset = (viewport.start - domain[0]) * scale;
    const marks: PlacedMark[] = [];
    world(scale).forEach(({ clusters, rows, labelWidths }, index) => {
      const band = bands[index]!;
      const withLabels = config.labels && !band.collapsed;
      /** Screen x where each row's last drawn mark or label ends. */
      const rowEnd = new Array<number>(band.rows).fill(-Infinity);
      // Marks are sorted by left edge; start a cluster's width before the view.
      for (let i = firstAtOrAfter(clusters, offset - reach); i < clusters.length; i++) {
        const cluster = clusters[i]!;
        const row = rows[i]!;
        const labelWidth = labelWidths[i]!;
        const left = cluster.left - offset;
        if (left > viewport.width) break;
        const right = cluster.right - offset;
        // Off the left edge: its label is never drawn (see below), so neither is the mark.
        if (right < 0) continue;
        // A label is drawn whole or not at all: not when its mark has slid off the left, nor
        // when it would run past the right edge, where it moves left of its mark if that is free.
        const fits =
          labelWidth > 0 && left >= 0 && right + config.labelGap + labelWidth <= viewport.width - 2;
        const title = withLabels && !fits && left >= 0 ? titleWidth(cluster.lead) : Infinity;
        const flips =
          title <= config.maxLabelWidth &&
          right + config.labelGap + title > viewport.width - 2 &&
          left - config.labelGap - title >= Math.max(0, rowEnd[row]! + config.geometry.gap);
        rowEnd[row] = fits ? right + config.labelGap + labelWidth : right;
        marks.push({
          key: cluster.key,
          band: band.id,
          row,
          left,
          right,
          cy: band.y + config.headerHeight + (row + 0.5) * config.rowHeight,
          events: cluster.events,
          lead: cluster.lead,
          label: fits || flips ? cluster.lead.title : '',
          labelSide: flips ? 'left' : 'right',
        });
      }
    });
    return {
      viewport,
      height,
      bands,
      marks,
      ticks: chooseTicks(viewport),
      eras: eraBands(viewport, config.measure),
    };
  }

  const warmUp = (viewport: Viewport) => [
    ...bands.map((_, index) => () => void worldLane(pxPerMs(viewport), index)),
    // Ticks and eras are cheap once their code is warm; the first call is not.
    () => void chooseTicks(viewport),
    () => void eraBands(viewport, config.measure),
  ];

  return { bands, height, layout, warmUp, bandOf: config.bandOf };
}

/** The label width a title asks for: all of it, or nothing when it is wider than the cap. */
const wantedWidth = (width: number, cap: number) => (width <= cap ? width : 0);

/** Key moments are drawn (and so measured) in bold. */
export const isKey = (event: TimelineEvent) => event.importance === 1;

function firstAtOrAfter(clusters: readonly Cluster[], x: number): number {
  let lo = 0;
  let hi = clusters.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clusters[mid]!.left < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
