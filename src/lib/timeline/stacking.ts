/**
 * Collision-free stacking inside a lane. Each mark (dot or pill, then its label to the right)
 * takes the lowest row where it fits. When every row is taken, the least important label in
 * the way is shortened (or dropped) so the mark still fits: marks never overlap, and labels
 * appear exactly as far as space allows.
 */

export interface StackItem {
  /** Extent of the mark itself (world px). Items arrive sorted by `left` and never overlap. */
  left: number;
  right: number;
  /** Wanted label width in px; 0 for no label. */
  labelWidth: number;
  /** 1 = most important. Less important labels are shortened first. */
  priority: number;
}

export interface StackOptions {
  rows: number;
  /** Space between a mark and its label. */
  labelGap: number;
  /** Space between a label's end and the next mark on the row. */
  gap: number;
  /** A label shortened below this is dropped instead. */
  minLabelWidth: number;
}

export interface Stacked {
  row: number;
  /** Label width actually granted (≤ the wanted width; 0 = no label). */
  labelWidth: number;
}

export function stackItems(items: readonly StackItem[], options: StackOptions): Stacked[] {
  const rows = Math.max(1, options.rows);
  const end = new Array<number>(rows).fill(-Infinity);
  const owner = new Array<number>(rows).fill(-1);
  const placed: Stacked[] = [];

  items.forEach((item, index) => {
    let row = end.findIndex((rowEnd) => rowEnd + options.gap <= item.left);
    if (row === -1) {
      row = rowToShorten(items, owner, end);
      const blocker = owner[row]!;
      const room = item.left - options.gap - (items[blocker]!.right + options.labelGap);
      const granted = Math.min(placed[blocker]!.labelWidth, room);
      placed[blocker]!.labelWidth = granted >= options.minLabelWidth ? granted : 0;
    }
    placed.push({ row, labelWidth: item.labelWidth });
    end[row] = item.right + (item.labelWidth > 0 ? options.labelGap + item.labelWidth : 0);
    owner[row] = index;
  });
  return placed;
}

/** The row whose last label matters least (then the one that ends soonest). */
function rowToShorten(items: readonly StackItem[], owner: number[], end: number[]): number {
  let best = 0;
  for (let row = 1; row < owner.length; row++) {
    const a = items[owner[row]!]!.priority;
    const b = items[owner[best]!]!.priority;
    if (a > b || (a === b && end[row]! < end[best]!)) best = row;
  }
  return best;
}
