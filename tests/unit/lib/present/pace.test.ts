import { describe, expect, it } from 'vitest';

import {
  describeCountdown,
  describePace,
  paceAt,
  parseTarget,
  plannedMinutes,
  targetSearch,
} from '../../../../src/lib/present/pace';

const PLAN = [
  { id: 'a', seconds: 60 },
  { id: 'b', seconds: 120 },
  { id: 'c', seconds: 60 },
];

describe('the speaker view’s clock', () => {
  it('reads a target of 1 to 240 minutes from the address, else the fallback', () => {
    expect(parseTarget('?target=20', 25)).toBe(20);
    for (const bad of ['?target=0', '?target=241', '?target=2.5', '?target=x', ''])
      expect(parseTarget(bad, 25), bad).toBe(25);
    expect(targetSearch('?cut=10', 12)).toBe('?cut=10&target=12');
  });

  it('counts down to the target and then says how far over', () => {
    expect(describeCountdown(10, 90_000)).toBe('8:30 left');
    expect(describeCountdown(1, 75_000)).toBe('0:15 over');
  });

  it('is ahead before a slide’s planned start, behind after its planned end, on time between', () => {
    expect(paceAt(PLAN, 1, 30_000)).toEqual({ status: 'ahead', seconds: 30 });
    expect(paceAt(PLAN, 1, 120_000)).toEqual({ status: 'on time', seconds: 0 });
    expect(paceAt(PLAN, 1, 200_000)).toEqual({ status: 'behind', seconds: 20 });
    expect(describePace({ status: 'behind', seconds: 75 })).toBe('1:15 behind');
    expect(plannedMinutes(PLAN)).toBe(4);
  });

  it('accepts the shortest and the longest target, and an empty one falls back', () => {
    expect(parseTarget('?target=1', 25)).toBe(1);
    expect(parseTarget('?target=240', 25)).toBe(240);
    expect(parseTarget('?target=', 25)).toBe(25);
  });

  it('keeps the commas of a skip list readable when it writes the target', () => {
    expect(targetSearch('?cut=10&skip=a,b', 12)).toBe('?cut=10&skip=a,b&target=12');
  });

  it('still counts down at the very second the target is reached', () => {
    expect(describeCountdown(10, 600_000)).toBe('0:00 left');
    expect(describeCountdown(10, 601_000)).toBe('0:01 over');
  });

  it('is on time exactly at a slide’s planned start and at its planned end', () => {
    expect(paceAt(PLAN, 1, 60_000)).toEqual({ status: 'on time', seconds: 0 });
    expect(paceAt(PLAN, 1, 180_000)).toEqual({ status: 'on time', seconds: 0 });
    expect(describePace({ status: 'on time', seconds: 0 })).toBe('On time');
    expect(describePace({ status: 'ahead', seconds: 30 })).toBe('0:30 ahead');
  });

  it('gives a pace for an empty plan instead of failing', () => {
    expect(paceAt([], 0, 5_000)).toEqual({ status: 'behind', seconds: 5 });
  });
});
