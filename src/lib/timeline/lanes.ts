/** The timeline's lanes as layout bands, and the layout settings that suit a given width. */
import { type Lane, LANE_LABELS, LANES } from '../content/vocabulary';
import { type FilterState, placementLane } from './filters';
import { type BandSpec, DEFAULT_LAYOUT, type LayoutConfig } from './layout';
import type { MeasureText } from './types';

const laneBands = (collapsed: ReadonlySet<Lane>): BandSpec[] =>
  LANES.map((lane) => ({ id: lane, label: LANE_LABELS[lane], collapsed: collapsed.has(lane) }));

/**
 * Settings by width only (never by the screen's height), so the chart the build draws has the
 * height the live chart will have. Labels are whole titles; a title wider than the cap is
 * left to the hover plate, the focus callout and the list.
 */
export function sizeSettings(
  width: number,
): Pick<LayoutConfig, 'rows' | 'maxLabelWidth' | 'labels'> {
  return {
    // Three rows at every width: the chart drawn at build time then has the live chart's height
    // on any screen, so nothing below it moves when the script takes over.
    rows: 3,
    maxLabelWidth: Math.min(480, Math.max(0, width - 40)),
    labels: width >= 240,
  };
}

export interface LaneLayoutOptions {
  filters: FilterState;
  collapsed: ReadonlySet<Lane>;
  measure: MeasureText;
  width: number;
}

export function laneLayoutConfig({
  filters,
  collapsed,
  measure,
  width,
}: LaneLayoutOptions): LayoutConfig {
  return {
    ...DEFAULT_LAYOUT,
    ...sizeSettings(width),
    bands: laneBands(collapsed),
    bandOf: (event) => placementLane(event, filters),
    measure,
  };
}
