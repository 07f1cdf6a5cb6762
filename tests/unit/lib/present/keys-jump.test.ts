import { describe, expect, it } from 'vitest';

import { handleKey, initialState, type PresenterState } from '../../../../src/lib/present/keys';

/** Types the number's digits, then Enter. */
function typeNumber(state: PresenterState, number: number) {
  let next = state;
  for (const digit of String(number)) next = handleKey(next, { key: digit }).state;
  return handleKey(next, { key: 'Enter' });
}

describe('jumping to a typed slide number', () => {
  for (const total of [1, 9, 10, 42, 100]) {
    it(`reaches every slide of a ${total}-slide deck, the last one included, from either end`, () => {
      for (const start of [0, total - 1]) {
        for (let number = 1; number <= total; number++) {
          const result = typeNumber(initialState(total, start), number);
          expect(result.notice, `slide ${number} of ${total}`).toBeUndefined();
          expect(result.state).toMatchObject({ index: number - 1, digits: '', cursor: number - 1 });
        }
      }
    });
  }

  it('refuses the number one past the last slide, naming the range', () => {
    const result = typeNumber(initialState(42, 5), 43);
    expect(result.state).toMatchObject({ index: 5, digits: '' });
    expect(result.notice).toBe('There is no slide 43: the deck has slides 1 to 42.');
  });

  it('refuses slide 0 with the same message', () => {
    expect(typeNumber(initialState(3, 1), 0)).toMatchObject({
      state: { index: 1 },
      notice: 'There is no slide 0: the deck has slides 1 to 3.',
    });
  });
});
