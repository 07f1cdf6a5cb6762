import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import {
  changedPositions,
  parseTrSet,
  translate,
  trTable,
} from '../../../../../src/lib/simulation/transforms/tr.ts';
import { bytesOf, textOf } from '../helpers.ts';

/** GNU tr on the same sets, as the oracle. */
const gnuTr = (set1: string, set2: string, input: string) =>
  textOf(execFileSync('tr', [set1, set2], { input: bytesOf(input) }));

describe('tr sets', () => {
  it('reads a backslash and a letter as one escape even when digits follow, as GNU tr does', () => {
    expect(parseTrSet('\\n5')).toEqual([10, 0x35]);
    expect(gnuTr('\\n5', 'xy', 'a5\nb')).toBe(
      textOf(translate(bytesOf('a5\nb'), trTable('\\n5', 'xy'))),
    );
  });

  it('accepts a range whose two ends are the same byte, as GNU tr does', () => {
    expect(parseTrSet('a-a')).toEqual([0x61]);
    expect(gnuTr('a-a', 'b', 'banana')).toBe('bbnbnb');
    expect(textOf(translate(bytesOf('banana'), trTable('a-a', 'b')))).toBe('bbnbnb');
  });
});

describe('which bytes a translation changed', () => {
  it('lists the positions that differ', () => {
    expect(changedPositions(bytesOf('a\tb c'), bytesOf('a b\tc'))).toEqual([1, 3]);
    expect(changedPositions(bytesOf('same'), bytesOf('same'))).toEqual([]);
  });

  it('compares only as far as the shorter input goes', () => {
    expect(changedPositions(bytesOf('abc'), bytesOf('abcdef'))).toEqual([]);
    expect(changedPositions(bytesOf('xbcdef'), bytesOf('abc'))).toEqual([0]);
  });
});
