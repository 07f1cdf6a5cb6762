import { describe, expect, it } from 'vitest';

import { crc64Hex } from '../../../../../src/lib/simulation/transforms/crc.ts';
import { bytesOf, xzCli } from '../helpers.ts';

describe('CRC64 as text', () => {
  it('writes a byte below 0x10 with its leading zero, matching the check xz stores for "a"', () => {
    // A one-block file with a CRC64 check: the check's 8 bytes sit before the index and footer.
    const xz = xzCli(['-c', '-C', 'crc64'], bytesOf('a'));
    const stored = xz.subarray(xz.length - 12 - 8 - 8, xz.length - 12 - 8);
    const fromXz = [...stored]
      .reverse()
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    expect(fromXz).toBe('330284772e652b05');
    expect(crc64Hex(bytesOf('a'))).toBe(fromXz);
  });
});
