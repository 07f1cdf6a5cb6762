import { describe, expect, it } from 'vitest';

import { VERSION_CONSTANTS, VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { rc4LikeEncrypt } from '../../../../src/lib/simulation/transforms/rc4-like.ts';
import { bytesOf, committedCarriers, xzCli } from './helpers.ts';

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

    it(`${version}: carves the whole kept buffer again, object and script together`, () => {
      const carve = step('extract-carve');
      expect(carve.bytesOut).toBe(step('stage1-head').bytesOut);
      expect(carve.output).toEqual([
        `${carve.bytesOut!.toLocaleString('en-US')} bytes kept — this time the whole thing, not just the tail`,
      ]);
      expect(step('extract-rc4').views!.map((v) => v.show)).toEqual(['hex', 'hex']);
      const head = step('extract-head');
      expect(head.views!.map((v) => [v.label, v.show])).toEqual([
        ['liblzma_la-crc64-fast.o (our labelled stand-in text)', 'text'],
      ]);
    });

    it(`${version}: the first stream and the bytes --single-stream ignores add up to the decrypted buffer`, () => {
      const xz = step('extract-xz');
      const [, end, ignored] =
        /^the stream ends at byte ([\d,]+); --single-stream ignores the other ([\d,]+) bytes/.exec(
          xz.output[0]!,
        )!;
      const number = (text: string) => Number(text.replaceAll(',', ''));
      expect(number(end!)).toBeGreaterThan(0);
      expect(number(end!) + number(ignored!)).toBe(xz.bytesIn);
      expect(xz.output[1]).toBe(`→ ${c.objectBytes.toLocaleString('en-US')} bytes`);
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

describe('an encrypted object that does not decrypt to xz', () => {
  it('xz complains, no object is written, and make carries on with a clean library', () => {
    const real = committedCarriers('5.6.1');
    // Our own stand-in, with the first byte of the encrypted object (just after the first
    // 1 KiB filler) changed, so the decrypted buffer no longer starts with xz's magic bytes.
    const plain = xzCli(['-dc', '--format=lzma'], real.goodLarge);
    plain[1024] ^= 0xff;
    const goodLarge = xzCli(['-c', '--format=lzma'], plain);
    const trace = buildTrace({
      env: DEFAULT_ENVIRONMENT,
      carriers: { badXz: real.badXz, goodLarge },
    });
    const step = (id: string) => trace.steps.find((s) => s.id === id)!;
    expect(step('stage1-lzma').gate!.passed).toBe(true);
    expect(step('extract-xz').output).toEqual(['xz: file format not recognized']);
    const head = step('extract-head');
    expect(head.gate).toEqual({ passed: false, reason: 'no object was produced' });
    expect(head.touches).toEqual([]);
    expect(head.views).toBeUndefined();
    expect(trace.outcome.verdict).toBe('clean');
    expect(trace.outcome.decidedBy.stepId).toBe('extract-head');
  });
});

describe('head -c +$W', () => {
  it('keeps exactly W bytes even when the object’s stream decodes to more', () => {
    const c = VERSION_CONSTANTS['5.6.1'];
    const real = committedCarriers('5.6.1');
    // Our own stand-in object, 100 bytes longer than W, compressed and encrypted the way the
    // carrier holds it.
    const longer = bytesOf('stand-in object text. '.repeat(Math.ceil((c.objectBytes + 100) / 22)));
    const stream = xzCli(['-c', '--check=crc64'], longer.subarray(0, c.objectBytes + 100));
    const encrypted = rc4LikeEncrypt(stream, c.rc4WarmUpRounds);
    // Put it at the start of the kept bytes: walk the carve's keep segments in the decompressed file.
    const plain = xzCli(['-dc', '--format=lzma'], real.goodLarge);
    let at = 0;
    let written = 0;
    for (const segment of c.carve.segments) {
      if (segment.kind === 'keep') {
        const part = encrypted.subarray(written, written + segment.length);
        plain.set(part, at);
        written += part.length;
      }
      at += segment.length;
    }
    const goodLarge = xzCli(['-c', '--format=lzma'], plain);
    const trace = buildTrace({
      env: DEFAULT_ENVIRONMENT,
      carriers: { badXz: real.badXz, goodLarge },
    });
    const step = (id: string) => trace.steps.find((s) => s.id === id)!;
    expect(step('extract-xz').bytesOut).toBe(c.objectBytes + 100);
    const head = step('extract-head');
    expect(head.bytesOut).toBe(c.objectBytes);
    expect(head.views![0]!.bytes).toEqual(longer.subarray(0, c.objectBytes));
  });
});
