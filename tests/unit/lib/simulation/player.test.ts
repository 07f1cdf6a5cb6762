import { describe, expect, it } from 'vitest';

import {
  atEnd,
  initialPlayer,
  type PlayerAction,
  playerReducer,
  type PlayerState,
  progressPercent,
  SPEED_MS_PER_WORD,
  stepDelayMs,
} from '../../../../src/lib/simulation/player.ts';

const apply = (state: PlayerState, ...actions: PlayerAction[]) =>
  actions.reduce(playerReducer, state);

describe('the stepper', () => {
  it('Step moves forward one step and stops at the end', () => {
    const s = apply(
      initialPlayer(3),
      { type: 'step' },
      { type: 'step' },
      { type: 'step' },
      { type: 'step' },
    );
    expect(s.index).toBe(2);
    expect(atEnd(s)).toBe(true);
  });

  it('Back goes to before the first step and no further', () => {
    expect(
      apply(initialPlayer(3), { type: 'step' }, { type: 'back' }, { type: 'back' }).index,
    ).toBe(-1);
  });

  it('Run plays with ticks until the last step, then stops', () => {
    let s = apply(initialPlayer(3), { type: 'run' });
    expect(s).toMatchObject({ index: 0, playing: true });
    s = apply(s, { type: 'tick' }, { type: 'tick' });
    expect(s).toMatchObject({ index: 2, playing: false });
  });

  it('Run at the end starts again from the top', () => {
    const s = apply(initialPlayer(3), { type: 'goto', index: 2 }, { type: 'run' });
    expect(s).toMatchObject({ index: 0, playing: true });
  });

  it('Run at instant speed jumps to the result', () => {
    expect(
      apply(initialPlayer(40), { type: 'speed', speed: 'instant' }, { type: 'run' }),
    ).toMatchObject({ index: 39, playing: false });
  });

  it('Reset stops and rewinds; pressing a button while playing pauses', () => {
    expect(apply(initialPlayer(5), { type: 'run' }, { type: 'reset' })).toMatchObject({
      index: -1,
      playing: false,
    });
    expect(apply(initialPlayer(5), { type: 'run' }, { type: 'step' })).toMatchObject({
      index: 1,
      playing: false,
    });
  });

  it('goto clamps nonsense to the valid range', () => {
    expect(apply(initialPlayer(5), { type: 'goto', index: 99 }).index).toBe(4);
    expect(apply(initialPlayer(5), { type: 'goto', index: Number.NaN }).index).toBe(-1);
  });

  it('reports progress', () => {
    expect(progressPercent(apply(initialPlayer(4), { type: 'step' }))).toBe(25);
    expect(progressPercent(initialPlayer(0))).toBe(0);
  });
});

describe('a pace a room can follow', () => {
  const loaded = (phaseStarts: number[]) =>
    playerReducer(initialPlayer(), { type: 'load', total: 6, phaseStarts });

  it('Run stops on the last step of a phase and carries on into the next one when pressed again', () => {
    let s = apply(loaded([0, 3]), { type: 'run' }, { type: 'tick' }, { type: 'tick' });
    expect(s).toMatchObject({ index: 2, playing: true });
    s = apply(s, { type: 'tick' });
    expect(s).toMatchObject({ index: 2, playing: false });
    s = apply(s, { type: 'run' });
    expect(s).toMatchObject({ index: 3, playing: true });
  });

  it('a longer explanation stays on screen longer, and instant never waits', () => {
    const short = stepDelayMs('normal', 'one two three');
    const long = stepDelayMs('normal', 'word '.repeat(60));
    expect(long - short).toBe(57 * SPEED_MS_PER_WORD.normal);
    expect(stepDelayMs('slow', 'a b c')).toBeGreaterThan(stepDelayMs('fast', 'a b c'));
    expect(stepDelayMs('instant', 'word '.repeat(60))).toBe(0);
  });

  it('End jumps to the last step', () => {
    expect(apply(loaded([0]), { type: 'end' })).toMatchObject({ index: 5, playing: false });
  });
});

describe('the progress percentage', () => {
  it('rounds to the nearest whole number: step 1 of 3 is 33 %, step 2 of 3 is 67 %', () => {
    const at = (index: number, total: number) =>
      progressPercent({ ...initialPlayer(total), index });
    expect(at(0, 3)).toBe(33);
    expect(at(1, 3)).toBe(67);
    expect(at(0, 8)).toBe(13);
    expect(at(2, 3)).toBe(100);
    expect(progressPercent(initialPlayer(0))).toBe(0);
  });
});
