/**
 * Clustering: events closer than a mark's width at the current zoom merge into one pill with
 * a count. Positions are "world" pixels (the whole domain at this zoom), so panning never
 * changes the clusters and the chart does not shimmer while it moves.
 */
import type { TimelineEvent } from './types';

export interface MarkGeometry {
  /** Radius of a single event's dot. */
  radius: number;
  /** Half-height of a cluster pill; its ends are this round. */
  clusterRadius: number;
  /** Smallest horizontal gap between two marks. */
  gap: number;
  /** A cluster never grows wider than this many px; a dense stretch becomes several pills. */
  maxClusterSpan: number;
  /** Width of one digit of the count inside a pill. */
  digitWidth: number;
}

export interface Cluster {
  /** The first event's id: stays the same while the cluster grows or shrinks with the zoom. */
  key: string;
  events: TimelineEvent[];
  /** The event that names the cluster: the most important, then the earliest. */
  lead: TimelineEvent;
  /** World x of the first and the last event. */
  x0: number;
  x1: number;
  /** World extent of the drawn dot or pill. */
  left: number;
  right: number;
}

export const DEFAULT_GEOMETRY: MarkGeometry = {
  radius: 6,
  clusterRadius: 8,
  gap: 3,
  maxClusterSpan: 40,
  digitWidth: 6.5,
};

const pillWidthFor = (count: number, g: MarkGeometry) =>
  Math.max(2 * g.clusterRadius, String(count).length * g.digitWidth + 2 * g.clusterRadius - 4);

/** Right edge of a mark from x0 to x1 holding `count` events, starting at `left`. */
function rightEdge(left: number, x1: number, count: number, g: MarkGeometry): number {
  return count === 1
    ? left + 2 * g.radius
    : Math.max(x1 + g.clusterRadius, left + pillWidthFor(count, g));
}

/**
 * Left edge of such a mark. It may not start before `floor` (the previous mark's end plus the
 * gap): in very dense stretches a mark sits a few px right of its first event rather than
 * overlapping its neighbour.
 */
const leftEdge = (x0: number, count: number, floor: number, g: MarkGeometry) =>
  Math.max(x0 - (count === 1 ? g.radius : g.clusterRadius), floor);

/**
 * Groups time-ordered events of one lane; `worldX` maps a time to world px at this zoom.
 * Runs on every zoom frame over every event, so it allocates only per cluster, not per event.
 */
export function clusterEvents(
  events: readonly TimelineEvent[],
  worldX: (t: number) => number,
  g: MarkGeometry = DEFAULT_GEOMETRY,
): Cluster[] {
  const clusters: Cluster[] = [];
  let first = 0; // index of the open group's first event
  let x0 = 0;
  let x1 = 0;
  let floor = -Infinity; // where the next mark may start
  const close = (end: number) => {
    const count = end - first;
    const left = leftEdge(x0, count, floor, g);
    const right = rightEdge(left, x1, count, g);
    const members = events.slice(first, end);
    let lead = members[0]!;
    for (const event of members) if (event.importance < lead.importance) lead = event;
    clusters.push({ key: members[0]!.id, events: members, lead, x0, x1, left, right });
    floor = right + g.gap;
  };
  for (let i = 0; i < events.length; i++) {
    const x = worldX(events[i]!.start);
    if (i > first) {
      const count = i - first;
      const reach = rightEdge(leftEdge(x0, count, floor, g), x1, count, g);
      if (x - g.radius >= reach + g.gap || x - x0 > g.maxClusterSpan) {
        close(i);
        first = i;
      }
    }
    if (i === first) x0 = x;
    x1 = x;
  }
  if (events.length > first) close(events.length);
  return clusters;
}
