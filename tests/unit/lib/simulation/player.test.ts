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

describe('buttons pressed at awkward moments', () => {
  it('a fresh stepper shows nothing yet, does not play and runs at normal speed', () => {
    expect(initialPlayer()).toEqual({
      index: -1,
      total: 0,
      playing: false,
      speed: 'normal',
      phaseStarts: [],
    });
  });

  it('Run with no steps loaded does nothing', () => {
    const empty = initialPlayer(0);
    expect(playerReducer(empty, { type: 'run' })).toBe(empty);
    expect(atEnd(empty)).toBe(false);
  });

  it('Run from the middle carries on from the next step', () => {
    expect(apply(initialPlayer(5), { type: 'goto', index: 1 }, { type: 'run' })).toMatchObject({
      index: 2,
      playing: true,
    });
  });

  it('Run on the second-last step shows the last one and stops', () => {
    expect(apply(initialPlayer(3), { type: 'goto', index: 1 }, { type: 'run' })).toMatchObject({
      index: 2,
      playing: false,
    });
  });

  it('Pause stops playing and stays on the step', () => {
    expect(apply(initialPlayer(5), { type: 'run' }, { type: 'pause' })).toMatchObject({
      index: 0,
      playing: false,
    });
  });

  it('a tick while paused changes nothing', () => {
    const paused = apply(initialPlayer(5), { type: 'step' });
    expect(playerReducer(paused, { type: 'tick' })).toBe(paused);
  });

  it('Back and End while playing stop playing', () => {
    const playing = apply(initialPlayer(5), { type: 'run' }, { type: 'tick' });
    expect(apply(playing, { type: 'back' })).toMatchObject({ index: 0, playing: false });
    expect(apply(playing, { type: 'end' })).toMatchObject({ index: 4, playing: false });
    expect(apply(playing, { type: 'goto', index: 3 })).toMatchObject({ index: 3, playing: false });
  });

  it('changing speed keeps playing at the new pace', () => {
    expect(
      apply(initialPlayer(5), { type: 'run' }, { type: 'speed', speed: 'fast' }),
    ).toMatchObject({ index: 0, playing: true, speed: 'fast' });
  });

  it('loading a new build stops playing, keeps a valid step and drops the old phases', () => {
    const before = apply(
      initialPlayer(),
      { type: 'load', total: 8, phaseStarts: [0, 4] },
      { type: 'run' },
    );
    const after = playerReducer(before, { type: 'load', total: 6, index: 9 });
    expect(after).toMatchObject({ total: 6, index: 5, playing: false, phaseStarts: [] });
    expect(playerReducer(before, { type: 'load', total: 3 }).index).toBe(-1);
    expect(playerReducer(before, { type: 'load', total: -2, index: 1 })).toMatchObject({
      total: 0,
      index: -1,
    });
  });

  it('counts words across any run of spaces, tabs and newlines', () => {
    expect(stepDelayMs('normal', '  one\t two\n\nthree  ') - stepDelayMs('normal', '')).toBe(
      3 * SPEED_MS_PER_WORD.normal,
    );
  });

  it('is at the end only on the last step', () => {
    expect(atEnd(apply(initialPlayer(3), { type: 'goto', index: 1 }))).toBe(false);
    expect(atEnd(apply(initialPlayer(3), { type: 'goto', index: 2 }))).toBe(true);
    expect(atEnd(initialPlayer(3))).toBe(false);
  });
});
