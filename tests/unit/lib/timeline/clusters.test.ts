import { describe, expect, it } from 'vitest';

import { clusterEvents, DEFAULT_GEOMETRY as g } from '../../../../src/lib/timeline/clusters';
import { HOUR } from '../../../../src/lib/timeline/time';
import { eventInput, prepared } from './fixtures';

const base = Date.UTC(2024, 2, 29);
const hourly = (n: number, importance: (i: number) => 1 | 2 | 3 = () => 2) =>
  prepared(
    Array.from({ length: n }, (_, i) =>
      eventInput({
        id: `e${String(i).padStart(3, '0')}`,
        time: `${String(i % 24).padStart(2, '0')}:00`,
        date: `2024-03-${String(29 - Math.floor(i / 24)).padStart(2, '0')}`,
        importance: importance(i),
      }),
    ),
  );

describe('clusterEvents', () => {
  it('keeps events apart when there is room for their dots', () => {
    const events = hourly(4);
    const clusters = clusterEvents(events, (t) => ((t - base) / HOUR) * 50);
    expect(clusters.map((c) => c.events.length)).toEqual([1, 1, 1, 1]);
  });

  it('merges events closer than a dot into one cluster with a count', () => {
    const events = hourly(5);
    const clusters = clusterEvents(events, (t) => ((t - base) / HOUR) * 2);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.events).toHaveLength(5);
    expect(clusters[0]!.key).toBe(events[0]!.id);
  });

  it('names a cluster after its most important event', () => {
    const events = hourly(5, (i) => (i === 3 ? 1 : 3));
    const [cluster] = clusterEvents(events, () => 0);
    expect(cluster!.lead.id).toBe(events[3]!.id);
  });

  it('splits a dense stretch into pills no wider than the maximum span', () => {
    const events = hourly(24);
    const clusters = clusterEvents(events, (t) => ((t - base) / HOUR) * 5);
    expect(clusters.length).toBeGreaterThan(1);
    for (const c of clusters) expect(c.x1 - c.x0).toBeLessThanOrEqual(g.maxClusterSpan);
  });

  it('never lets two marks overlap, however dense the events', () => {
    for (const pxPerHour of [0.1, 1, 3, 5, 9, 13, 40]) {
      const clusters = clusterEvents(hourly(120), (t) => ((t - base) / HOUR) * pxPerHour);
      for (let i = 1; i < clusters.length; i++) {
        expect(
          clusters[i]!.left - clusters[i - 1]!.right,
          `at ${pxPerHour}px/h`,
        ).toBeGreaterThanOrEqual(g.gap - 1e-9);
      }
      expect(clusters.reduce((n, c) => n + c.events.length, 0)).toBe(120);
    }
  });

  it('makes a pill wide enough for its count', () => {
    const [cluster] = clusterEvents(hourly(120), () => 0);
    expect(cluster!.right - cluster!.left).toBeGreaterThanOrEqual(3 * g.digitWidth);
  });
});
