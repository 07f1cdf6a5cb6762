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

/**
 * The drawn extent of a mark from x0 to x1 holding `count` events. It may not start before
 * `floor` (the previous mark's end plus the gap): in very dense stretches a mark sits a few px
 * right of its first event rather than overlapping its neighbour.
 */
function markExtent(x0: number, x1: number, count: number, floor: number, g: MarkGeometry): [number, number] {
  if (count === 1) {
    const left = Math.max(x0 - g.radius, floor);
    return [left, left + 2 * g.radius];
  }
  const left = Math.max(x0 - g.clusterRadius, floor);
  return [left, Math.max(x1 + g.clusterRadius, left + pillWidthFor(count, g))];
}

function finish(events: TimelineEvent[], xs: number[], floor: number, g: MarkGeometry): Cluster {
  const x0 = xs[0]!;
  const x1 = xs[xs.length - 1]!;
  let lead = events[0]!;
  for (const event of events) if (event.importance < lead.importance) lead = event;
  const [left, right] = markExtent(x0, x1, events.length, floor, g);
  return { key: events[0]!.id, events, lead, x0, x1, left, right };
}

/** Groups time-ordered events of one lane; `worldX` maps a time to world px at this zoom. */
export function clusterEvents(
  events: readonly TimelineEvent[],
  worldX: (t: number) => number,
  g: MarkGeometry = DEFAULT_GEOMETRY,
): Cluster[] {
  const clusters: Cluster[] = [];
  let members: TimelineEvent[] = [];
  let xs: number[] = [];
  let reach = -Infinity; // where the open group's mark would end if it closed now
  let floor = -Infinity; // where the next mark may start
  for (const event of events) {
    const x = worldX(event.start);
    const joins = members.length > 0 && x - g.radius < reach + g.gap && x - xs[0]! <= g.maxClusterSpan;
    if (!joins && members.length > 0) {
      const done = finish(members, xs, floor, g);
      clusters.push(done);
      floor = done.right + g.gap;
      members = [];
      xs = [];
    }
    members.push(event);
    xs.push(x);
    reach = markExtent(xs[0]!, x, members.length, floor, g)[1];
  }
  if (members.length > 0) clusters.push(finish(members, xs, floor, g));
  return clusters;
}
