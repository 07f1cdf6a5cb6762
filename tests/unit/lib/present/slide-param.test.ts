import { describe, expect, it } from 'vitest';

import { parseSlideParam, slideSearch } from '../../../../src/lib/present/slide-param';

describe('?slide=n', () => {
  it('opens the first slide when the parameter is absent or empty', () => {
    expect(parseSlideParam(null, 30)).toEqual({ index: 0 });
    expect(parseSlideParam('', 30)).toEqual({ index: 0 });
  });

  it('is 1-based', () => {
    expect(parseSlideParam('1', 30)).toEqual({ index: 0 });
    expect(parseSlideParam('30', 30)).toEqual({ index: 29 });
    expect(parseSlideParam(' 7 ', 30)).toEqual({ index: 6 });
  });

  it('turns a negative number into slide 1 with a message', () => {
    const result = parseSlideParam('-4', 30);
    expect(result.index).toBe(0);
    expect(result.notice).toBe(
      'There is no slide “-4”: slides are numbered 1 to 30. Showing slide 1.',
    );
  });

  it('turns 0 into slide 1 with a message', () => {
    expect(parseSlideParam('0', 30)).toMatchObject({
      index: 0,
      notice: expect.stringContaining('numbered 1 to 30'),
    });
  });

  it('turns a number past the end into the last slide with a message', () => {
    const result = parseSlideParam('999', 30);
    expect(result.index).toBe(29);
    expect(result.notice).toBe(
      'There is no slide “999”: the deck ends at slide 30. Showing the last slide.',
    );
  });

  it('turns text into slide 1 with a message', () => {
    for (const raw of ['abc', '3.5', '1e3', '2abc', 'NaN']) {
      const result = parseSlideParam(raw, 30);
      expect(result.index, raw).toBe(0);
      expect(result.notice, raw).toContain('is not a slide number');
    }
  });

  it('quotes only the start of a very long bad value', () => {
    const result = parseSlideParam('x'.repeat(500), 30);
    expect(result.notice!.length).toBeLessThan(120);
    expect(result.notice).toContain('…');
  });

  it('writes the 1-based number and keeps the other parameters', () => {
    expect(slideSearch('', 0)).toBe('?slide=1');
    expect(slideSearch('?slide=abc', 4)).toBe('?slide=5');
    expect(slideSearch('?theme=dark&slide=2', 9)).toBe('?theme=dark&slide=10');
  });

  it('treats a value of spaces only as absent, without a message', () => {
    expect(parseSlideParam('   ', 30)).toEqual({ index: 0 });
  });

  it('quotes a bad value of exactly the quoted length whole, without an ellipsis', () => {
    const value = 'abcdefghijklmnopqrstuvwx';
    expect(value).toHaveLength(24);
    expect(parseSlideParam(value, 30).notice).toContain(`“${value}” is not a slide number`);
    expect(parseSlideParam(`${value}y`, 30).notice).toContain(`“${value}…” is not a slide number`);
  });
});
