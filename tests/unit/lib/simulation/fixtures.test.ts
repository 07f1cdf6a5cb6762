import { describe, expect, it } from 'vitest';

import { VERSION_CONSTANTS, VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import manifest from '../../../../src/lib/simulation/fixtures/manifest.json';
import { verifyFixtures } from '../../../../src/lib/simulation/fixtures/verify.ts';
import { committedCarriers } from './helpers.ts';

describe('committed stand-in fixtures', () => {
  for (const version of VERSIONS) {
    const c = VERSION_CONSTANTS[version];
    const files = committedCarriers(version);

    it(`${version}: every carrier decodes back to our own texts`, () => {
      expect(() => verifyFixtures(c, files)).not.toThrow();
    });

    it(`${version}: the carriers have the real file sizes`, () => {
      expect(files.badXz.length).toBe(c.realBadXzBytes);
      expect(files.goodLarge.length).toBe(c.realGoodLargeBytes);
    });

    it(`${version}: the manifest describes the committed files`, () => {
      const entry = manifest[version];
      expect(entry['bad-3-corrupt_lzma2.xz'].bytes).toBe(files.badXz.length);
      expect(entry['good-large_compressed.lzma'].bytes).toBe(files.goodLarge.length);
      expect(entry['good-large_compressed.lzma'].decompressedBytes).toBeGreaterThanOrEqual(51_115);
    });

    it(`${version}: a corrupted carrier fails the check`, () => {
      const broken = files.goodLarge.slice();
      broken[20_000] ^= 0xff;
      expect(() => verifyFixtures(c, { ...files, goodLarge: broken })).toThrow();
    });
  }
});
