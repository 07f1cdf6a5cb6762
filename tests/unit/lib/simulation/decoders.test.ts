import { describe, expect, it } from 'vitest';
import { XzReadableStream } from 'xz-decompress';

import { crc32, crc64Hex } from '../../../../src/lib/simulation/transforms/crc.ts';
import { xzDecompress } from '../../../../src/lib/simulation/transforms/decompress.ts';
import {
  decodeLzma1Raw,
  decodeLzmaAlone,
} from '../../../../src/lib/simulation/transforms/lzma1.ts';
import { decodeXz } from '../../../../src/lib/simulation/transforms/xz.ts';
import { bytesOf, noise, textOf, xzCli } from './helpers.ts';

const samples: Array<[string, Uint8Array]> = [
  ['repetitive text', bytesOf('the quick brown fox jumps over the lazy dog\n'.repeat(400))],
  ['incompressible noise', noise(7, 70_000)],
  [
    'noise around a long run',
    Uint8Array.from([...noise(3, 5000), ...new Uint8Array(40_000).fill(65), ...noise(4, 3000)]),
  ],
  ['a single byte', Uint8Array.of(42)],
  ['nothing', new Uint8Array(0)],
];

async function oracleDecode(xz: Uint8Array): Promise<Uint8Array> {
  const stream = new XzReadableStream(new Blob([xz as BlobPart]).stream());
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('checksums', () => {
  it('CRC32 and CRC64 give the standard check values for "123456789"', () => {
    expect(crc32(bytesOf('123456789')).toString(16)).toBe('cbf43926');
    expect(crc64Hex(bytesOf('123456789'))).toBe('995dc9bbdf1939fa');
  });
});

describe('our xz decoder', () => {
  for (const [name, data] of samples) {
    for (const args of [
      ['-c'],
      ['-c', '-0'],
      ['-c', '-9e', '-C', 'crc32'],
      ['-c', '--lzma2=lc=1,lp=2,pb=0'],
      ['-c', '-C', 'none'],
    ]) {
      it(`decodes ${name} compressed with xz ${args.slice(1).join(' ')}`, () => {
        const result = decodeXz(xzCli(args, data));
        expect(result.error).toBeNull();
        expect(result.output).toEqual(data);
      });
    }
  }

  it('agrees with xz-decompress on concatenated streams with stream padding', async () => {
    const file = Uint8Array.from([
      ...xzCli(['-c'], bytesOf('one\n')),
      0,
      0,
      0,
      0,
      ...xzCli(['-c'], bytesOf('two\n')),
    ]);
    const ours = decodeXz(file);
    expect(ours.error).toBeNull();
    expect(ours.streams).toHaveLength(2);
    expect(textOf(ours.output)).toBe(textOf(await oracleDecode(file)));
  });

  it('stops after the first stream with --single-stream and ignores trailing bytes', () => {
    const first = xzCli(['-c'], bytesOf('object\n'));
    const result = decodeXz(Uint8Array.from([...first, ...noise(1, 300)]), { singleStream: true });
    expect(result.error).toBeNull();
    expect(textOf(result.output)).toBe('object\n');
    expect(result.consumed).toBe(first.length);
  });

  it('without --single-stream, trailing garbage is an error but earlier output is kept', () => {
    const result = decodeXz(
      Uint8Array.from([...xzCli(['-c'], bytesOf('kept\n')), ...noise(2, 40)]),
    );
    expect(textOf(result.output)).toBe('kept\n');
    expect(result.error).toBe('file format not recognized');
  });

  it('detects a flipped byte in the compressed data', () => {
    const xz = xzCli(['-c'], bytesOf('hello world, hello world, hello world\n'.repeat(20)));
    xz[40] ^= 0x20;
    expect(decodeXz(xz).error).toMatch(/corrupt|end|match|marker|dictionary/);
  });

  it('rejects a file that is not xz', () => {
    expect(xzDecompress(bytesOf('plain text, no magic')).error).toBe('file format not recognized');
  });
});

describe('our LZMA1 decoder', () => {
  for (const [name, data] of samples) {
    it(`decodes raw LZMA1 (xz -F raw --lzma1) of ${name} up to its end marker`, () => {
      const raw = xzCli(['--format=raw', '--lzma1', '-c'], data);
      const result = decodeLzma1Raw(raw);
      expect(result.output).toEqual(data);
      expect(result.consumed).toBe(raw.length);
    });
    it(`decodes a legacy .lzma file of ${name}`, () => {
      const alone = xzCli(['--format=lzma', '-c'], data);
      expect(decodeLzmaAlone(alone).output).toEqual(data);
      expect(xzDecompress(alone).format).toBe('lzma');
    });
  }

  it('throws on a raw stream cut before its end marker', () => {
    const raw = xzCli(
      ['--format=raw', '--lzma1', '-c'],
      bytesOf('some text that will be cut short\n'.repeat(10)),
    );
    expect(() => decodeLzma1Raw(raw.subarray(0, raw.length - 6))).toThrow();
  });
});
