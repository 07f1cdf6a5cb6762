import { describe, expect, it } from 'vitest';

import { type StackItem, stackItems } from '../../../../src/lib/timeline/stacking';

const options = { rows: 2, labelGap: 5, gap: 3 };
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

  it('lets a more important label displace a less important one in its way', () => {
    const placed = occupied([item(0, 100, 1), item(20, 100, 3), item(80, 100, 2)]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 1]);
    expect(placed.map((p) => p.labelWidth)).toEqual([100, 0, 100]);
  });

  it('keeps every mark, unlabelled where no label may give way to its title', () => {
    const placed = occupied([item(0, 100, 1), item(20, 100, 1), item(40, 100, 2)]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0]);
    expect(placed.map((p) => p.labelWidth)).toEqual([0, 100, 0]);
    expect(placed[2]!.to).toBe(52);
  });

  it('drops the least important label in the way when a mark finds no row at all', () => {
    const placed = occupied([item(0, 100, 2), item(20, 100, 3), item(40, 0, 2)]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 1]);
    expect(placed.map((p) => p.labelWidth)).toEqual([100, 0, 0]);
  });

  it('grants every label whole or not at all', () => {
    const items = Array.from({ length: 80 }, (_, i) =>
      item(i * 23, 40 + ((i * 37) % 160), 1 + (i % 3)),
    );
    const { labelWidths } = stackItems(items, options);
    items.forEach((it, i) => expect([0, it.labelWidth]).toContain(labelWidths[i]));
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
