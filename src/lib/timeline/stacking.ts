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

/** Per item: its row, and the label width actually granted (≤ the wanted width; 0 = none). */
export interface Stacked {
  rows: Uint8Array;
  labelWidths: Float64Array;
}

/** Runs on every zoom frame for every mark of a lane: typed arrays, no per-item objects. */
export function stackItems(items: readonly StackItem[], options: StackOptions): Stacked {
  const rowCount = Math.max(1, Math.min(255, options.rows));
  const end = new Array<number>(rowCount).fill(-Infinity);
  const owner = new Array<number>(rowCount).fill(-1);
  const rows = new Uint8Array(items.length);
  const labelWidths = new Float64Array(items.length);

  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    let row = end.findIndex((rowEnd) => rowEnd + options.gap <= item.left);
    if (row === -1) {
      row = rowToShorten(items, owner, end);
      const blocker = owner[row]!;
      const room = item.left - options.gap - (items[blocker]!.right + options.labelGap);
      const granted = Math.min(labelWidths[blocker]!, room);
      labelWidths[blocker] = granted >= options.minLabelWidth ? granted : 0;
    }
    rows[index] = row;
    labelWidths[index] = item.labelWidth;
    end[row] = item.right + (item.labelWidth > 0 ? options.labelGap + item.labelWidth : 0);
    owner[row] = index;
  }
  return { rows, labelWidths };
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
