import { describe, expect, it } from 'vitest';

import { citationLabel, numberSources } from '../../../../src/lib/handout/citations';

describe('numbered references', () => {
  it('number each source once, in order of first citation', () => {
    const numbers = numberSources([['b', 'a'], [], ['a', 'c'], ['b']]);
    expect([...numbers]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('label a citation with its numbers in ascending order', () => {
    const numbers = numberSources([['b', 'a', 'c']]);
    expect(citationLabel(['c', 'b'], numbers)).toBe('1, 3');
  });

  it('refuse a source that was never numbered', () => {
    expect(() => citationLabel(['nope'], new Map())).toThrow(
      /"nope" is cited but was not numbered/,
    );
  });
});
