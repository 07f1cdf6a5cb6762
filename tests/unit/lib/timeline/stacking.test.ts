import { describe, expect, it } from 'vitest';

import { type StackItem, stackItems } from '../../../../src/lib/timeline/stacking';

const options = { rows: 2, labelGap: 5, gap: 3, minLabelWidth: 28 };
const item = (left: number, labelWidth = 100, priority = 2): StackItem => ({
  left,
  right: left + 12,
  labelWidth,
  priority,
});

/** Every mark and label as [row, from, to], to check that nothing on a row overlaps. */
function occupied(items: StackItem[], rows = options.rows) {
  const placed = stackItems(items, { ...options, rows });
  return items.map((it, i) => ({
    row: placed.rows[i]!,
    from: it.left,
    to: it.right + (placed.labelWidths[i]! ? options.labelGap + placed.labelWidths[i]! : 0),
    labelWidth: placed.labelWidths[i]!,
  }));
}

describe('stackItems', () => {
  it('puts marks on the first row while they fit', () => {
    expect(occupied([item(0), item(200), item(400)]).map((p) => p.row)).toEqual([0, 0, 0]);
  });

  it('moves a mark to the next row when a label is in the way', () => {
    expect(occupied([item(0), item(50)]).map((p) => p.row)).toEqual([0, 1]);
  });

  it('shortens the least important label when every row is taken', () => {
    const placed = occupied([item(0, 100, 1), item(20, 100, 3), item(80, 100, 2)]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 1]);
    expect(placed[0]!.labelWidth).toBe(100);
    expect(placed[1]!.labelWidth).toBe(80 - 3 - (32 + 5));
    expect(placed[2]!.labelWidth).toBe(100);
  });

  it('drops a label that would be too short to read', () => {
    const placed = occupied([item(0), item(16), item(40)]);
    expect(placed.some((p) => p.labelWidth === 0)).toBe(true);
  });

  it('never overlaps anything on a row, whatever the density', () => {
    for (const spacing of [15, 20, 35, 60, 90]) {
      for (const rows of [1, 2, 3]) {
        const items = Array.from({ length: 60 }, (_, i) =>
          item(i * spacing, 40 + ((i * 37) % 160), 1 + (i % 3)),
        );
        const placed = occupied(items, rows);
        for (let r = 0; r < rows; r++) {
          const onRow = placed.filter((p) => p.row === r);
          for (let i = 1; i < onRow.length; i++)
            expect(onRow[i]!.from - onRow[i - 1]!.to).toBeGreaterThanOrEqual(options.gap);
        }
      }
    }
  });

  it('keeps a collapsed lane (one row, no labels) on one row', () => {
    expect(occupied([item(0, 0), item(15, 0), item(30, 0)], 1).map((p) => p.row)).toEqual([
      0, 0, 0,
    ]);
  });
});
