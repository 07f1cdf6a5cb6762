import { describe, expect, it, vi } from 'vitest';

import { estimateMeasure, fitLabel, tableMeasure } from '../../../../src/lib/timeline/measure';

describe('the estimated label widths', () => {
  const measure = estimateMeasure(10);

  it('gives each kind of character its own advance width, in em of the font size', () => {
    expect(measure(' ')).toBeCloseTo(3);
    for (const narrow of "iljI.,:;'!|") expect(measure(narrow)).toBeCloseTo(2.8);
    for (const slim of 'ft()[]-"r/') expect(measure(slim)).toBeCloseTo(3.8);
    for (const wide of 'mwMW') expect(measure(wide)).toBeCloseTo(9);
    for (const capital of 'ABKZ') expect(measure(capital)).toBeCloseTo(7);
    for (const digit of '0459') expect(measure(digit)).toBeCloseTo(6);
    // Below the digits, between them and the capitals, lower case, beyond ASCII.
    for (const other of '#&+<@aeoxzé') expect(measure(other)).toBeCloseTo(5.8);
    // The edges of the capital and digit ranges.
    expect(measure('@')).toBeCloseTo(5.8);
    expect(measure('[')).toBeCloseTo(3.8);
    expect(measure('/')).toBeCloseTo(3.8);
    expect(measure(':')).toBeCloseTo(2.8);
  });

  it('adds the characters of a title up', () => {
    expect(measure('xz 5.6')).toBeCloseTo(5.8 + 5.8 + 3 + 6 + 2.8 + 6);
    expect(measure('')).toBe(0);
  });

  it('counts bold 8 % wider by default, or by the factor it is given', () => {
    expect(measure('Jia Tan', true)).toBeCloseTo(measure('Jia Tan') * 1.08);
    expect(estimateMeasure(10, 1.13)('Jia Tan', true)).toBeCloseTo(measure('Jia Tan') * 1.13);
    expect(estimateMeasure(10, 1.13)('Jia Tan')).toBeCloseTo(measure('Jia Tan'));
  });

  it('scales with the font size', () => {
    expect(estimateMeasure(20)('release')).toBeCloseTo(2 * measure('release'));
    expect(estimateMeasure()('release')).toBeCloseTo(1.2 * measure('release'));
  });
});

describe('a measure built from a width table', () => {
  it('asks the font once per character and weight, ASCII or not', () => {
    const charWidth = vi.fn((char: string, bold: boolean) => (bold ? 2 : 1) * char.length);
    const measure = tableMeasure(charWidth);
    expect(measure('aab')).toBe(3);
    expect(measure('aab', true)).toBe(6);
    expect(measure('ééa')).toBe(3);
    expect(measure('ba')).toBe(2);
    expect(charWidth.mock.calls).toEqual([
      ['a', false],
      ['b', false],
      ['a', true],
      ['b', true],
      ['é', false],
    ]);
  });

  it('measures a character outside the basic plane as one, not as two halves', () => {
    const charWidth = vi.fn(() => 4);
    const measure = tableMeasure(charWidth);
    expect(measure('a🔑b')).toBe(12);
    expect(charWidth).toHaveBeenCalledWith('🔑', false);
    expect(charWidth).toHaveBeenCalledTimes(3);
  });

  it('measures the first character past ASCII like any other', () => {
    expect(tableMeasure(() => 3)('\u007f\u0080')).toBe(6);
  });

  it('keeps a width of zero as measured rather than asking again', () => {
    const charWidth = vi.fn(() => 0);
    const measure = tableMeasure(charWidth);
    measure('\u0000\u0000');
    measure('\u200b\u200b');
    expect(charWidth).toHaveBeenCalledTimes(2);
  });
});

describe('fitting a label into the room it has', () => {
  // One px a character makes the arithmetic plain.
  const perChar = tableMeasure(() => 1);

  it('keeps a label that fits, to the last pixel', () => {
    expect(fitLabel('Backdoor found', 14, perChar)).toBe('Backdoor found');
    expect(fitLabel('Backdoor found', 100, perChar)).toBe('Backdoor found');
  });

  it('shortens a label to the longest start that fits with an ellipsis', () => {
    expect(fitLabel('Backdoor found', 13, perChar)).toBe('Backdoor fou…');
    expect(fitLabel('Backdoor found', 6, perChar)).toBe('Backd…');
  });

  it('drops the space before the ellipsis', () => {
    expect(fitLabel('Backdoor found', 10, perChar)).toBe('Backdoor…');
  });

  it('gives nothing when not even two characters and the ellipsis fit', () => {
    expect(fitLabel('Backdoor found', 3, perChar)).toBe('Ba…');
    expect(fitLabel('Backdoor found', 2, perChar)).toBe('');
    expect(fitLabel('Backdoor found', 0, perChar)).toBe('');
  });

  it('measures the bold face when the label is bold', () => {
    const boldWider = tableMeasure((_, bold) => (bold ? 2 : 1));
    expect(fitLabel('Backdoor', 8, boldWider)).toBe('Backdoor');
    expect(fitLabel('Backdoor', 8, boldWider, true)).toBe('Bac…');
  });

  it('trims from its first guess until the text fits, when characters differ in width', () => {
    // Wide letters first: the average-width guess is too long and must be cut back.
    const measure = tableMeasure((char) => (char === 'W' ? 10 : 1));
    expect(fitLabel('WWWWaaaaaa', 25, measure)).toBe('WW…');
  });

  it('uses the full width it is given instead of measuring again', () => {
    const measure = vi.fn(tableMeasure(() => 1));
    expect(fitLabel('short', 5, measure, false, 5)).toBe('short');
    expect(measure).not.toHaveBeenCalled();
  });
});
