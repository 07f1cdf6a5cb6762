import { describe, expect, it } from 'vitest';

import { OutWindow } from '../../../../../src/lib/simulation/transforms/out-window.ts';
import { noise } from '../helpers.ts';

describe('the output window', () => {
  it('grows as far as one large write needs', () => {
    const out = new OutWindow(4);
    const block = noise(3, 100);
    out.putBytes(block);
    out.putByte(7);
    expect(out.bytes()).toEqual(Uint8Array.from([...block, 7]));
  });

  it('fills up to its limit exactly, and refuses one byte more', () => {
    const out = new OutWindow(4, 8);
    out.putBytes(noise(5, 8));
    expect(out.bytes()).toHaveLength(8);
    expect(() => out.putByte(1)).toThrow('output exceeds the limit of 8 bytes');
  });

  it('copies a match from the bytes already written, overlapping itself', () => {
    const out = new OutWindow(2);
    out.putBytes(Uint8Array.of(1, 2));
    out.copyMatch(2, 7);
    expect([...out.bytes()]).toEqual([1, 2, 1, 2, 1, 2, 1, 2, 1]);
  });

  it('refuses a match that reaches back before the dictionary', () => {
    const out = new OutWindow();
    out.putBytes(Uint8Array.of(1, 2, 3));
    expect(() => out.copyMatch(4, 1)).toThrow('match distance points before the dictionary');
    out.resetDictionary();
    out.putByte(4);
    expect(() => out.copyMatch(2, 1)).toThrow('match distance points before the dictionary');
    out.copyMatch(1, 2);
    expect([...out.bytes()]).toEqual([1, 2, 3, 4, 4, 4]);
  });
});
