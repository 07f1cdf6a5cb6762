/**
 * The view a reader sees as /timeline/ opens: which lanes start folded, which window is shown,
 * and the chart drawn for it. The build renders this into the page's HTML and the browser
 * computes the same thing, so the script only redraws when the width or the view differ.
 */
import type { Lane } from '../content/vocabulary';
import { STORY_END, STORY_START } from './eras';
import { filterEvents, type FilterState, NO_FILTERS } from './filters';
import { laneLayoutConfig, sizeSettings } from './lanes';
import { createLayoutEngine, type TimelineLayout } from './layout';
import { estimateMeasure } from './measure';
import { buildScene } from './scene';
import { sceneToSvg } from './svg-string';
import type { MeasureText, TimelineEvent } from './types';
import { type Domain, domainOf, fitWindow } from './viewport';

/** Background (2005–2021) starts folded: its few events sit outside the opening view. */
export const OPENING_COLLAPSED: readonly Lane[] = ['background'];

/**
 * The chart's inner width on any screen 1280 px or wider: the wide page column (80rem) less
 * its padding and the chart's border. The build draws at this width.
 */
export const BUILD_CHART_WIDTH = 1246;

/**
 * Label widths for the build and, when the reader's font is no wider, for the browser too:
 * estimated on the generous side, so a whole label never runs into its neighbour. Bold is
 * counted 13 % wider than regular: DejaVu Sans Bold, the usual default on Linux, runs up to 4 %
 * past the common 8 %, and a single title wider than this estimate makes the browser redraw
 * the chart as it takes it over.
 */
export const SAFE_MEASURE: MeasureText = estimateMeasure(12 * 1.1, 1.13);

/** Fit the window to the events, leaving room on the right for the last labels. */
export function fitEventsWindow(
  domain: Domain,
  events: readonly TimelineEvent[],
  width: number,
): [number, number] {
  // On a phone the reserve is kept to a fifth of the screen.
  const reserve = Math.min(sizeSettings(width).maxLabelWidth, 0.2 * width);
  return fitWindow(domain, events, width, reserve);
}

/** The story from 2021 on (everything, when no event falls there). */
export function openingWindow(
  domain: Domain,
  visible: readonly TimelineEvent[],
  width: number,
): [number, number] {
  const story = visible.filter((event) => event.start >= STORY_START && event.start < STORY_END);
  return fitEventsWindow(domain, story.length > 0 ? story : visible, width);
}

export interface OpeningChart {
  layout: TimelineLayout;
  svg: string;
}

/** The opening chart as SVG markup, every layer present (so the browser can adopt it). */
export function renderOpeningChart(
  events: readonly TimelineEvent[],
  width = BUILD_CHART_WIDTH,
  measure: MeasureText = SAFE_MEASURE,
  filters: FilterState = NO_FILTERS,
): OpeningChart {
  const domain = domainOf(events);
  const visible = filterEvents(events, filters);
  const engine = createLayoutEngine(
    visible,
    domain,
    laneLayoutConfig({ filters, collapsed: new Set(OPENING_COLLAPSED), measure, width }),
  );
  const [start, end] = openingWindow(domain, visible, width);
  const layout = engine.layout({ start, end, width });
  const svg = sceneToSvg(buildScene(layout, { measure }), {
    attrs: { 'aria-hidden': 'true', focusable: 'false' },
    keepEmptyLayers: true,
  });
  return { layout, svg };
}
