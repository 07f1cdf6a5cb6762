import { describe, expect, it } from 'vitest';

import {
  decodeLzma1Raw,
  decodeLzmaAlone,
  isLzmaAloneHeader,
} from '../../../../../src/lib/simulation/transforms/lzma1.ts';
import { bytesOf, lzmaAloneHeader as header, noise, textOf, xzCli } from '../helpers.ts';

/**
 * Text made of short words drawn at random from a small vocabulary: it compresses into a mix of
 * literals, short and medium matches at many distances and repeated distances, so every length
 * and distance tree of the decoder is used.
 */
function wordSoup(seed: number, words: number): Uint8Array {
  const letters = noise(seed, 4000);
  const vocabulary = Array.from({ length: 120 }, (_, n) => {
    const length = 2 + (letters[n]! % 11);
    return Array.from({ length }, (_, k) =>
      String.fromCharCode(97 + (letters[n * 13 + k]! % 26)),
    ).join('');
  });
  const picks = noise(seed + 1, words * 2);
  const text = Array.from({ length: words }, (_, n) => {
    const word = vocabulary[picks[2 * n]! % vocabulary.length]!;
    return picks[2 * n + 1]! % 9 === 0 ? `${word},\n` : `${word} `;
  }).join('');
  return bytesOf(text);
}

const withHeader = (lzma: Uint8Array, head: Uint8Array) =>
  Uint8Array.from([...head, ...lzma.subarray(13)]);

/** Whether the real xz accepts the .lzma file, and what it decodes it to. */
function xzVerdict(lzma: Uint8Array): Uint8Array | 'refused' {
  try {
    return xzCli(['-d', '-c', '-F', 'lzma'], lzma);
  } catch {
    return 'refused';
  }
}

describe('raw LZMA1 with every kind of match', () => {
  const settings = [
    'lc=3,lp=0,pb=2',
    'lc=0,lp=4,pb=4',
    'lc=4,lp=0,pb=3',
    'lc=1,lp=1,pb=0',
    'preset=0,pb=4',
    'preset=9e,pb=4',
  ];
  for (const setting of settings) {
    it(`decodes a text of many short repeated words compressed with --lzma1=${setting}`, () => {
      const data = wordSoup(settings.indexOf(setting) + 3, 3000);
      const raw = xzCli(['-c', '-F', 'raw', `--lzma1=${setting}`], data);
      const options = Object.fromEntries(
        setting
          .split(',')
          .filter((pair) => /^l[cp]|^pb/.test(pair))
          .map((pair) => pair.split('=') as [string, string])
          .map(([key, value]) => [key, Number(value)]),
      );
      const result = decodeLzma1Raw(raw, {
        lc: 3,
        lp: 0,
        pb: 2,
        ...options,
        dictionarySize: 8 << 20,
      });
      expect(result.output).toEqual(data);
      expect(result.consumed).toBe(raw.length);
      expect(result.endMarker).toBe(true);
    });
  }
});

describe('raw LZMA1 after the longest possible match', () => {
  // A match is at most 273 bytes, so in a run of one byte or of a short pattern the encoder follows
  // a full-length match with a one-byte repeat of it, or with that byte as a literal: transitions
  // after a match that ordinary text never needs.
  const runs = Uint8Array.from([
    ...[0x00, 0x41, 0xff].flatMap((byte, n) =>
      [273 + 2, 2 * 273 + 2, 273 + 3].flatMap((run) => [
        0x0a + n,
        ...new Array<number>(run).fill(byte),
      ]),
    ),
    // Patterns of 2, 3 and 5 bytes repeated: a new match (not a repeat) of 273 bytes, then one more.
    ...[2, 3, 5].flatMap((period) => [
      0x0d,
      ...Array.from({ length: period + 274 }, (_, n) => 0x61 + period + (n % period)),
    ]),
  ]);
  for (const preset of ['0', '6', '9e']) {
    it(`decodes runs longer than the longest match, compressed with preset ${preset}`, () => {
      const raw = xzCli(['-c', '-F', 'raw', `--lzma1=preset=${preset}`], runs);
      expect(decodeLzma1Raw(raw).output).toEqual(runs);
    });
  }
});

describe('raw LZMA1 that is damaged', () => {
  it('refuses a repeated match before any byte is out', () => {
    // Code 0xF0000000 against fresh probabilities decodes "match", then "repeated match".
    expect(() => decodeLzma1Raw(Uint8Array.of(0, 0xf0, 0, 0, 0, 0, 0, 0, 0))).toThrow(
      'repeated match in an empty dictionary',
    );
  });

  it('refuses a stream whose range coder does not end at zero after the end marker, as xz does', () => {
    const raw = xzCli(['-c', '-F', 'raw', '--lzma1'], bytesOf('the marker is not the end\n'));
    const damaged = Uint8Array.from(raw);
    damaged[damaged.length - 1]! ^= 1;
    expect(() => xzCli(['-d', '-c', '-F', 'raw', '--lzma1'], damaged)).toThrow();
    expect(() => decodeLzma1Raw(damaged)).toThrow('unexpected end-of-payload marker');
  });
});

describe('.lzma files', () => {
  const text = bytesOf('a legacy .lzma file, decoded to the byte\n'.repeat(20));

  it('accepts lp=4 and pb=4, the largest values, as xz does', () => {
    const lzma = xzCli(['-c', '-F', 'lzma', '--lzma1=lc=0,lp=4,pb=4'], text);
    expect(lzma[0]).toBe(0 + 9 * 4 + 45 * 4);
    expect(decodeLzmaAlone(lzma).output).toEqual(text);
  });

  it('accepts lc=8, which the LZMA format allows though xz itself stops at 4', () => {
    // One byte is coded the same whatever lc says: the first literal has no previous byte.
    const one = xzCli(['-c', '-F', 'lzma'], bytesOf('A'));
    const result = decodeLzmaAlone(Uint8Array.from([8 + 9 * 4 + 45 * 4, ...one.subarray(1)]));
    expect(textOf(result.output)).toBe('A');
  });

  it('recognises a dictionary size of 256 + 128 bytes, whose two bits lie in two bytes', () => {
    const lzma = withHeader(
      xzCli(['-c', '-F', 'lzma'], text),
      header(0x5d, 384, 0xffffffff, 0xffffffff),
    );
    expect(xzVerdict(lzma)).toEqual(text);
    expect(isLzmaAloneHeader(lzma)).toBe(true);
    expect(decodeLzmaAlone(lzma).output).toEqual(text);
  });

  it('refuses sizes whose high half is set unless the whole size says "unknown"', () => {
    const lzma = xzCli(['-c', '-F', 'lzma'], text);
    for (const [low, high] of [
      [text.length, 0xffffffff],
      [0xffffffff, 1],
    ]) {
      expect(() => decodeLzmaAlone(withHeader(lzma, header(0x5d, 1 << 16, low!, high!)))).toThrow(
        'uncompressed size too large for this decoder',
      );
    }
  });

  it('refuses a size that ends inside a match', () => {
    const lzma = xzCli(['-c', '-F', 'lzma'], bytesOf('abcabcabcabcabcabc'));
    expect(() => decodeLzmaAlone(withHeader(lzma, header(0x5d, 1 << 16, 5, 0)))).toThrow(
      'match runs past the expected size',
    );
  });

  it('refuses an end marker before the size in the header is reached', () => {
    const lzma = xzCli(['-c', '-F', 'lzma'], bytesOf('ended early\n'));
    expect(() => decodeLzmaAlone(withHeader(lzma, header(0x5d, 1 << 16, 100, 0)))).toThrow(
      'unexpected end-of-payload marker',
    );
  });

  describe('a match that reaches back exactly as far as the dictionary, and one byte further', () => {
    // 4 KiB is the smallest dictionary: a header asking for less still gets 4 KiB.
    const repeated = (period: number) => {
      const start = noise(period, period);
      return Uint8Array.from([...start, ...start.subarray(0, 600)]);
    };
    const withDictionary = (data: Uint8Array, dict: number) =>
      withHeader(xzCli(['-c', '-F', 'lzma'], data), header(0x5d, dict, 0xffffffff, 0xffffffff));

    it('decodes a match 4096 bytes back with a 4 KiB dictionary, as xz does', () => {
      const data = repeated(4096);
      const lzma = withDictionary(data, 4096);
      expect(xzVerdict(lzma)).toEqual(data);
      expect(decodeLzmaAlone(lzma).output).toEqual(data);
    });

    it('refuses a match 4097 bytes back with a 4 KiB dictionary', () => {
      const lzma = withDictionary(repeated(4097), 4096);
      expect(() => decodeLzmaAlone(lzma)).toThrow('match distance exceeds the dictionary');
    });

    it('reads the dictionary size little-endian, and never below 4 KiB', () => {
      const data = repeated(4097);
      expect(decodeLzmaAlone(withDictionary(data, 8192)).output).toEqual(data);
      expect(() => decodeLzmaAlone(withDictionary(data, 1024))).toThrow(
        'match distance exceeds the dictionary',
      );
    });
  });
});
