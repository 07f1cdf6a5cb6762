import { describe, expect, it } from 'vitest';

import {
  chapterItems,
  facilitatorPlans,
  type PlanChapter,
  SIMULATION_AFTER,
} from '../../../../src/lib/learn/facilitator-plans';

const chapter = (order: number, id: string, minutes = 10): PlanChapter => ({
  id,
  order,
  title: `Title ${order}`,
  minutes,
});
const CHAPTERS = [
  chapter(1, '01-the-half-second'),
  chapter(2, '02-what-was-at-stake'),
  chapter(3, '03-the-long-con'),
  chapter(4, SIMULATION_AFTER),
  chapter(5, '05-the-backdoor-at-run-time'),
  chapter(6, '06-who-did-it'),
];
const labels = (items: { label: string }[]) => items.map((item) => item.label);

describe('the facilitator guide’s session plans', () => {
  it('runs the live simulation right after the chapter that tells the build trick', () => {
    const items = chapterItems(CHAPTERS, 8, new Set());
    expect(labels(items)).toEqual([
      '1. Title 1',
      '2. Title 2',
      '3. Title 3',
      '4. Title 4',
      'Live simulation',
      '5. Title 5',
      '6. Title 6',
    ]);
    expect(items[4]).toMatchObject({ minutes: 8, fixed: true });
    expect(items[4]!.note).toMatch(/release tarball made a backdoored liblzma/);
  });

  it('puts the simulation in the build-trick chapter’s place when that chapter is skipped', () => {
    const skip = new Set([SIMULATION_AFTER, '05-the-backdoor-at-run-time']);
    expect(labels(chapterItems(CHAPTERS, 6, skip))).toEqual([
      '1. Title 1',
      '2. Title 2',
      '3. Title 3',
      'Live simulation',
      '6. Title 6',
    ]);
  });

  it('tells the facilitator to run the half-second figure in chapter 1 only', () => {
    const items = chapterItems(CHAPTERS, 8, new Set());
    expect(items[0]!.note).toMatch(/0\.299 s, then 0\.807 s/);
    expect(items.filter((item) => item.note).map((item) => item.label)).toEqual([
      '1. Title 1',
      'Live simulation',
    ]);
  });

  it('fills exactly 45 and 90 minutes, the short one with the essentials route’s chapters only', () => {
    const essentials = ['01-the-half-second', '02-what-was-at-stake', '06-who-did-it'];
    const [short, long] = facilitatorPlans(CHAPTERS, essentials);
    for (const plan of [short!, long!]) {
      const last = plan.items.at(-1)!;
      expect(last.start + last.minutes).toBe(plan.length);
    }
    expect(short).toMatchObject({ id: 'plan-45', length: 45 });
    expect(long).toMatchObject({ id: 'plan-90', length: 90 });
    expect(labels(short!.items)).toEqual([
      'Welcome and aims',
      '1. Title 1',
      '2. Title 2',
      'Live simulation',
      '6. Title 6',
      'Questions from the room',
    ]);
    expect(short!.items.map((item) => item.minutes)).toEqual([2, 11, 11, 6, 10, 5]);
    expect(labels(long!.items)).toHaveLength(CHAPTERS.length + 3);
    expect(long!.items[0]).toMatchObject({ label: 'Welcome and aims', minutes: 3, start: 0 });
    expect(long!.items.at(-1)).toMatchObject({ label: 'Questions from the room', minutes: 8 });
  });

  it('keeps the welcome, the simulation and the room’s questions at their length however long the chapters are', () => {
    const long = CHAPTERS.map((entry) => ({ ...entry, minutes: 40 }));
    const [short, whole] = facilitatorPlans(
      long,
      CHAPTERS.map(({ id }) => id),
    );
    const fixed = (plan: typeof short) =>
      plan!.items
        .filter((item) => !/^\d/.test(item.label))
        .map((item) => [item.label, item.minutes]);
    expect(fixed(short)).toEqual([
      ['Welcome and aims', 2],
      ['Live simulation', 6],
      ['Questions from the room', 5],
    ]);
    expect(fixed(whole)).toEqual([
      ['Welcome and aims', 3],
      ['Live simulation', 8],
      ['Questions from the room', 8],
    ]);
  });

  it('introduces each plan by its audience: the essentials route for 45 minutes, the whole path for 90', () => {
    const [short, whole] = facilitatorPlans(CHAPTERS, []);
    expect(short!.intro).toMatch(/^For a mixed audience, following the essentials route/);
    expect(whole!.intro).toMatch(/^The whole path\./);
  });
});
