import { describe, expect, it } from 'vitest';

import type { PlacedMark, TimelineLayout } from '../../../../src/lib/timeline/layout';
import { tableMeasure } from '../../../../src/lib/timeline/measure';
import { calloutNodes, calloutTitle } from '../../../../src/lib/timeline/scene-nodes';
import { eventInput, prepared } from './fixtures';

const [first, second, third] = prepared([
  eventInput({ id: 'a', title: 'First of three', date: '2024-03-28' }),
  eventInput({ id: 'b', title: 'Second of three', date: '2024-03-29' }),
  eventInput({ id: 'c', title: 'Third of three', date: '2024-03-30' }),
]);

function markOf(events = [first!], at: Partial<PlacedMark> = {}): PlacedMark {
  return {
    key: events[0]!.id,
    band: 'code',
    row: 0,
    left: 500,
    right: 512,
    cy: 100,
    events,
    lead: events[0]!,
    label: '',
    labelSide: 'right',
    ...at,
  };
}

describe('the callout’s words', () => {
  it('give one event’s date and title', () => {
    expect(calloutTitle(markOf(), 'a')).toBe('28 March 2024 · First of three');
  });

  it('say how many events a cluster holds when its lead is meant', () => {
    const cluster = markOf([first!, second!, third!]);
    expect(calloutTitle(cluster, 'a')).toBe('3 events, including 28 March 2024 · First of three');
  });

  it('name the very event inside a cluster that the keyboard is on, without the count', () => {
    const cluster = markOf([first!, second!, third!]);
    expect(calloutTitle(cluster, 'c')).toBe('30 March 2024 · Third of three');
  });

  it('fall back to the lead for an id the mark does not hold', () => {
    expect(calloutTitle(markOf([first!, second!]), 'zz')).toBe('28 March 2024 · First of three');
  });
});

describe('the callout’s plate', () => {
  // Bold is twice as wide as regular here, so a plate measured in the wrong weight shows.
  const measure = tableMeasure((_, bold) => (bold ? 10 : 5));
  const layoutOf = (width: number, firstBandY: number | null = 44) =>
    ({
      viewport: { start: 0, end: 1, width },
      bands: firstBandY === null ? [] : [{ y: firstBandY }],
    }) as unknown as TimelineLayout;
  const plate = (mark: PlacedMark, layout = layoutOf(1000), title = 'x'.repeat(10)) => {
    const [rect, text] = calloutNodes(mark, title, layout, measure);
    return { rect: rect!, text: text! };
  };

  it('fits its bold text with 8 px either side, starting 6 px left of the mark', () => {
    const { rect, text } = plate(markOf());
    expect(rect).toMatchObject({ key: 'plate', tag: 'rect' });
    expect(rect.attrs).toMatchObject({ x: 494, width: 116, height: 24 });
    expect(text).toMatchObject({ key: 'text', tag: 'text', text: 'x'.repeat(10) });
    expect(text.attrs).toMatchObject({ x: 502 });
  });

  it('stays 4 px inside either edge of the chart', () => {
    expect(plate(markOf([first!], { left: 2, right: 14 })).rect.attrs.x).toBe(4);
    expect(plate(markOf([first!], { left: 990, right: 1002 })).rect.attrs.x).toBe(1000 - 116 - 4);
  });

  it('sits above the mark unless that would rise more than 20 px over the first lane', () => {
    // First lane at y = 44: a plate may start as high as 24.
    expect(plate(markOf([first!], { cy: 60 })).rect.attrs.y).toBe(24);
    expect(plate(markOf([first!], { cy: 60 })).text.attrs.y).toBe(40);
    expect(plate(markOf([first!], { cy: 59 })).rect.attrs.y).toBe(71);
    // With no lanes, measured from the top of the chart.
    expect(plate(markOf([first!], { cy: 16 }), layoutOf(1000, null)).rect.attrs.y).toBe(-20);
    expect(plate(markOf([first!], { cy: 15 }), layoutOf(1000, null)).rect.attrs.y).toBe(27);
  });

  it('shortens a title to the chart less 24 px, and never past 720 px', () => {
    const narrow = plate(markOf([first!], { left: 10 }), layoutOf(300), 'x'.repeat(40));
    expect(narrow.text.text).toBe(`${'x'.repeat(26)}…`);
    const wide = plate(markOf([first!], { left: 10 }), layoutOf(2000), 'x'.repeat(100));
    expect(wide.text.text).toBe(`${'x'.repeat(71)}…`);
  });
});
