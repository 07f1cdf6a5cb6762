/** Scene nodes and the pieces both chart orientations draw the same way: marks and rings. */
import { formatDate } from '../content/dates';
import { isKey, type PlacedMark, type TimelineLayout } from './layout';
import { fitLabel } from './measure';
import type { Tick } from './ticks';
import { datedText } from './time';
import type { MeasureText } from './types';

export type SceneAttrs = Record<string, string | number>;

export interface SceneNode {
  key: string;
  tag: 'rect' | 'line' | 'text';
  attrs: SceneAttrs;
  text?: string;
}

export interface SceneLayer {
  id: LayerId;
  nodes: SceneNode[];
}

/**
 * The chart's layers in paint order, for both orientations (so the DOM patcher and the snapshots
 * treat them alike). Only the phone chart has touch targets: last, so a fingertip anywhere on a
 * title's row lands on its event.
 */
const LAYER_ORDER = [
  'eras',
  'bands',
  'grid',
  'era-labels',
  'axis',
  'band-labels',
  'rings',
  'marks',
  'counts',
  'labels',
  'callout',
  'targets',
] as const;

type LayerId = (typeof LAYER_ORDER)[number];

/** The layers a chart has, in paint order; a layer left out is not drawn at all. */
export function orderLayers(nodes: Partial<Record<LayerId, SceneNode[]>>): SceneLayer[] {
  return LAYER_ORDER.flatMap((id) => {
    const layer = nodes[id];
    return layer ? [{ id, nodes: layer }] : [];
  });
}

export const round = (n: number) => Math.round(n * 10) / 10;

export function containing(
  marks: readonly PlacedMark[],
  id: string | null | undefined,
): PlacedMark | undefined {
  if (!id) return undefined;
  return marks.find((mark) => mark.events.some((event) => event.id === id));
}

/** A mark takes its lane's colour; in a merged band (the home-page overview) its first lane's. */
export function markClass(mark: PlacedMark): string {
  const lane = (mark.lead.lanes as readonly string[]).includes(mark.band)
    ? mark.band
    : mark.lead.lanes[0];
  if (mark.events.length > 1) return `tl-mark tl-cluster tl-lane-${lane}`;
  const key = isKey(mark.lead) ? ' tl-mark-key' : '';
  return `tl-mark tl-lane-${lane} tl-cert-${mark.lead.certainty}${key}`;
}

export function ringNode(key: string, mark: PlacedMark, className: string, pad: number): SceneNode {
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
export function calloutTitle(mark: PlacedMark, id: string): string {
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
export function calloutNodes(
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

/** The axis's pinned context ("March 2024"), at the start of the time axis. */
export const contextNode = (text: string, y: number): SceneNode => ({
  key: 'context',
  tag: 'text',
  attrs: { class: 'tl-tick tl-tick-context', x: 4, y },
  text,
});

/** A tick's grid line, and its label where the caller found room for one (else null). */
export function tickNodes(
  tick: Tick,
  line: { x1: number; x2: number; y1: number; y2: number },
  label: { x: number; y: number } | null,
): SceneNode[] {
  const cls = tick.major ? ' tl-major' : '';
  const nodes: SceneNode[] = [
    { key: `g${tick.t}`, tag: 'line', attrs: { class: `tl-grid${cls}`, ...line } },
  ];
  if (label)
    nodes.push({
      key: `t${tick.t}`,
      tag: 'text',
      attrs: { class: `tl-tick${cls}`, x: round(label.x), y: round(label.y) },
      text: tick.label,
    });
  return nodes;
}
