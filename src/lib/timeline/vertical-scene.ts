/**
 * The phone chart as a scene (same layers as the wide chart, so the DOM patcher and the
 * snapshots treat both alike): era bands across, lane columns down, dated grid lines, marks in
 * their column, whole titles beside them, and a row-wide touch target per titled event.
 */
import { isKey } from './layout';
import type { Scene, SceneOptions } from './scene';
import {
  calloutNodes,
  calloutTitle,
  containing,
  contextNode,
  markClass,
  orderLayers,
  ringNode,
  round,
  type SceneNode,
  tickNodes,
} from './scene-nodes';
import { VERTICAL_GEOMETRY, type VerticalLayout } from './vertical';
import { timeToX } from './viewport';

const g = VERTICAL_GEOMETRY;

function markNodes(layout: VerticalLayout) {
  const marks: SceneNode[] = [];
  const labels: SceneNode[] = [];
  const targets: SceneNode[] = [];
  for (const mark of layout.marks) {
    marks.push({
      key: mark.key,
      tag: 'rect',
      attrs: {
        class: markClass(mark),
        x: round(mark.left),
        y: round(mark.cy - g.dot / 2),
        width: g.dot,
        height: g.dot,
        rx: g.dot / 2,
        'data-key': mark.key,
      },
    });
    // A fingertip-sized target: the title's whole row, or a 44 px square round an untitled mark.
    const titled = mark.lines.length > 0;
    targets.push({
      key: mark.key,
      tag: 'rect',
      attrs: {
        class: 'tl-hit',
        x: round(mark.cx - g.minBlock / 2),
        y: round(
          titled ? Math.min(mark.blockTop, mark.cy - g.minBlock / 2) : mark.cy - g.minBlock / 2,
        ),
        width: titled ? round(layout.chartWidth - mark.cx + g.minBlock / 2) : g.minBlock,
        height: titled
          ? round(
              Math.max(mark.blockTop + mark.blockHeight, mark.cy + g.minBlock / 2) -
                Math.min(mark.blockTop, mark.cy - g.minBlock / 2),
            )
          : g.minBlock,
        'data-key': mark.key,
      },
    });
    if (!titled) continue;
    const textTop = mark.blockTop + (mark.blockHeight - mark.lines.length * g.lineHeight) / 2;
    const key = isKey(mark.lead) ? ' tl-label-key' : '';
    // A leader from the mark to its title, when the title had to slide away from the mark.
    const firstLine = textTop + g.lineHeight / 2;
    if (Math.abs(firstLine - mark.cy) > 2) {
      labels.push({
        key: `${mark.key}:leader`,
        tag: 'line',
        attrs: {
          class: 'tl-leader',
          x1: round(mark.right + 2),
          y1: round(mark.cy),
          x2: round(layout.titleX - 2),
          y2: round(firstLine),
        },
      });
    }
    mark.lines.forEach((line, i) => {
      labels.push({
        key: `${mark.key}:${i}`,
        tag: 'text',
        attrs: {
          class: `tl-label${key}`,
          x: layout.titleX,
          y: round(textTop + i * g.lineHeight + 12),
          'data-key': mark.key,
        },
        text: line,
      });
    });
  }
  return { marks, labels, targets };
}

export function buildVerticalScene(layout: VerticalLayout, options: SceneOptions): Scene {
  const width = layout.chartWidth;
  const height = layout.viewport.width;
  const eras: SceneNode[] = layout.eras.map((band) => {
    const y0 = Math.max(-1, band.x0);
    const y1 = Math.min(height + 1, band.x1);
    return {
      key: band.era,
      tag: 'rect',
      attrs: {
        class: `tl-era tl-era-${band.era}`,
        x: 0,
        y: round(y0),
        width,
        height: round(y1 - y0),
      },
    };
  });
  const columns: SceneNode[] = layout.bands.map((band, i) => ({
    key: band.id,
    tag: 'rect',
    attrs: {
      class: `tl-column tl-lane-${band.id}`,
      x: g.axisWidth + i * g.columnWidth + 1,
      y: 0,
      width: g.columnWidth - 2,
      height,
    },
  }));
  const grid: SceneNode[] = [];
  const ticks: SceneNode[] = [];
  const context = layout.ticks.context;
  if (context) ticks.push(contextNode(context, 12));
  for (const tick of layout.ticks.ticks) {
    const y = round(timeToX(layout.viewport, tick.t));
    // Under the pinned context line, and inside the chart.
    const roomy = y >= 28 && y + 14 <= height;
    const [line, label] = tickNodes(
      tick,
      { x1: 0, x2: width, y1: y, y2: y },
      roomy ? { x: 4, y: y + 12 } : null,
    );
    grid.push(line!);
    if (label) ticks.push(label);
  }
  const { marks, labels, targets } = markNodes(layout);
  const rings: SceneNode[] = [];
  const selected = containing(layout.marks, options.selectedId);
  if (selected) rings.push(ringNode('selected', selected, 'tl-selected', 3));
  const focused = options.focusVisible ? containing(layout.marks, options.focusId) : undefined;
  if (focused) rings.push(ringNode('focus', focused, 'tl-focus-ring', 5));
  // An untitled focused mark still shows its title, on a plate by the mark.
  const needsPlate = focused && !layout.marks.find((m) => m === focused)?.lines.length;
  const callout = needsPlate
    ? calloutNodes(
        focused,
        calloutTitle(focused, options.focusId!),
        { ...layout, viewport: { ...layout.viewport, width } },
        options.measure,
      )
    : [];
  return {
    width,
    height,
    layers: orderLayers({
      eras,
      bands: columns,
      grid,
      'era-labels': [],
      axis: ticks,
      'band-labels': [],
      rings,
      marks,
      counts: [],
      labels,
      callout,
      targets,
    }),
  };
}
