import { describe, expect, it, vi } from 'vitest';

import type { KeyHelp } from '../../../../src/lib/present/key-help';
import { handleKey, initialState, type PresenterState } from '../../../../src/lib/present/keys';

/** How a keyboard names each KeyboardEvent.key value the help may print. */
const PRINTED: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ' ': 'Space',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Home: 'Home',
  End: 'End',
  Enter: 'Enter',
  Escape: 'Esc',
  b: 'B',
  o: 'O',
  f: 'F',
  '?': '?',
};
const printed = (key: string) => (/^\d$/.test(key) ? key : PRINTED[key]);

/** Slide 6 of 20: every move has room to go both ways. */
const middle = () => initialState(20, 5);

function press(state: PresenterState, keys: readonly string[], overlays = true) {
  let current = state;
  let handled = true;
  let fullscreen = false;
  for (const key of keys) {
    const result = handleKey(current, { key }, { overlays });
    current = result.state;
    handled &&= result.handled;
    fullscreen ||= result.fullscreen === true;
  }
  return { state: current, handled, fullscreen };
}

/** What pressing the keys does, in the words the help should use for it. */
function effectOf(keys: readonly string[]): RegExp[] {
  const before = middle();
  const after = press(before, keys);
  const effects: RegExp[] = [];
  if (after.state.index === before.index + 1) effects.push(/^Next slide$/);
  if (after.state.index === before.index - 1) effects.push(/^Previous slide$/);
  if (after.state.index === 0 || after.state.index === before.total - 1)
    effects.push(/^First or last slide$/);
  const typed = Number(keys.filter((key) => /^\d$/.test(key)).join(''));
  if (keys.at(-1) === 'Enter' && after.state.index === typed - 1)
    effects.push(/slide number, then Enter, to jump to it/);
  if (after.state.black !== before.black) effects.push(/^Black screen on or off/);
  if (after.fullscreen) effects.push(/^Full screen on or off$/);
  if (after.state.overlay === 'overview') effects.push(/^Overview of all slides/);
  if (after.state.overlay === 'help') effects.push(/^This help$/);
  return effects;
}

/**
 * The table, loaded afresh inside each test: it is built when its module loads, and a mutation
 * run switches a mutant on only once the tests start and counts a test only if it loads it.
 */
async function keyHelp(): Promise<readonly KeyHelp[]> {
  vi.resetModules();
  return (await import('../../../../src/lib/present/key-help')).KEY_HELP;
}

async function entryFor(pattern: RegExp): Promise<KeyHelp> {
  return (await keyHelp()).find((entry) => pattern.test(entry.action))!;
}

describe('the printed key help', () => {
  it('prints each key under the name the keyboard gives it, one label per key pressed', async () => {
    const table = await keyHelp();
    for (const entry of table) {
      expect(entry.labels, entry.action).toEqual(entry.presses.flat().map(printed));
    }
  });

  it('joins the keys of a typed number with “then” and alternatives with “or”', async () => {
    const table = await keyHelp();
    for (const entry of table) {
      const oneSequence = entry.presses.length === 1 && entry.presses[0]!.length > 1;
      expect(entry.sequence === true, entry.action).toBe(oneSequence);
    }
    expect(table.filter((entry) => entry.sequence)).toHaveLength(1);
  });

  it('describes what each listed key really does on a slide', async () => {
    const table = await keyHelp();
    for (const entry of table.filter((item) => item.presses[0]![0] !== 'Escape')) {
      for (const keys of entry.presses) {
        const effects = effectOf(keys);
        expect(effects.length, `${entry.action}: ${keys.join(' ')}`).toBeGreaterThan(0);
        for (const effect of effects) expect(entry.action).toMatch(effect);
      }
    }
  });

  it('keeps its promise that Esc closes the overview, closes the help and cancels a typed number', async () => {
    const escape = await entryFor(/^Close/);
    expect(escape.presses).toEqual([['Escape']]);
    expect(escape.action).toMatch(/the overview/);
    expect(press(middle(), ['o', 'Escape']).state.overlay).toBe('none');
    expect(escape.action).toMatch(/the help/);
    expect(press(middle(), ['?', 'Escape']).state.overlay).toBe('none');
    expect(escape.action).toMatch(/cancel a typed number/);
    expect(press(middle(), ['1', '2', 'Escape', 'Enter']).state).toMatchObject({
      index: 5,
      digits: '',
    });
  });

  it('keeps its promise that the clicker’s “.” key blacks the screen too', async () => {
    expect((await entryFor(/^Black screen/)).action).toContain('“.” key');
    expect(press(middle(), ['.']).state.black).toBe(true);
  });

  it('keeps its promise that arrows and Enter pick a slide in the overview', async () => {
    expect((await entryFor(/^Overview/)).action).toContain('arrows and Enter pick one');
    expect(press(middle(), ['o', 'ArrowRight', 'ArrowRight', 'Enter']).state).toMatchObject({
      index: 7,
      overlay: 'none',
    });
  });

  it('marks as deck-only exactly the keys the speaker view ignores', async () => {
    const table = await keyHelp();
    // Esc acts on something open; in the speaker view that can only be a typed number.
    const speakerIgnores = (entry: KeyHelp) =>
      entry.presses.every((keys) => {
        const ready = keys[0] === 'Escape' ? press(middle(), ['5'], false).state : middle();
        return !press(ready, keys, false).handled;
      });
    for (const entry of table) {
      expect(entry.deckOnly === true, entry.action).toBe(speakerIgnores(entry));
    }
  });
});
