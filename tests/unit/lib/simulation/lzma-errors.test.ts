import { describe, expect, it } from 'vitest';

import {
  decodeLzma1Raw,
  decodeLzmaAlone,
  decodePropertiesByte,
  isLzmaAloneHeader,
} from '../../../../src/lib/simulation/transforms/lzma1.ts';
import {
  decodeLzma2,
  lzma2DictionarySize,
} from '../../../../src/lib/simulation/transforms/lzma2.ts';
import { OutWindow } from '../../../../src/lib/simulation/transforms/out-window.ts';
import { decodeXz } from '../../../../src/lib/simulation/transforms/xz.ts';
import { bytesOf, lzmaAloneHeader as header, noise, textOf, xzCli } from './helpers.ts';

/** Decodes raw LZMA2 chunks; the result is the text, or the decoder's error message. */
function lzma2(chunks: number[] | Uint8Array, dictionarySize = 1 << 16): string {
  const input = Uint8Array.from(chunks);
  const out = new OutWindow(16);
  try {
    const end = decodeLzma2(input, 0, input.length, out, dictionarySize);
    return `${textOf(out.bytes())} (${end} of ${input.length} read)`;
  } catch (error) {
    return (error as Error).message;
  }
}
const stored = (reset: boolean, text: string) => [
  reset ? 0x01 : 0x02,
  0,
  text.length - 1,
  ...bytesOf(text),
];

describe('LZMA2 chunks', () => {
  it('joins stored chunks after a dictionary reset and stops at the end byte', () => {
    expect(lzma2([...stored(true, 'ab'), ...stored(false, 'cd'), 0x00, 0x99])).toBe(
      'abcd (11 of 12 read)',
    );
  });

  it('refuses data that does not begin with a dictionary reset', () => {
    expect(lzma2([...stored(false, 'ab'), 0x00])).toBe(
      'LZMA2 data does not start with a dictionary reset',
    );
    expect(lzma2([0xc0, 0, 0, 0, 4, 0x5d])).toBe(
      'LZMA2 data does not start with a dictionary reset',
    );
  });

  it('refuses the reserved control bytes', () => {
    expect(lzma2([0x03])).toBe('reserved LZMA2 control byte');
    expect(lzma2([...stored(true, 'a'), 0x7f])).toBe('reserved LZMA2 control byte');
  });

  it('stops cleanly when the data ends too early', () => {
    expect(lzma2([])).toBe('unexpected end of LZMA2 data');
    expect(lzma2([0x01, 0x00])).toBe('unexpected end of LZMA2 data');
    expect(lzma2([0x01, 0x00, 0x05, ...bytesOf('ab')])).toBe('unexpected end of LZMA2 data');
    expect(lzma2([0xe0, 0, 9, 0, 9, 0x5d, 0])).toBe('unexpected end of LZMA2 data');
  });

  it('needs properties before the first LZMA chunk', () => {
    expect(lzma2([...stored(true, 'a'), 0x80, 0, 0, 0, 4])).toBe('LZMA2 chunk without properties');
    expect(lzma2([...stored(true, 'a'), 0xa0, 0, 0, 0, 4])).toBe('LZMA2 chunk without properties');
  });

  it('refuses properties with more than four literal bits, as LZMA2 requires', () => {
    expect(lzma2([0xe0, 0, 0, 0, 4, 4 + 9 * 1])).toBe('invalid LZMA2 properties');
    expect(lzma2([0xe0, 0, 0, 0, 4, 225])).toBe('invalid LZMA properties byte');
  });

  it('notices a chunk whose range coder does not end where its size says', () => {
    const raw = xzCli(['-c', '-F', 'raw', '--lzma2=preset=0'], bytesOf('abcabcabc'.repeat(50)));
    expect(raw[0]! & 0x80).toBe(0x80);
    const packed = ((raw[3]! << 8) | raw[4]!) + 1;
    const longer = Uint8Array.from([...raw]);
    longer[4] = raw[4]! + 1; // one more packed byte than the coder uses
    const padded = Uint8Array.from([...longer.subarray(0, 6 + packed), 0, 0x00]);
    expect(lzma2(padded)).toBe('compressed data is corrupt');
  });

  it('decodes several LZMA chunks, resetting state or properties between them as told', () => {
    // Low-entropy noise: compressible, but the output still needs several 64 KiB chunks.
    const data = noise(11, 400_000).map((b) => 0x61 + (b & 0x0f));
    const raw = xzCli(['-c', '-F', 'raw', '--lzma2=preset=1'], data);
    const out = new OutWindow();
    const end = decodeLzma2(raw, 0, raw.length, out, 1 << 20);
    expect(end).toBe(raw.length);
    expect(out.bytes()).toEqual(data);
  });
});

describe('LZMA2 dictionary sizes', () => {
  it('decodes the one-byte property as xz does', () => {
    expect(lzma2DictionarySize(0)).toBe(4096);
    expect(lzma2DictionarySize(1)).toBe(6144);
    expect(lzma2DictionarySize(18)).toBe(2 * 1024 * 1024);
    expect(lzma2DictionarySize(39)).toBe(3 * 2 ** 30);
    expect(lzma2DictionarySize(40)).toBe(0xffffffff);
    expect(() => lzma2DictionarySize(41)).toThrow('invalid LZMA2 dictionary size');
  });
});

describe('LZMA1 properties and .lzma headers', () => {
  it('splits the properties byte into lc, lp and pb', () => {
    expect(decodePropertiesByte(0x5d)).toEqual({ lc: 3, lp: 0, pb: 2 });
    expect(decodePropertiesByte(224)).toEqual({ lc: 8, lp: 4, pb: 4 });
    expect(() => decodePropertiesByte(225)).toThrow('invalid LZMA properties byte');
  });

  it('refuses properties outside the format’s limits', () => {
    expect(() =>
      decodeLzma1Raw(new Uint8Array(8), { lc: 9, lp: 0, pb: 0, dictionarySize: 4096 }),
    ).toThrow('invalid LZMA properties');
    expect(() =>
      decodeLzma1Raw(new Uint8Array(8), { lc: 0, lp: 5, pb: 0, dictionarySize: 4096 }),
    ).toThrow('invalid LZMA properties');
    expect(() =>
      decodeLzma1Raw(new Uint8Array(8), { lc: 0, lp: 0, pb: 5, dictionarySize: 4096 }),
    ).toThrow('invalid LZMA properties');
  });

  it('recognises a .lzma header by its properties and a dictionary size liblzma accepts', () => {
    expect(isLzmaAloneHeader(header(0x5d, 1 << 23, 0, 0))).toBe(true);
    expect(isLzmaAloneHeader(header(0x5d, 3 << 22, 0, 0))).toBe(true);
    expect(isLzmaAloneHeader(header(0x5d, 0xffffffff, 0, 0))).toBe(true);
    expect(isLzmaAloneHeader(header(0x5d, (1 << 23) + 1, 0, 0))).toBe(false);
    expect(isLzmaAloneHeader(header(0x5d, 5 << 20, 0, 0))).toBe(false);
    expect(isLzmaAloneHeader(header(225, 1 << 23, 0, 0))).toBe(false);
    expect(isLzmaAloneHeader(header(0x5d, 1 << 23, 0, 0).subarray(0, 12))).toBe(false);
  });

  it('refuses a file that is not .lzma, and sizes beyond four gigabytes', () => {
    expect(() => decodeLzmaAlone(bytesOf('plain text, not lzma'))).toThrow(
      'file format not recognized',
    );
    expect(() => decodeLzmaAlone(header(0x5d, 1 << 16, 5, 1))).toThrow(
      'uncompressed size too large for this decoder',
    );
  });

  it('decodes a .lzma file whose size is unknown up to its end marker', () => {
    const text = 'known or unknown, the marker ends it\n'.repeat(30);
    const lzma = xzCli(['-c', '-F', 'lzma'], bytesOf(text));
    expect(new DataView(lzma.buffer, lzma.byteOffset).getUint32(5, true)).toBe(0xffffffff);
    const result = decodeLzmaAlone(lzma);
    expect(textOf(result.output)).toBe(text);
    expect(result.endMarker).toBe(true);
    expect(result.consumed).toBe(lzma.length);
  });

  it('stops a .lzma file of known size after that many bytes, before any end marker', () => {
    const raw = xzCli(['-c', '-F', 'raw', '--lzma1'], bytesOf('marker\n'));
    const result = decodeLzmaAlone(Uint8Array.from([...header(0x5d, 1 << 23, 7, 0), ...raw]));
    expect(textOf(result.output)).toBe('marker\n');
    expect(result.endMarker).toBe(false);
    const shorter = decodeLzmaAlone(Uint8Array.from([...header(0x5d, 1 << 23, 3, 0), ...raw]));
    expect(textOf(shorter.output)).toBe('mar');
  });
});

describe('LZMA2 chunks after the first', () => {
  // Two texts, each compressed on its own. The first ends in a zero byte at a multiple of four,
  // so the second chunk starts in the same context as a fresh stream: whichever reset its control
  // byte asks for, the result is both texts, exactly as xz decodes it.
  const first = Uint8Array.from([
    ...bytesOf('first part of the stream. '.repeat(40).slice(0, 999)),
    0,
  ]);
  const second = bytesOf('second part, after a reset. '.repeat(40).slice(0, 700));
  const chunk = (text: Uint8Array) => {
    const raw = xzCli(['-c', '-F', 'raw', '--lzma2=preset=0'], text);
    expect([raw[0], raw.at(-1)]).toEqual([0xe0, 0x00]);
    return raw.subarray(0, raw.length - 1);
  };
  /** The chunk with another control byte; below 0xC0 the properties byte goes. */
  const withControl = (c: Uint8Array, control: number) =>
    control >= 0xc0
      ? Uint8Array.from([control, ...c.subarray(1)])
      : Uint8Array.from([control, ...c.subarray(1, 5), ...c.subarray(6)]);
  const decode = (stream: Uint8Array) => {
    const out = new OutWindow();
    decodeLzma2(stream, 0, stream.length, out, 1 << 20);
    return out.bytes();
  };

  const cases: Array<[string, number]> = [
    ['a full reset', 0xe0],
    ['new properties and a state reset, keeping the dictionary', 0xc0],
    ['a state reset only', 0xa0],
  ];
  for (const [name, control] of cases) {
    it(`decodes a second chunk with ${name}, as xz does`, () => {
      const stream = Uint8Array.from([
        ...chunk(first),
        ...withControl(chunk(second), control),
        0x00,
      ]);
      const expected = Uint8Array.from([...first, ...second]);
      expect(xzCli(['-d', '-c', '-F', 'raw', '--lzma2=dict=1MiB'], stream)).toEqual(expected);
      expect(decode(stream)).toEqual(expected);
    });
  }

  it('decodes a full reset at a position that is not a multiple of four, as xz does', () => {
    const odd = first.subarray(0, 997);
    const stream = Uint8Array.from([...chunk(odd), ...chunk(second), 0x00]);
    const expected = Uint8Array.from([...odd, ...second]);
    expect(xzCli(['-d', '-c', '-F', 'raw', '--lzma2=dict=1MiB'], stream)).toEqual(expected);
    expect(decode(stream)).toEqual(expected);
  });

  it('decodes an LZMA chunk with new properties after a stored chunk, as xz does', () => {
    const stream = Uint8Array.from([
      ...chunk(first.subarray(0, 997)),
      0x01,
      0,
      3,
      0,
      0,
      0,
      0,
      ...withControl(chunk(second), 0xc0),
      0x00,
    ]);
    const expected = Uint8Array.from([...first.subarray(0, 997), 0, 0, 0, 0, ...second]);
    expect(xzCli(['-d', '-c', '-F', 'raw', '--lzma2=dict=1MiB'], stream)).toEqual(expected);
    expect(decode(stream)).toEqual(expected);
  });
});

describe('where LZMA2 data ends', () => {
  it('reads nothing at or past the end it is given, even when more bytes follow', () => {
    expect(() => decodeLzma2(Uint8Array.of(0x00), 0, 0, new OutWindow(), 1 << 16)).toThrow(
      'unexpected end of LZMA2 data',
    );
  });

  const text = 'every chunk ends where its header says it does\n'.repeat(40);

  it('keeps a whole LZMA chunk even when the end byte after it is missing', () => {
    const xz = xzCli(['-c', '-C', 'none', '--lzma2=preset=0'], bytesOf(text));
    const blockData = 12 + (xz[12]! + 1) * 4;
    const packed = ((xz[blockData + 3]! << 8) | xz[blockData + 4]!) + 1;
    const cut = xz.subarray(0, blockData + 6 + packed);
    const result = decodeXz(cut);
    expect(result.error).toBe('unexpected end of LZMA2 data');
    expect(textOf(result.output)).toBe(text);
  });

  it('keeps nothing of a stored chunk that is cut off', () => {
    const xz = xzCli(['-c', '-C', 'none'], noise(5, 3000));
    const blockData = 12 + (xz[12]! + 1) * 4;
    expect(xz[blockData]).toBe(0x01);
    const result = decodeXz(xz.subarray(0, blockData + 3 + 100));
    expect(result.error).toBe('unexpected end of LZMA2 data');
    expect(result.output).toHaveLength(0);
  });

  it('accepts four literal context bits, the most LZMA2 allows', () => {
    const raw = xzCli(['-c', '-F', 'raw', '--lzma2=preset=0,lc=4'], bytesOf(text));
    expect(raw[0]).toBe(0xe0);
    const out = new OutWindow();
    decodeLzma2(raw, 0, raw.length, out, 1 << 20);
    expect(textOf(out.bytes())).toBe(text);
  });
});
