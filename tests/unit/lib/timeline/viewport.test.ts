import { describe, expect, it } from 'vitest';

import { DAY, HOUR } from '../../../../src/lib/timeline/time';
import {
  clampWindow,
  domainOf,
  fitWindow,
  maxZoom,
  MIN_SPAN,
  revealWindow,
  timeToX,
  transformFromViewport,
  viewportFromTransform,
  windowAround,
  xToTime,
} from '../../../../src/lib/timeline/viewport';
import { STORY_EVENTS } from './fixtures';

const domain = [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)] as const;

describe('viewport', () => {
  it('maps times to pixels and back', () => {
    const v = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 11), width: 1000 };
    expect(timeToX(v, Date.UTC(2024, 0, 6))).toBe(500);
    expect(xToTime(v, 250)).toBe(Date.UTC(2024, 0, 3, 12));
  });

  it('converts a zoom transform to a viewport and back', () => {
    const wanted = { start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 3, 1) };
    const t = transformFromViewport(domain, 800, wanted);
    const v = viewportFromTransform(domain, 800, t);
    expect(v.start).toBeCloseTo(wanted.start, -1);
    expect(v.end).toBeCloseTo(wanted.end, -1);
    expect(v.width).toBe(800);
  });

  it('the identity transform shows the whole domain', () => {
    expect(viewportFromTransform(domain, 640, { k: 1, x: 0 })).toEqual({
      start: domain[0],
      end: domain[1],
      width: 640,
    });
  });

  it('pads the domain around the events', () => {
    const [start, end] = domainOf(STORY_EVENTS);
    expect(start).toBeLessThan(STORY_EVENTS[0]!.start);
    expect(end).toBeGreaterThan(STORY_EVENTS[STORY_EVENTS.length - 1]!.start);
  });

  it('gives an empty timeline a sane domain instead of NaN', () => {
    const [start, end] = domainOf([]);
    expect(Number.isFinite(start) && Number.isFinite(end) && end > start).toBe(true);
  });

  it('lets the zoom go down to six hours and no further', () => {
    expect(maxZoom(domain)).toBeCloseTo((domain[1] - domain[0]) / (6 * HOUR));
  });

  it('clamps a wanted window into the domain and to the narrowest span', () => {
    expect(clampWindow(domain, domain[0] - 10 * DAY, domain[0] + 10 * DAY)).toEqual([
      domain[0],
      domain[0] + 20 * DAY,
    ]);
    const [a, b] = clampWindow(domain, Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 1) + 1000);
    expect(b - a).toBe(MIN_SPAN);
    expect(clampWindow(domain, 0, Date.UTC(2030, 0, 1))).toEqual([domain[0], domain[1]]);
  });

  it('centres a window on an instant', () => {
    const t = Date.UTC(2024, 5, 15);
    const [a, b] = windowAround(domain, t, 10 * DAY);
    expect((a + b) / 2).toBe(t);
  });

  it('fits a set of events, or the whole domain when there are none', () => {
    const [a, b] = fitWindow(domain, STORY_EVENTS.slice(-4));
    expect(a).toBeLessThan(Date.UTC(2024, 2, 29, 15, 38));
    expect(b).toBeGreaterThan(Date.UTC(2024, 2, 29, 20));
    expect(fitWindow(domain, [])).toEqual([domain[0], domain[1]]);
  });

  it('leaves room on the right for the labels of the last events', () => {
    const wide = domainOf(STORY_EVENTS);
    const last = STORY_EVENTS[STORY_EVENTS.length - 1]!.start;
    const v = {
      width: 1000,
      ...(([start, end]) => ({ start, end }))(fitWindow(wide, STORY_EVENTS, 1000, 200)),
    };
    expect(timeToX(v, last)).toBeLessThanOrEqual(1000 - 200 + 1);
    expect(timeToX(v, last)).toBeGreaterThan(1000 - 200 - 40);
  });
});

describe('revealWindow', () => {
  const view = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 2, 1), width: 1000 };

  it('leaves the view alone when the event is comfortably inside and on its own', () => {
    expect(revealWindow(domain, view, Date.UTC(2024, 0, 30), false, [])).toBeNull();
  });

  it('centres an event that is off screen or hugging an edge, keeping the zoom', () => {
    const t = Date.UTC(2024, 1, 29);
    const [a, b] = revealWindow(domain, view, t, false, [])!;
    expect((a + b) / 2).toBe(t);
    expect(b - a).toBe(view.end - view.start);
  });

  it('zooms in until a clustered event stands apart from its nearest neighbour', () => {
    const t = Date.UTC(2024, 0, 30);
    const [a, b] = revealWindow(domain, view, t, true, [t, t + HOUR * 6, t + DAY * 9], 18)!;
    expect(((6 * HOUR) / (b - a)) * 1000).toBeCloseTo(18, 5);
  });
});
