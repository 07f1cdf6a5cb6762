import { describe, expect, it } from 'vitest';

import {
  layOutCarve,
  parseCarveCommand,
  tailFrom,
} from '../../../../../src/lib/simulation/transforms/head-carve.ts';

describe('reading a carving command', () => {
  it('allows spaces around the command and around each step', () => {
    expect(parseCarveCommand('  ((head -c +1024 >/dev/null)  &&  head -c +2048 ) \n')).toEqual([
      { kind: 'skip', length: 1024 },
      { kind: 'keep', length: 2048 },
    ]);
  });

  it('refuses a step that runs another program or pipes the bytes on', () => {
    expect(() => parseCarveCommand('((head -c +1024 >/dev/null) && /tmp/head -c +2048)')).toThrow(
      'not a head step: /tmp/head -c +2048',
    );
    expect(() => parseCarveCommand('((head -c +1024 >/dev/null) && head -c +2048 | sh)')).toThrow(
      'not a head step: head -c +2048 | sh',
    );
  });
});

describe('laying out a carve', () => {
  it('asks for each skipped region by its number, in order', () => {
    const asked: number[] = [];
    const out = layOutCarve(
      Uint8Array.of(7, 8),
      [
        { kind: 'skip', length: 1 },
        { kind: 'keep', length: 1 },
        { kind: 'skip', length: 2 },
        { kind: 'keep', length: 1 },
        { kind: 'skip', length: 1 },
      ],
      (index, length) => {
        asked.push(index);
        return new Uint8Array(length).fill(100 + index);
      },
    );
    expect(asked).toEqual([0, 1, 2]);
    expect([...out]).toEqual([100, 7, 101, 101, 8, 102]);
  });
});

describe('tail -c +N', () => {
  it('says why it refuses a start before byte 1', () => {
    expect(() => tailFrom(Uint8Array.of(1, 2), 0)).toThrow('tail -c +N needs N ≥ 1');
  });
});
