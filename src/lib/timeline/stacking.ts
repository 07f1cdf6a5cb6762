/**
 * Collision-free stacking inside a lane: greedy interval packing, left to right. Each mark (dot
 * or pill, then its whole label to the right) takes the lowest free row. A label is whole or
 * absent, never cut: a title ending in "…" reads as a different claim. A mark that finds no
 * free row may displace a less important label in its way to keep its own; failing that, it
 * takes a row unlabelled after the least important label there is dropped (marks never
 * overlap, so that always makes room). Key moments so keep their titles where lanes crowd.
 */

export interface StackItem {
  /** Extent of the mark itself (world px). Items arrive sorted by `left` and never overlap. */
  left: number;
  right: number;
  /** Wanted label width in px; 0 for no label. */
  labelWidth: number;
  /** 1 = most important. Less important labels are dropped first. */
  priority: number;
}

export interface StackOptions {
  rows: number;
  /** Space between a mark and its label. */
  labelGap: number;
  /** Space between a label's end and the next mark on the row. */
  gap: number;
}

/** Per item: its row, and its label width (the whole wanted width, or 0 = not drawn). */
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
  const { gap, labelGap } = options;
  /** Where the row would end if its last label were dropped. */
  const bareEnd = (row: number) => (owner[row]! < 0 ? -Infinity : items[owner[row]!]!.right);

  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    // The lowest free row, where the whole label goes too; later marks drop it if they must.
    let row = end.findIndex((rowEnd) => rowEnd + gap <= item.left);
    let label = row === -1 ? 0 : item.labelWidth;
    if (row === -1 && item.labelWidth > 0) {
      row = displaceFor(item, items, owner, bareEnd, gap);
      if (row !== -1) {
        labelWidths[owner[row]!] = 0;
        label = item.labelWidth;
      }
    }
    if (row === -1) {
      // No room even for the mark: the least important label in the way gives way.
      row = rowToClear(items, owner, end);
      labelWidths[owner[row]!] = 0;
    }
    rows[index] = row;
    labelWidths[index] = label;
    end[row] = label > 0 ? item.right + labelGap + label : item.right;
    owner[row] = index;
  }
  return { rows, labelWidths };
}

/**
 * A row where dropping one less important label makes room for this item's mark and label:
 * the row whose blocking label matters least. -1 when no label may give way.
 */
function displaceFor(
  item: StackItem,
  items: readonly StackItem[],
  owner: number[],
  bareEnd: (row: number) => number,
  gap: number,
): number {
  let best = -1;
  for (let row = 0; row < owner.length; row++) {
    const blocker = owner[row]!;
    if (blocker < 0 || items[blocker]!.priority <= item.priority) continue;
    if (bareEnd(row) + gap > item.left) continue;
    if (best === -1 || items[blocker]!.priority > items[owner[best]!]!.priority) best = row;
  }
  return best;
}

/** The row whose last label matters least (then the one that ends soonest): it gives way. */
function rowToClear(items: readonly StackItem[], owner: number[], end: number[]): number {
  let best = 0;
  for (let row = 1; row < owner.length; row++) {
    const a = items[owner[row]!]!.priority;
    const b = items[owner[best]!]!.priority;
    if (a > b || (a === b && end[row]! < end[best]!)) best = row;
  }
  return best;
}
