/**
 * Layout → scene: a flat, keyed description of every SVG element, in paint order. The same
 * scene is serialised to a string (snapshots, the static home-page overview) and patched into
 * the live DOM (nodes reused by key), so what the tests see is what readers get.
 */
import { formatDate } from '../content/dates';
import { isKey, type PlacedMark, type TimelineLayout } from './layout';
import { fitLabel } from './measure';
import { datedText } from './time';
import type { MeasureText } from './types';
import { timeToX } from './viewport';

export type SceneAttrs = Record<string, string | number>;

export interface SceneNode {
  key: string;
  tag: 'rect' | 'line' | 'text';
  attrs: SceneAttrs;
  text?: string;
}

export interface SceneLayer {
  id: string;
  nodes: SceneNode[];
}

export interface Scene {
  width: number;
  height: number;
  layers: SceneLayer[];
}

export interface SceneOptions {
  /** The event under the keyboard focus (its mark gets the focus ring). */
  focusId?: string | null;
  /** Whether to draw the focus ring (only while the chart has keyboard focus). */
  focusVisible?: boolean;
  /** The event shown in the detail panel. */
  selectedId?: string | null;
  /** The mark under the mouse pointer; it gets a callout with its title. */
  hoverKey?: string | null;
  /** Draw lane names inside the SVG (static renders; the live chart uses HTML buttons). */
  bandLabels?: boolean;
  measure: MeasureText;
  labelGap?: number;
}

/** Vertical positions inside the top strip: era names, then axis labels. */
const ERA_LABEL_Y = 14;
const AXIS_LABEL_Y = 36;

const round = (n: number) => Math.round(n * 10) / 10;

function containing(
  marks: readonly PlacedMark[],
  id: string | null | undefined,
): PlacedMark | undefined {
  if (!id) return undefined;
  return marks.find((mark) => mark.events.some((event) => event.id === id));
}

/** A mark takes its lane's colour; in a merged band (the home-page overview) its first lane's. */
function markClass(mark: PlacedMark): string {
  const lane = (mark.lead.lanes as readonly string[]).includes(mark.band)
    ? mark.band
    : mark.lead.lanes[0];
  if (mark.events.length > 1) return `tl-mark tl-cluster tl-lane-${lane}`;
  const key = isKey(mark.lead) ? ' tl-mark-key' : '';
  return `tl-mark tl-lane-${lane} tl-cert-${mark.lead.certainty}${key}`;
}

function markNodes(layout: TimelineLayout, labelGap: number) {
  const marks: SceneNode[] = [];
  const counts: SceneNode[] = [];
  const labels: SceneNode[] = [];
  for (const mark of layout.marks) {
    const cluster = mark.events.length > 1;
    const h = cluster ? 16 : 12;
    marks.push({
      key: mark.key,
      tag: 'rect',
      attrs: {
        class: markClass(mark),
        x: round(mark.left),
        y: round(mark.cy - h / 2),
        width: round(mark.right - mark.left),
        height: h,
        rx: h / 2,
        'data-key': mark.key,
      },
    });
    if (cluster) {
      counts.push({
        key: mark.key,
        tag: 'text',
        attrs: {
          class: 'tl-count',
          x: round((mark.left + mark.right) / 2),
          y: round(mark.cy + 3.5),
          'data-key': mark.key,
        },
        text: String(mark.events.length),
      });
    }
    if (mark.label) {
      const left = mark.labelSide === 'left';
      labels.push({
        key: mark.key,
        tag: 'text',
        attrs: {
          class: `tl-label${isKey(mark.lead) ? ' tl-label-key' : ''}${left ? ' tl-label-left' : ''}`,
          x: round(left ? mark.left - labelGap : mark.right + labelGap),
          y: round(mark.cy + 4),
          'data-key': mark.key,
        },
        text: mark.label,
      });
    }
  }
  return { marks, counts, labels };
}

function ringNode(key: string, mark: PlacedMark, className: string, pad: number): SceneNode {
  const h = (mark.events.length > 1 ? 16 : 12) + 2 * pad;
  return {
    key,
    tag: 'rect',
    attrs: {
      class: className,
      x: round(mark.left - pad),
      y: round(mark.cy - h / 2),
      width: round(mark.right - mark.left + 2 * pad),
      height: h,
      rx: h / 2,
    },
  };
}

/** A plate never grows wider than this, so a long title does not cross the whole chart. */
const CALLOUT_MAX_PX = 720;

/** "29 March 2024 · Title" for one event; a cluster under the pointer also says how many. */
function calloutTitle(mark: PlacedMark, id: string): string {
  const event = mark.events.find((e) => e.id === id) ?? mark.lead;
  const count =
    mark.events.length > 1 && id === mark.lead.id ? `${mark.events.length} events, including ` : '';
  return `${count}${formatDate(datedText(event))} · ${event.title}`;
}

/**
 * The date and full title on a plate above the mark (below it on the first row), kept inside
 * the chart: for the mark under the mouse, or the keyboard-focused event, whose own label may
 * be cut short or missing (a collapsed lane, a cluster).
 */
function calloutNodes(
  mark: PlacedMark,
  title: string,
  layout: TimelineLayout,
  measure: MeasureText,
): SceneNode[] {
  // The plate's text is bold: measured as such.
  const text = fitLabel(title, Math.min(CALLOUT_MAX_PX, layout.viewport.width - 24), measure, true);
  const width = measure(text, true) + 16;
  const x = Math.min(Math.max(4, mark.left - 6), layout.viewport.width - width - 4);
  const above = mark.cy - 36 >= (layout.bands[0]?.y ?? 0) - 20;
  const y = above ? mark.cy - 36 : mark.cy + 12;
  return [
    {
      key: 'plate',
      tag: 'rect',
      attrs: {
        class: 'tl-callout-plate',
        x: round(x),
        y: round(y),
        width: round(width),
        height: 24,
        rx: 5,
      },
    },
    {
      key: 'text',
      tag: 'text',
      attrs: { class: 'tl-callout', x: round(x + 8), y: round(y + 16) },
      text,
    },
  ];
}

export function buildScene(layout: TimelineLayout, options: SceneOptions): Scene {
  const { width } = layout.viewport;
  const { height } = layout;
  const measure = options.measure;

  const eras: SceneNode[] = [];
  const eraLabels: SceneNode[] = [];
  for (const band of layout.eras) {
    const x0 = Math.max(-1, band.x0);
    const x1 = Math.min(width + 1, band.x1);
    eras.push({
      key: band.era,
      tag: 'rect',
      attrs: {
        class: `tl-era tl-era-${band.era}`,
        x: round(x0),
        y: 0,
        width: round(x1 - x0),
        height,
      },
    });
    if (band.labelX !== null) {
      eraLabels.push({
        key: band.era,
        tag: 'text',
        attrs: { class: 'tl-era-label', x: round(band.labelX), y: ERA_LABEL_Y },
        text: band.label,
      });
    }
  }

  const bands: SceneNode[] = layout.bands.map((band, i) => ({
    key: band.id,
    tag: 'rect',
    attrs: {
      class: i % 2 ? 'tl-band tl-band-odd' : 'tl-band',
      x: 0,
      y: band.y,
      width,
      height: band.height,
    },
  }));
  const bandLabels: SceneNode[] = options.bandLabels
    ? layout.bands.map((band) => ({
        key: band.id,
        tag: 'text',
        attrs: { class: 'tl-band-label', x: 6, y: band.y + 14 },
        text: band.label,
      }))
    : [];

  // The context ("March 2024") is pinned at the left; tick labels under it are left out.
  const context = layout.ticks.context;
  const contextEnd = context ? measure(context) + 14 : 0;
  const grid: SceneNode[] = [];
  const ticks: SceneNode[] = [];
  if (context) {
    ticks.push({
      key: 'context',
      tag: 'text',
      attrs: { class: 'tl-tick tl-tick-context', x: 4, y: AXIS_LABEL_Y },
      text: context,
    });
  }
  for (const tick of layout.ticks.ticks) {
    const x = round(timeToX(layout.viewport, tick.t));
    const cls = tick.major ? ' tl-major' : '';
    grid.push({
      key: `g${tick.t}`,
      tag: 'line',
      attrs: { class: `tl-grid${cls}`, x1: x, x2: x, y1: AXIS_LABEL_Y - 12, y2: height },
    });
    if (x + 3 >= contextEnd && x + 3 + measure(tick.label) <= width) {
      ticks.push({
        key: `t${tick.t}`,
        tag: 'text',
        attrs: { class: `tl-tick${cls}`, x: round(x + 3), y: AXIS_LABEL_Y },
        text: tick.label,
      });
    }
  }

  const { marks, counts, labels } = markNodes(layout, options.labelGap ?? 5);
  const rings: SceneNode[] = [];
  const selected = containing(layout.marks, options.selectedId);
  if (selected) rings.push(ringNode('selected', selected, 'tl-selected', 3));
  const focused = options.focusVisible ? containing(layout.marks, options.focusId) : undefined;
  if (focused) rings.push(ringNode('focus', focused, 'tl-focus-ring', 5));
  const hovered = options.hoverKey
    ? layout.marks.find((mark) => mark.key === options.hoverKey)
    : undefined;
  const callout = hovered
    ? calloutNodes(hovered, calloutTitle(hovered, hovered.lead.id), layout, measure)
    : focused
      ? calloutNodes(focused, calloutTitle(focused, options.focusId!), layout, measure)
      : [];

  return {
    width,
    height,
    layers: [
      { id: 'eras', nodes: eras },
      { id: 'bands', nodes: bands },
      { id: 'grid', nodes: grid },
      { id: 'era-labels', nodes: eraLabels },
      { id: 'axis', nodes: ticks },
      { id: 'band-labels', nodes: bandLabels },
      { id: 'rings', nodes: rings },
      { id: 'marks', nodes: marks },
      { id: 'counts', nodes: counts },
      { id: 'labels', nodes: labels },
      { id: 'callout', nodes: callout },
    ],
  };
}
