import { describe, expect, it } from 'vitest';

import {
  goTo,
  handleKey,
  initialState,
  type KeyInput,
  type KeyOptions,
  type PresenterState,
} from '../../../../src/lib/present/keys';

/** Presses keys in order from `state`; returns the last result with every notice seen. */
function press(state: PresenterState, keys: (string | KeyInput)[], options?: KeyOptions) {
  let current = state;
  const notices: string[] = [];
  let fullscreen = 0;
  let handled = true;
  for (const key of keys) {
    const result = handleKey(current, typeof key === 'string' ? { key } : key, options);
    current = result.state;
    handled = result.handled;
    if (result.notice) notices.push(result.notice);
    if (result.fullscreen) fullscreen += 1;
  }
  return { state: current, notices, fullscreen, handled };
}

const deck = (index = 0) => initialState(20, index);

describe('the presenter keyboard', () => {
  it('moves forward with →, Space, PageDown and ↓', () => {
    expect(press(deck(), ['ArrowRight', ' ', 'PageDown', 'ArrowDown']).state.index).toBe(4);
  });

  it('moves back with ←, PageUp, ↑ and Shift+Space', () => {
    expect(
      press(deck(10), ['ArrowLeft', 'PageUp', 'ArrowUp', { key: ' ', shiftKey: true }]).state.index,
    ).toBe(6);
  });

  it('stops at the first and the last slide instead of wrapping', () => {
    expect(press(deck(0), ['ArrowLeft']).state.index).toBe(0);
    expect(press(deck(19), ['ArrowRight']).state.index).toBe(19);
  });

  it('goes to the first slide with Home and the last with End', () => {
    expect(press(deck(7), ['End']).state.index).toBe(19);
    expect(press(deck(7), ['Home']).state.index).toBe(0);
  });

  it('jumps to a typed number when Enter is pressed', () => {
    const typed = press(deck(), ['1', '2']);
    expect(typed.state.index).toBe(0);
    expect(typed.state.digits).toBe('12');
    expect(press(typed.state, ['Enter']).state).toMatchObject({ index: 11, digits: '' });
  });

  it('refuses a jump past the deck with a message and stays put', () => {
    const result = press(deck(4), ['9', '9', 'Enter']);
    expect(result.state.index).toBe(4);
    expect(result.state.digits).toBe('');
    expect(result.notices).toEqual(['There is no slide 99: the deck has slides 1 to 20.']);
  });

  it('refuses slide 0 with a message', () => {
    expect(press(deck(4), ['0', 'Enter']).notices[0]).toMatch(/no slide 0/);
  });

  it('lets Backspace correct and Escape cancel a typed number', () => {
    expect(press(deck(), ['1', '5', 'Backspace', 'Enter']).state.index).toBe(0);
    expect(press(deck(), ['1', '5', 'Backspace', '7', 'Enter']).state.index).toBe(16);
    expect(press(deck(), ['5', 'Escape', 'Enter'])).toMatchObject({
      state: { index: 0, digits: '' },
      handled: false,
    });
  });

  it('keeps at most three typed digits', () => {
    expect(press(deck(), ['1', '2', '3', '4']).state.digits).toBe('123');
  });

  it('forgets a typed number when the speaker moves on instead', () => {
    expect(press(deck(), ['7', 'ArrowRight']).state).toMatchObject({ index: 1, digits: '' });
  });

  it('leaves Enter alone when no number was typed, so buttons and links still work', () => {
    expect(press(deck(), ['Enter']).handled).toBe(false);
  });

  it('toggles the black screen with B and with the full stop clickers send', () => {
    const black = press(deck(), ['b']).state;
    expect(black.black).toBe(true);
    expect(press(black, ['B']).state.black).toBe(false);
    expect(press(black, ['.']).state.black).toBe(false);
    expect(press(black, ['Escape']).state.black).toBe(false);
  });

  it('keeps the screen black while the speaker moves behind it', () => {
    expect(press(deck(), ['b', 'ArrowRight']).state).toMatchObject({ black: true, index: 1 });
  });

  it('asks for full screen on F without changing the slide', () => {
    const result = press(deck(3), ['f', 'F']);
    expect(result.fullscreen).toBe(2);
    expect(result.state.index).toBe(3);
  });

  it('opens the help on ? and closes it on ? or Escape', () => {
    const open = press(deck(), ['?']).state;
    expect(open.overlay).toBe('help');
    expect(press(open, ['Escape']).state.overlay).toBe('none');
    expect(press(open, ['?']).state.overlay).toBe('none');
  });

  it('does not move slides while the help is open', () => {
    const result = press(press(deck(2), ['?']).state, ['ArrowRight']);
    expect(result.state.index).toBe(2);
    expect(result.handled).toBe(false);
  });

  it('ignores keys held with Ctrl, Alt or Meta so browser shortcuts keep working', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(press(deck(2), [{ key: 'ArrowRight', [modifier]: true }])).toMatchObject({
        state: { index: 2 },
        handled: false,
      });
    }
  });

  it('leaves unknown keys to the browser', () => {
    expect(press(deck(), ['x']).handled).toBe(false);
    expect(press(deck(), ['Tab']).handled).toBe(false);
  });
});

describe('the overview grid', () => {
  const grid: KeyOptions = { columns: 4 };

  it('opens on O with the current slide highlighted', () => {
    expect(press(deck(5), ['o']).state).toMatchObject({ overlay: 'overview', cursor: 5, index: 5 });
  });

  it('moves the highlight by one with ← → and by a row with ↑ ↓, inside the deck', () => {
    const open = press(deck(5), ['o'], grid).state;
    expect(press(open, ['ArrowRight'], grid).state.cursor).toBe(6);
    expect(press(open, ['ArrowLeft'], grid).state.cursor).toBe(4);
    expect(press(open, ['ArrowDown'], grid).state.cursor).toBe(9);
    expect(press(open, ['ArrowUp'], grid).state.cursor).toBe(1);
    expect(press(open, ['ArrowUp', 'ArrowUp'], grid).state.cursor).toBe(0);
    expect(press(open, ['End', 'ArrowDown'], grid).state.cursor).toBe(19);
    expect(press(open, ['Home'], grid).state.cursor).toBe(0);
  });

  it('does not change the slide until Enter picks one', () => {
    const moved = press(deck(5), ['o', 'ArrowDown', 'ArrowDown'], grid).state;
    expect(moved.index).toBe(5);
    expect(press(moved, ['Enter'], grid).state).toMatchObject({ overlay: 'none', index: 13 });
  });

  it('closes on Escape or O and stays on the slide it opened on', () => {
    const moved = press(deck(5), ['o', 'ArrowRight'], grid).state;
    expect(press(moved, ['Escape'], grid).state).toMatchObject({
      overlay: 'none',
      index: 5,
      cursor: 5,
    });
    expect(press(moved, ['O'], grid).state).toMatchObject({ overlay: 'none', index: 5 });
  });

  it('is not available in the speaker view', () => {
    const result = press(deck(5), ['o', '?'], { overlays: false });
    expect(result.state.overlay).toBe('none');
    expect(result.handled).toBe(false);
  });
});

describe('goTo and the initial state', () => {
  it('clamps any index into the deck', () => {
    expect(goTo(deck(), 99).index).toBe(19);
    expect(goTo(deck(), -3).index).toBe(0);
    expect(goTo(deck(), Number.NaN).index).toBe(0);
    expect(initialState(20, 50).index).toBe(19);
  });

  it('survives an empty deck', () => {
    expect(press(initialState(0), ['ArrowRight', 'End']).state.index).toBe(0);
  });
});

describe('the printed key help', () => {
  it('lists only keys the keyboard really handles', async () => {
    const { KEY_HELP } = await import('../../../../src/lib/present/key-help');
    for (const entry of KEY_HELP) {
      for (const keys of entry.presses) {
        if (keys[0] === 'Escape') {
          // Escape acts on something open: a typed number, the help, the black screen.
          expect(press(deck(), ['5', 'Escape']).handled, entry.action).toBe(true);
          expect(press(deck(), ['?', 'Escape']).state.overlay, entry.action).toBe('none');
          continue;
        }
        const result = press(deck(5), keys);
        const changed =
          result.fullscreen > 0 || JSON.stringify(result.state) !== JSON.stringify(deck(5));
        expect(result.handled && changed, `${entry.action}: ${keys.join(' ')}`).toBe(true);
        if (!entry.deckOnly) {
          expect(
            press(deck(5), keys, { overlays: false }).handled,
            `${entry.action} in the speaker view`,
          ).toBe(true);
        }
      }
    }
  });
});

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

describe('keys in their less common states', () => {
  it('moves forward on Shift+→: only Space turns back when Shift is held', () => {
    expect(press(deck(5), [{ key: 'ArrowRight', shiftKey: true }]).state.index).toBe(6);
  });

  it('leaves function keys such as F5 to the browser instead of typing a number', () => {
    expect(press(deck(), ['F5'])).toMatchObject({ state: { digits: '' }, handled: false });
  });

  it('lets Backspace remove only the last of three typed digits', () => {
    expect(press(deck(), ['1', '2', '3', 'Backspace']).state.digits).toBe('12');
  });

  it('reports a typed jump as handled, refused or not, so the page does not also act on Enter', () => {
    expect(press(deck(), ['4', 'Enter'])).toMatchObject({ state: { index: 3 }, handled: true });
    expect(press(deck(), ['9', '9', 'Enter'])).toMatchObject({
      state: { index: 0 },
      handled: true,
    });
  });

  it('keeps the screen black while full screen or the overview is asked for', () => {
    const fullscreen = press(deck(), ['b', 'f']);
    expect(fullscreen).toMatchObject({ state: { black: true }, fullscreen: 1 });
    expect(press(deck(), ['b', 'o']).state).toMatchObject({ black: true, overlay: 'overview' });
  });

  it('forgets a typed number when full screen, the overview or the help is opened', () => {
    for (const key of ['f', 'o', '?']) {
      expect(press(deck(), ['5', key]).state.digits, key).toBe('');
    }
  });

  it('reports closing the help as handled', () => {
    expect(press(deck(), ['?', 'Escape'])).toMatchObject({
      state: { overlay: 'none' },
      handled: true,
    });
  });
});

describe('the overview grid, key by key', () => {
  const grid: KeyOptions = { columns: 4 };
  const open = () => press(deck(5), ['o'], grid).state;

  it('opens on a capital O as well', () => {
    expect(press(deck(5), ['O']).state.overlay).toBe('overview');
  });

  it('reports every move of the highlight as handled', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']) {
      expect(press(open(), [key], grid).handled, key).toBe(true);
    }
  });

  it('picks the highlighted slide with Space as with Enter', () => {
    expect(press(open(), ['ArrowRight', ' '], grid)).toMatchObject({
      state: { overlay: 'none', index: 6 },
      handled: true,
    });
  });

  it('closes on a lower-case o and reports it handled', () => {
    expect(press(open(), ['ArrowRight', 'o'], grid)).toMatchObject({
      state: { overlay: 'none', index: 5, cursor: 5 },
      handled: true,
    });
  });

  it('leaves other keys to the browser and keeps the highlight', () => {
    const moved = press(open(), ['ArrowRight'], grid).state;
    expect(press(moved, ['x'], grid)).toMatchObject({ state: moved, handled: false });
  });

  it('keeps the highlight where it is when the other window moves the slide', () => {
    const moved = press(open(), ['ArrowDown'], grid).state;
    expect(goTo(moved, 12)).toMatchObject({ index: 12, cursor: 9, overlay: 'overview' });
  });
});
