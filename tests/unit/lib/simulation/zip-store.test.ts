import { describe, expect, it } from 'vitest';

import { crc32 } from '../../../../src/lib/simulation/transforms/crc.ts';
import { zipStore } from '../../../../src/lib/simulation/zip-store.ts';
import { bytesOf } from './helpers.ts';

describe('the stored zip archive, field by field (little-endian, as the ZIP format requires)', () => {
  const first = { name: 'a/README.txt', bytes: bytesOf('read me\n') };
  const second = { name: 'b.xz', bytes: bytesOf('not really xz') };
  // Built inside each test, not when the file loads: mutation testing credits a test only with
  // the code that runs during it.
  const archive = () => {
    const zip = zipStore([first, second]);
    return { zip, view: new DataView(zip.buffer, zip.byteOffset, zip.byteLength) };
  };
  const secondLocal = 30 + first.name.length + first.bytes.length;
  const central = secondLocal + 30 + second.name.length + second.bytes.length;
  const DATE = ((2024 - 1980) << 9) | (3 << 5) | 29;

  it('writes each local header with version, UTF-8 flag, date, CRC-32 and both sizes', () => {
    const { view } = archive();
    for (const [at, entry] of [
      [0, first],
      [secondLocal, second],
    ] as const) {
      expect(view.getUint32(at, true)).toBe(0x04034b50);
      expect(view.getUint16(at + 4, true)).toBe(20);
      expect(view.getUint16(at + 6, true)).toBe(0x0800);
      expect(view.getUint16(at + 12, true)).toBe(DATE);
      expect(view.getUint32(at + 14, true)).toBe(crc32(entry.bytes));
      expect(view.getUint32(at + 18, true)).toBe(entry.bytes.length);
      expect(view.getUint32(at + 22, true)).toBe(entry.bytes.length);
    }
  });

  it('writes a central directory that points back at each local header', () => {
    const { view } = archive();
    const secondCentral = central + 46 + first.name.length;
    for (const [at, entry, offset] of [
      [central, first, 0],
      [secondCentral, second, secondLocal],
    ] as const) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      expect(view.getUint16(at + 4, true)).toBe(20);
      expect(view.getUint16(at + 6, true)).toBe(20);
      expect(view.getUint16(at + 8, true)).toBe(0x0800);
      expect(view.getUint16(at + 14, true)).toBe(DATE);
      expect(view.getUint32(at + 20, true)).toBe(entry.bytes.length);
      expect(view.getUint32(at + 24, true)).toBe(entry.bytes.length);
      expect(view.getUint16(at + 28, true)).toBe(entry.name.length);
      expect(view.getUint32(at + 42, true)).toBe(offset);
    }
  });

  it('ends with a record that counts both entries', () => {
    const { zip, view } = archive();
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 8, true)).toBe(2);
    expect(view.getUint16(end + 10, true)).toBe(2);
    expect(view.getUint32(end + 16, true)).toBe(central);
  });
});
