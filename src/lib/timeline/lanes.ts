/** The timeline's lanes as layout bands, and the layout settings that suit a given width. */
import { type Lane, LANE_LABELS, LANES } from '../content/vocabulary';
import { type FilterState, placementLane } from './filters';
import { type BandSpec, DEFAULT_LAYOUT, type LayoutConfig } from './layout';
import type { MeasureText } from './types';

const laneBands = (collapsed: ReadonlySet<Lane>): BandSpec[] =>
  LANES.map((lane) => ({ id: lane, label: LANE_LABELS[lane], collapsed: collapsed.has(lane) }));

/**
 * Narrow screens get shorter labels; a short screen (a 768 px projector) keeps two rows per
 * lane, a tall one three.
 */
export function sizeSettings(
  width: number,
  height = 900,
): Pick<LayoutConfig, 'rows' | 'maxLabelWidth' | 'labels'> {
  return {
    rows: height >= 950 && width >= 640 ? 3 : 2,
    maxLabelWidth: width < 400 ? 110 : width < 480 ? 130 : width < 900 ? 180 : 220,
    labels: width >= 240,
  };
}

export interface LaneLayoutOptions {
  filters: FilterState;
  collapsed: ReadonlySet<Lane>;
  measure: MeasureText;
  width: number;
  height?: number;
}

export function laneLayoutConfig({
  filters,
  collapsed,
  measure,
  width,
  height,
}: LaneLayoutOptions): LayoutConfig {
  return {
    ...DEFAULT_LAYOUT,
    ...sizeSettings(width, height),
    bands: laneBands(collapsed),
    bandOf: (event) => placementLane(event, filters),
    measure,
  };
}
