/**
 * Layout → scene: a flat, keyed description of every SVG element, in paint order. The same
 * scene is serialised to a string (snapshots, the static home-page overview) and patched into
 * the live DOM (nodes reused by key), so what the tests see is what readers get.
 */
import { isKey, type TimelineLayout } from './layout';
import {
  calloutNodes,
  calloutTitle,
  containing,
  contextNode,
  markClass,
  orderLayers,
  ringNode,
  round,
  type SceneLayer,
  type SceneNode,
  tickNodes,
} from './scene-nodes';
import type { MeasureText } from './types';
import { isVerticalLayout } from './vertical';
import { buildVerticalScene } from './vertical-scene';
import { timeToX } from './viewport';

export type { SceneAttrs, SceneLayer, SceneNode } from './scene-nodes';

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

export function buildScene(layout: TimelineLayout, options: SceneOptions): Scene {
  if (isVerticalLayout(layout)) return buildVerticalScene(layout, options);
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
  if (context) ticks.push(contextNode(context, AXIS_LABEL_Y));
  for (const tick of layout.ticks.ticks) {
    const x = round(timeToX(layout.viewport, tick.t));
    const roomy = x + 3 >= contextEnd && x + 3 + measure(tick.label) <= width;
    const [line, label] = tickNodes(
      tick,
      { x1: x, x2: x, y1: AXIS_LABEL_Y - 12, y2: height },
      roomy ? { x: x + 3, y: AXIS_LABEL_Y } : null,
    );
    grid.push(line!);
    if (label) ticks.push(label);
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
    layers: orderLayers({
      eras,
      bands,
      grid,
      'era-labels': eraLabels,
      axis: ticks,
      'band-labels': bandLabels,
      rings,
      marks,
      counts,
      labels,
      callout,
    }),
  };
}
