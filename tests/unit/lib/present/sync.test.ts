import { describe, expect, it } from 'vitest';

import {
  channelName,
  helloMessage,
  parseSyncMessage,
  stateMessage,
} from '../../../../src/lib/present/sync';

describe('the speaker sync messages', () => {
  it('scope the channel to the base path', () => {
    expect(channelName('/')).toBe('xz-present:/');
    expect(channelName('/xz/')).toBe('xz-present:/xz/');
    expect(channelName('/xz')).toBe('xz-present:/xz/');
    expect(channelName('/xz/')).not.toBe(channelName('/other/'));
  });

  it('carry the 1-based slide, the deck size and the black screen', () => {
    expect(stateMessage('deck', { index: 2, total: 30, black: true, cut: '' })).toEqual({
      app: 'xz-present',
      v: 2,
      type: 'state',
      from: 'deck',
      slide: 3,
      total: 30,
      black: true,
      cut: '',
    });
  });

  it('accept what the other window sends', () => {
    const state = stateMessage('notes', { index: 29, total: 30, black: false, cut: '' });
    expect(parseSyncMessage(state, 30)).toEqual({ ok: true, message: state });
    expect(parseSyncMessage(helloMessage('deck', 30), 30)).toEqual({
      ok: true,
      message: helloMessage('deck', 30),
    });
  });

  it('carry the cut, so the speaker view follows the talk the deck gives', () => {
    const state = stateMessage('deck', { index: 3, total: 30, black: false, cut: 'cut=10' });
    expect(parseSyncMessage(state, 30)).toEqual({ ok: true, message: state });
  });

  it('survive a structured-clone round trip', () => {
    const state = stateMessage('deck', { index: 0, total: 5, black: false, cut: '' });
    expect(parseSyncMessage(structuredClone(state), 5).ok).toBe(true);
  });

  it('ignore anything that is not a presenter message', () => {
    for (const data of [
      null,
      undefined,
      'next',
      42,
      [],
      { type: 'state', slide: 2 },
      { app: 'other' },
    ]) {
      expect(parseSyncMessage(data, 30)).toEqual({ ok: false, reason: 'foreign' });
    }
  });

  it('flag a window that runs another version of the deck', () => {
    expect(
      parseSyncMessage(stateMessage('deck', { index: 0, total: 31, black: false, cut: '' }), 30),
    ).toEqual({ ok: false, reason: 'mismatch' });
    expect(parseSyncMessage({ ...helloMessage('deck', 30), v: 1 }, 30)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('reject a malformed presenter message instead of trusting it', () => {
    const good = stateMessage('deck', { index: 0, total: 30, black: false, cut: '' });
    const bad = [
      { ...good, slide: 0 },
      { ...good, slide: 31 },
      { ...good, slide: 2.5 },
      { ...good, slide: '3' },
      { ...good, black: 'yes' },
      { ...good, from: 'someone' },
      { ...good, type: 'reload' },
      { ...good, total: -1 },
      { ...good, cut: 10 },
      { ...good, cut: 'x'.repeat(5000) },
    ];
    for (const data of bad)
      expect(parseSyncMessage(data, 30), JSON.stringify(data)).toEqual({
        ok: false,
        reason: 'invalid',
      });
  });

  it('copy only the known fields of an accepted message', () => {
    const parsed = parseSyncMessage(
      {
        ...stateMessage('deck', { index: 1, total: 30, black: false, cut: '' }),
        extra: '<script>',
      },
      30,
    );
    expect(parsed.ok && 'extra' in parsed.message).toBe(false);
  });

  it('give a nested base path its own channel, however its slashes are written', () => {
    expect(channelName('/sites/xz/')).toBe('xz-present:/sites/xz/');
    expect(channelName('//xz//')).toBe(channelName('/xz/'));
    expect(channelName('')).toBe('xz-present:/');
  });

  it('accept a cut at the longest length the channel carries', () => {
    const longest = { ...stateMessage('deck', { index: 0, total: 30, black: false, cut: '' }) };
    longest.cut = `skip=${'x'.repeat(3995)}`;
    expect(longest.cut).toHaveLength(4000);
    expect(parseSyncMessage(longest, 30)).toMatchObject({
      ok: true,
      message: { cut: longest.cut },
    });
    longest.cut += 'x';
    expect(parseSyncMessage(longest, 30)).toEqual({ ok: false, reason: 'invalid' });
  });
});
