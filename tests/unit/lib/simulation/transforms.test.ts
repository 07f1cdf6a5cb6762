import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import {
  STAGE0_SWAP,
  TR_IDENTITY_SET,
  VERSION_CONSTANTS,
  VERSIONS,
} from '../../../../src/lib/simulation/constants.ts';
import {
  findBytes,
  findMarkerLines,
} from '../../../../src/lib/simulation/transforms/byte-search.ts';
import {
  applyCarve,
  carveCommand,
  layOutCarve,
  parseCarveCommand,
  tailFrom,
  totalLength,
} from '../../../../src/lib/simulation/transforms/head-carve.ts';
import {
  rc4LikeDecrypt,
  rc4LikeEncrypt,
  rc4LikeKeystream,
} from '../../../../src/lib/simulation/transforms/rc4-like.ts';
import {
  invertTable,
  parseTrSet,
  translate,
  trTable,
} from '../../../../src/lib/simulation/transforms/tr.ts';
import { bytesOf, noise, textOf } from './helpers.ts';

const EXPECTED = {
  '5.6.0': { last: 724, kept: 33_492, consumed: 50_900, dropped: 31_264, passed: 2_228 },
  '5.6.1': { last: 939, kept: 33_707, consumed: 51_115, dropped: 31_232, passed: 2_475 },
} as const;

describe('tr', () => {
  it('stage 0 swaps TAB with SPACE and - with _, and nothing else', () => {
    const table = trTable(STAGE0_SWAP.set1, STAGE0_SWAP.set2);
    const changed = [...table].map((to, from) => [from, to]).filter(([from, to]) => from !== to);
    expect(changed).toEqual([
      [9, 32],
      [32, 9],
      [45, 95],
      [95, 45],
    ]);
  });

  it('the stage-0 swap undoes itself', () => {
    const table = trTable(STAGE0_SWAP.set1, STAGE0_SWAP.set2);
    const data = noise(5, 4096);
    expect(translate(translate(data, table), table)).toEqual(data);
  });

  for (const version of VERSIONS) {
    it(`the ${version} substitution key covers all 256 byte values exactly once`, () => {
      const set = parseTrSet(VERSION_CONSTANTS[version].trKey);
      expect(set).toHaveLength(256);
      expect(new Set(set).size).toBe(256);
    });

    it(`the ${version} substitution round-trips`, () => {
      const decode = trTable(VERSION_CONSTANTS[version].trKey, TR_IDENTITY_SET);
      const data = noise(11, 2000);
      expect(translate(translate(data, invertTable(decode)), decode)).toEqual(data);
    });
  }

  it('maps the published 5.6.0 examples: 5→0, 41→36, 132→37, 0→239', () => {
    const table = trTable(VERSION_CONSTANTS['5.6.0'].trKey, TR_IDENTITY_SET);
    expect([table[5], table[41], table[132], table[0]]).toEqual([0, 36, 37, 239]);
  });

  it('agrees with GNU tr on every byte for both keys', () => {
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    for (const version of VERSIONS) {
      const key = VERSION_CONSTANTS[version].trKey;
      const gnu = new Uint8Array(execFileSync('tr', [key, '\\0-\\377'], { input: all }));
      expect(translate(all, trTable(key, TR_IDENTITY_SET))).toEqual(gnu);
    }
  });

  it('rejects a range written backwards', () => {
    expect(() => parseTrSet('z-a')).toThrow(/reverse/);
  });
});

describe('head carving and tail', () => {
  for (const version of VERSIONS) {
    const c = VERSION_CONSTANTS[version];
    const want = EXPECTED[version];
    it(`${version}: 17 skips of 1024, 16 keeps of 2048 and a last keep of ${want.last}`, () => {
      const segments = parseCarveCommand(carveCommand(c.carve));
      expect(segments.filter((s) => s.kind === 'skip').map((s) => s.length)).toEqual(
        Array(17).fill(1024),
      );
      expect(segments.filter((s) => s.kind === 'keep').map((s) => s.length)).toEqual([
        ...Array(16).fill(2048),
        want.last,
      ]);
    });

    it(`${version}: keeps ${want.kept} of ${want.consumed} bytes; tail passes on ${want.passed}`, () => {
      const input = noise(9, want.consumed + 500);
      const { kept, consumed } = applyCarve(input, c.carve.segments);
      expect(kept.length).toBe(want.kept);
      expect(consumed).toBe(want.consumed);
      expect(c.tailPlus - 1).toBe(want.dropped);
      expect(tailFrom(kept, c.tailPlus).length).toBe(want.passed);
    });
  }

  it('the carving command has the shape of the published variable', () => {
    expect(carveCommand(VERSION_CONSTANTS['5.6.0'].carve)).toMatch(
      /^\(\(head -c \+1024 >\/dev\/null\) && head -c \+2048 && .* && head -c \+724\)$/,
    );
  });

  it('laying out and carving are inverse', () => {
    const segments = VERSION_CONSTANTS['5.6.1'].carve.segments;
    const kept = noise(2, totalLength(segments, 'keep'));
    const laid = layOutCarve(kept, segments, (n, length) => new Uint8Array(length).fill(n));
    expect(applyCarve(laid, segments).kept).toEqual(kept);
  });

  it('a short input ends the chain early, as && would', () => {
    const { kept, consumed } = applyCarve(
      new Uint8Array(2000),
      VERSION_CONSTANTS['5.6.0'].carve.segments,
    );
    expect([kept.length, consumed]).toEqual([976, 2000]);
  });

  it('tail -c +1 keeps everything and rejects +0', () => {
    expect(tailFrom(bytesOf('abc'), 1)).toEqual(bytesOf('abc'));
    expect(() => tailFrom(bytesOf('abc'), 0)).toThrow();
  });
});

describe('the RC4-like add cipher', () => {
  it('matches an awk implementation of the published description', () => {
    const awk = `BEGIN{m=256;for(i=0;i<m;i++)c[i]=(i*7+5)%m;i=0;j=0;for(l=0;l<4096;l++){i=(i+1)%m;a=c[i];j=(j+a)%m;c[i]=c[j];c[j]=a}}
      {i=(i+1)%m;a=c[i];j=(j+a)%m;b=c[j];c[i]=b;c[j]=a;k=c[(a+b)%m];print ($1+k)%m}`;
    const input = noise(3, 300);
    const awkOut = execFileSync('awk', [awk], { input: [...input].join('\n') + '\n' })
      .toString()
      .trim()
      .split('\n')
      .map(Number);
    expect([...rc4LikeDecrypt(input, 4096)]).toEqual(awkOut);
  });

  it('uses addition, not XOR', () => {
    const k = rc4LikeKeystream(1, 4096)[0]!;
    expect(rc4LikeDecrypt(Uint8Array.of(200), 4096)[0]).toBe((200 + k) % 256);
  });

  it('encrypting then decrypting gives the input back, and the warm-up length matters', () => {
    const data = noise(4, 5000);
    expect(rc4LikeDecrypt(rc4LikeEncrypt(data, 8192), 8192)).toEqual(data);
    expect(rc4LikeDecrypt(rc4LikeEncrypt(data, 8192), 4096)).not.toEqual(data);
  });
});

describe('byte searches', () => {
  it('the stage-0 grep matches a line ending in ####, five alphanumerics, ####', () => {
    const bytes = Uint8Array.from([
      0xff,
      0x00,
      ...bytesOf('####Hello####\nx####World####\n####Hi####\n####Hello#####\n'),
    ]);
    expect(findMarkerLines(bytes).map((h) => h.marker)).toEqual(['####Hello####', '####World####']);
  });

  it('the marker must end the line', () => {
    expect(findMarkerLines(bytesOf('####Hello#### trailing\n'))).toEqual([]);
    expect(findMarkerLines(bytesOf('end of file ####Hello####'))).toHaveLength(1);
  });

  it('grep -boF finds every fixed-string offset', () => {
    expect(findBytes(bytesOf('ab~!:_ Wcd~!:_ W'), bytesOf('~!:_ W'))).toEqual([2, 10]);
    expect(textOf(bytesOf('x'))).toBe('x');
  });
});

describe('tr and head on input the scripts never give them', () => {
  it('reads octal escapes of up to three digits and refuses one above a byte', () => {
    expect(parseTrSet('\\0\\5\\377\\1234')).toEqual([0, 5, 255, 83, 0x34]);
    expect(() => parseTrSet('\\400')).toThrow('tr: octal escape \\400 is larger than one byte');
  });

  it('reads named escapes, an escaped dash and a trailing backslash as tr does', () => {
    expect(parseTrSet('\\t\\n\\r\\\\\\-\\q')).toEqual([9, 10, 13, 92, 45, 113]);
    expect(parseTrSet('a\\')).toEqual([97, 92]);
    expect(parseTrSet('a\\-c')).toEqual([97, 45, 99]);
    expect(parseTrSet('-a')).toEqual([45, 97]);
  });

  it('refuses characters beyond one byte', () => {
    expect(() => parseTrSet('é€')).toThrow('tr: only single-byte characters are supported');
  });

  it('pads SET2 with its last byte and refuses an empty SET2', () => {
    const table = trTable('abc', 'x');
    expect([table[97], table[98], table[99], table[100]]).toEqual([120, 120, 120, 100]);
    expect(() => trTable('abc', '')).toThrow('tr: SET2 must not be empty');
  });

  it('has no inverse for a table that maps two bytes to one', () => {
    expect(() => invertTable(trTable('ab', 'x'))).toThrow('tr table is not a permutation');
  });

  it('refuses a carving command that is not a chain of head steps', () => {
    expect(() => parseCarveCommand('(head -c +10 && tail -c +5)')).toThrow(
      'not a head step: tail -c +5',
    );
  });

  it('ends the carving chain early on a short input, as && would', () => {
    const segments = [
      { kind: 'keep', length: 2 },
      { kind: 'skip', length: 3 },
      { kind: 'keep', length: 4 },
    ] as const;
    expect(applyCarve(bytesOf('abXYZcd'), [...segments])).toEqual({
      kept: bytesOf('abcd'),
      consumed: 7,
    });
    expect(applyCarve(bytesOf('abXY'), [...segments])).toEqual({
      kept: bytesOf('ab'),
      consumed: 4,
    });
  });

  it('refuses to lay out kept bytes that do not fit the segments, or a filler of the wrong size', () => {
    const segments = [
      { kind: 'keep', length: 2 },
      { kind: 'skip', length: 3 },
    ] as const;
    expect(() => layOutCarve(bytesOf('abc'), [...segments], () => bytesOf('xyz'))).toThrow(
      'kept bytes do not fill the keep segments',
    );
    expect(() => layOutCarve(bytesOf('ab'), [...segments], () => bytesOf('xy'))).toThrow(
      'filler has the wrong length',
    );
    expect(
      textOf(
        layOutCarve(bytesOf('ab'), [...segments], (n, length) => bytesOf(String(n).repeat(length))),
      ),
    ).toBe('ab000');
  });
});
