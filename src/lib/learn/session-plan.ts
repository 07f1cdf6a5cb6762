/**
 * Session plans for a facilitator: chapter slots scaled from the path's measured time estimates
 * to fit a fixed session length, around fixed activities (the live simulation, the room's
 * questions). Whole minutes, and the slots always add up to the session length exactly.
 */

export interface PlanItem {
  label: string;
  /** Measured chapter minutes to scale, or a fixed activity length. */
  minutes: number;
  fixed?: boolean;
  note?: string;
}

export interface PlannedItem {
  label: string;
  note?: string;
  start: number;
  minutes: number;
}

/**
 * Splits `budget` whole minutes in proportion to `weights` (largest remainder), giving every
 * weight at least one minute when the budget allows. Bad weights count as zero.
 */
export function shareMinutes(weights: readonly number[], budget: number): number[] {
  const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const total = clean.reduce((sum, weight) => sum + weight, 0);
  const whole = Math.max(0, Math.floor(Number.isFinite(budget) ? budget : 0));
  if (clean.length === 0 || whole === 0) return clean.map(() => 0);
  const exact =
    total === 0 ? clean.map(() => whole / clean.length) : clean.map((w) => (w / total) * whole);
  const shares = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  let left = whole - shares.reduce((sum, share) => sum + share, 0);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  // A chapter with no minute would vanish from the plan: take one from the largest slot.
  for (let index = 0; index < shares.length; index++) {
    if (shares[index] !== 0) continue;
    const largest = shares.indexOf(Math.max(...shares));
    if (shares[largest]! <= 1) break;
    shares[largest]! -= 1;
    shares[index] = 1;
  }
  return shares;
}

/**
 * Lays the items out from minute 0: fixed items keep their length, the others share what is
 * left of `sessionMinutes` in proportion to their measured minutes.
 */
export function planSession(items: readonly PlanItem[], sessionMinutes: number): PlannedItem[] {
  const fixedTotal = items
    .filter((item) => item.fixed)
    .reduce((sum, item) => sum + item.minutes, 0);
  const scaled = items.filter((item) => !item.fixed);
  const shares = shareMinutes(
    scaled.map((item) => item.minutes),
    sessionMinutes - fixedTotal,
  );
  let start = 0;
  let next = 0;
  return items.map((item) => {
    const minutes = item.fixed ? item.minutes : shares[next++]!;
    const planned: PlannedItem = { label: item.label, start, minutes };
    if (item.note) planned.note = item.note;
    start += minutes;
    return planned;
  });
}
