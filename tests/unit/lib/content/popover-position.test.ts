import { describe, expect, it } from 'vitest';

import { horizontalShift } from '../../../../src/lib/content/popover-position';

describe('horizontalShift', () => {
  it('leaves a popover that fits where it is', () => {
    expect(horizontalShift(100, 200, 1000)).toBe(0);
  });

  it('pulls a popover that overflows the right edge back inside the margin', () => {
    expect(horizontalShift(300, 200, 375)).toBe(-133);
  });

  it('pushes a popover that starts left of the margin to the right', () => {
    expect(horizontalShift(-20, 200, 375)).toBe(28);
  });

  it('pins a popover wider than the screen to the left margin', () => {
    expect(horizontalShift(50, 400, 375)).toBe(-42);
  });

  it('leaves a popover that ends exactly at the right margin where it is', () => {
    expect(horizontalShift(167, 200, 375)).toBe(0);
  });

  it('keeps a popover almost as wide as the screen at the left margin', () => {
    // 370 px does not fit between two 8 px margins on a 375 px screen: its start stays visible.
    expect(horizontalShift(50, 370, 375)).toBe(-42);
  });
});
