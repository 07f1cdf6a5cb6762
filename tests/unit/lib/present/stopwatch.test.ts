import { describe, expect, it } from 'vitest';

import {
  describeElapsed,
  elapsedMs,
  formatElapsed,
  isRunning,
  pause,
  reset,
  start,
  STOPPED,
} from '../../../../src/lib/present/stopwatch';

describe('the talk timer', () => {
  it('counts only while running', () => {
    const running = start(STOPPED, 1_000);
    expect(elapsedMs(running, 4_000)).toBe(3_000);
    const paused = pause(running, 4_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsedMs(paused, 60_000)).toBe(3_000);
    expect(elapsedMs(start(paused, 70_000), 72_000)).toBe(5_000);
  });

  it('ignores a second start or a second pause', () => {
    const running = start(STOPPED, 1_000);
    expect(start(running, 5_000)).toBe(running);
    const paused = pause(running, 2_000);
    expect(pause(paused, 9_000)).toBe(paused);
  });

  it('resets to zero and keeps running if it was', () => {
    const running = start(STOPPED, 0);
    const again = reset(running, 10_000);
    expect(elapsedMs(again, 12_000)).toBe(2_000);
    expect(reset(pause(running, 5_000), 6_000)).toEqual(STOPPED);
  });

  it('never goes below zero when the clock goes back', () => {
    expect(elapsedMs(start(STOPPED, 5_000), 1_000)).toBe(0);
  });

  it('prints minutes and seconds, and hours once past one', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(7_999)).toBe('0:07');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
  });

  it('says the time in words for screen readers', () => {
    expect(describeElapsed(0)).toBe('0 seconds');
    expect(describeElapsed(61_000)).toBe('1 minute 1 second');
    expect(describeElapsed(3_723_000)).toBe('1 hour 2 minutes 3 seconds');
  });
});
