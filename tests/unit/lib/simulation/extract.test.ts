import { describe, expect, it } from 'vitest';

import { VERSION_CONSTANTS, VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

describe('extracting the object during make', () => {
  for (const version of VERSIONS) {
    const c = VERSION_CONSTANTS[version];
    // Built inside each test, not when the file loads: mutation testing credits a test only with
    // the code that runs during it.
    const step = (id: string) =>
      buildTrace({
        env: { ...DEFAULT_ENVIRONMENT, version },
        carriers: committedCarriers(version),
      }).steps.find((s) => s.id === id)!;

    it(`${version}: keeps all ${c.objectBytes} bytes because gettext.m4 lacks the probe`, () => {
      expect(step('size-select').output).toEqual([
        `Y is empty (the string is in build-to-host.m4, not gettext.m4) → N=0, W=${c.objectBytes}`,
      ]);
      expect(step('size-select').command).toContain(
        `W=${c.objectBytes}; else N=${c.objectBytes}; W=0`,
      );
    });

    it(`${version}: decrypts the whole carved buffer after ${c.rc4WarmUpRounds} warm-up rounds`, () => {
      const carve = step('extract-carve');
      const rc4 = step('extract-rc4');
      expect(rc4.bytesIn).toBe(carve.bytesOut);
      expect(rc4.bytesOut).toBe(carve.bytesOut);
      expect(rc4.command).toContain(`${c.rc4WarmUpRounds} warm-up rounds`);
      expect(rc4.output[1]).toContain(
        `${c.rc4WarmUpRounds.toLocaleString('en-US')} rounds discarded first`,
      );
      expect(rc4.views!.map((v) => v.label)).toEqual(['before (encrypted)', 'after: an xz stream']);
    });

    it(`${version}: decodes only the first xz stream and writes an object of the published size`, () => {
      const xz = step('extract-xz');
      expect(xz.output[0]).toMatch(
        /^the stream ends at byte [\d,]+; --single-stream ignores the other [\d,]+ bytes/,
      );
      expect(xz.bytesIn).toBe(step('extract-rc4').bytesOut);
      const head = step('extract-head');
      expect(head.gate!.passed).toBe(true);
      expect(head.bytesOut).toBe(c.objectBytes);
      expect(head.touches.at(-1)).toMatchObject({ change: 'created', bytes: c.objectBytes });
      expect(head.views![0]!.bytes.length).toBe(c.objectBytes);
    });
  }
});
