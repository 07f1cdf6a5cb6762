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

describe('stackItems, where labels give way', () => {
  const oneRow = { ...options, rows: 1 };
  const stack = (items: StackItem[], rows = 2) => {
    const placed = stackItems(items, { ...options, rows });
    return { rows: [...placed.rows], labels: [...placed.labelWidths] };
  };

  it('lets a label give way when the mark that wants its place starts a gap after the blocker’s own mark', () => {
    // The blocker's mark ends at 12; with the 3 px gap the next mark may start at 15.
    expect(stackItems([item(0, 100, 3), item(15, 50, 1)], oneRow).labelWidths).toEqual(
      new Float64Array([0, 50]),
    );
    expect(stackItems([item(0, 100, 3), item(14, 50, 1)], oneRow).labelWidths).toEqual(
      new Float64Array([0, 0]),
    );
  });

  it('never takes the place of a label as important as its own', () => {
    expect(stackItems([item(0, 100, 2), item(15, 50, 2)], oneRow).labelWidths).toEqual(
      new Float64Array([0, 0]),
    );
  });

  it('takes a free row before it displaces anybody', () => {
    expect(stack([item(0, 100, 3), item(20, 50, 1)])).toEqual({
      rows: [0, 1],
      labels: [100, 50],
    });
  });

  it('displaces the least important of the labels in its way', () => {
    expect(stack([item(0, 100, 2), item(20, 100, 3), item(100, 50, 1)])).toEqual({
      rows: [0, 1, 1],
      labels: [100, 0, 50],
    });
  });

  it('on a tie of importance, clears the row that ends first, the upper one when they end together', () => {
    expect(stack([item(0, 100, 2), item(20, 80, 2), item(40, 0, 2)])).toEqual({
      rows: [0, 1, 0],
      labels: [0, 80, 0],
    });
  });

  it('for a mark without a label, clears the least important label, close to its mark or not', () => {
    // "z" (no label) finds no free row: "x" (least important) ends 1 px before it, closer than
    // the gap, so no label could move there, but a bare mark can once x's label is gone.
    expect(stack([item(0, 200, 2), item(20, 300, 2), item(220, 100, 3), item(233, 0, 1)])).toEqual({
      rows: [0, 1, 0, 0],
      labels: [200, 300, 0, 0],
    });
  });
});
