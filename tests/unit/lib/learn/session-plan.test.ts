import { describe, expect, it } from 'vitest';

import { planSession, shareMinutes } from '../../../../src/lib/learn/session-plan';

describe('session plans scaled from the measured chapter times', () => {
  it('shares the minutes in proportion to the measured times and uses every minute', () => {
    expect(shareMinutes([10, 10, 20], 20)).toEqual([5, 5, 10]);
    const shares = shareMinutes([9, 11, 10, 10, 12], 30);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(30);
    expect(shares[4]).toBeGreaterThanOrEqual(shares[0]!);
  });

  it('gives the leftover minutes to the largest remainders, earlier slots first on a tie', () => {
    expect(shareMinutes([1, 1, 1], 4)).toEqual([2, 1, 1]);
  });

  it('keeps every chapter in the plan with at least one minute when the budget allows', () => {
    expect(shareMinutes([100, 1], 10)).toEqual([9, 1]);
  });

  it('treats bad weights and budgets as zero instead of throwing', () => {
    expect(shareMinutes([Number.NaN, -3], 4)).toEqual([2, 2]);
    expect(shareMinutes([5, 5], -1)).toEqual([0, 0]);
    expect(shareMinutes([], 10)).toEqual([]);
  });

  it('lays fixed activities and scaled chapters end to end and ends at the session length', () => {
    const plan = planSession(
      [
        { label: 'Welcome', minutes: 3, fixed: true },
        { label: 'Chapter 1', minutes: 10 },
        { label: 'Simulation', minutes: 7, fixed: true, note: 'live' },
        { label: 'Chapter 2', minutes: 10 },
      ],
      30,
    );
    expect(plan.map(({ label, start, minutes }) => [label, start, minutes])).toEqual([
      ['Welcome', 0, 3],
      ['Chapter 1', 3, 10],
      ['Simulation', 13, 7],
      ['Chapter 2', 20, 10],
    ]);
    expect(plan[2]!.note).toBe('live');
  });
});
