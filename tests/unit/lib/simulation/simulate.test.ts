import { describe, expect, it } from 'vitest';

import { VERSION_CONSTANTS, VERSIONS } from '../../../../src/lib/simulation/constants.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import type { Trace } from '../../../../src/lib/simulation/trace.ts';
import { committedCarriers, textOf } from './helpers.ts';

const run = (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return simulate({ env, carriers: committedCarriers(env.version) });
};
const step = (trace: Trace, id: string) => trace.steps.find((s) => s.id === id);

describe('claims a learner can check', () => {
  it('the default build (tarball, x86_64, gcc + GNU ld, Debian package) yields a backdoored liblzma', async () => {
    const trace = await run();
    expect(trace.outcome.verdict).toBe('backdoored');
    expect(trace.outcome.decidedBy.stepId).toBe('merge-object');
    expect(trace.outcome.digests.built).not.toBe(trace.outcome.digests.reference);
  });

  const clean: Array<[string, Partial<Environment>, string]> = [
    ['a build from the git tag yields a clean liblzma', { source: 'git' }, 'configure'],
    ['an aarch64 build yields a clean liblzma', { arch: 'aarch64' }, 'merge-object'],
    ['an i686 build yields a clean liblzma', { arch: 'i686' }, 'merge-object'],
    ['a clang build yields a clean liblzma', { compiler: 'clang' }, 'gate-compiler'],
    ['an LLD link yields a clean liblzma', { linker: 'lld' }, 'gate-linker'],
    ['a plain ./configure yields a clean liblzma', { packageBuild: 'plain' }, 'gate-package'],
    [
      'an aarch64 RPM build stops at the package gate',
      { packageBuild: 'rpm', arch: 'aarch64' },
      'gate-package',
    ],
    ['a static-only build yields a clean liblzma', { shared: false }, 'gate-shared'],
    ['a build without ifunc yields a clean liblzma', { ifunc: false }, 'gate-ifunc'],
  ];
  for (const [name, change, decidedAt] of clean) {
    it(name, async () => {
      const trace = await run(change);
      expect(trace.outcome.verdict).toBe('clean');
      expect(trace.outcome.decidedBy.stepId).toBe(decidedAt);
    });
  }

  it('an x86-64 RPM build is backdoored too', async () => {
    expect((await run({ packageBuild: 'rpm' })).outcome.verdict).toBe('backdoored');
  });

  it('autoreconf on the tarball does not help: serial 30 wins', async () => {
    const trace = await run({ source: 'tarball-autoreconf' });
    expect(trace.outcome.verdict).toBe('backdoored');
    expect(step(trace, 'autoreconf')!.output.join()).toMatch(/serial 30.*serial 3/);
  });

  it('a clean build that stopped before the edits is byte-identical to the build from git', async () => {
    for (const change of [
      { compiler: 'clang' as const },
      { packageBuild: 'plain' as const },
      { source: 'git' as const },
    ]) {
      const { outcome } = await run(change);
      expect(outcome.digests.built).toBe(outcome.digests.reference);
      expect(outcome.flagsAltered).toBe(false);
    }
  });

  it('on aarch64 no object goes in, but the edited flags still change the library', async () => {
    const { outcome } = await run({ arch: 'aarch64' });
    expect(outcome.flagsAltered).toBe(true);
    expect(outcome.digests.built).not.toBe(outcome.digests.reference);
  });

  it('the link step says when the library was built from the doctored objects', async () => {
    const backdoored = await run();
    const link = step(backdoored, 'link')!;
    expect(link.output).toEqual([
      `.libs/liblzma.so.5.6.1: ${link.bytesOut!.toLocaleString('en-US')} bytes — built from the doctored objects`,
    ]);
    const clean = step(await run({ source: 'git' }), 'link')!;
    expect(clean.output).toEqual([
      `.libs/liblzma.so.5.6.1: ${clean.bytesOut!.toLocaleString('en-US')} bytes`,
    ]);
  });

  it('the outcome carries the readable text of both libraries, which differ only when something went in', async () => {
    const backdoored = (await run()).outcome.libraryText;
    expect(backdoored.built.length).toBeGreaterThan(0);
    expect(backdoored.reference.length).toBeGreaterThan(0);
    expect(backdoored.built).not.toEqual(backdoored.reference);
    const clean = (await run({ source: 'git' })).outcome.libraryText;
    expect(clean.built).toEqual(clean.reference);
    expect(clean.reference).toEqual(backdoored.reference);
  });

  it('make check passes either way', async () => {
    for (const change of [{}, { source: 'git' as const }, { arch: 'aarch64' as const }]) {
      const trace = await run(change);
      expect(trace.outcome.makeCheckPassed).toBe(true);
      expect(step(trace, 'make-check')!.output).toContain('# FAIL:  0');
    }
  });

  for (const version of VERSIONS) {
    const c = VERSION_CONSTANTS[version];
    it(`${version} shows its own constants`, async () => {
      const trace = await run({ version });
      expect(step(trace, 'stage1-tail')!.command).toContain(`tail -c +${c.tailPlus}`);
      expect(step(trace, 'stage1-head')!.command).toMatch(
        new RegExp(`head -c \\+${c.carve.lastKeep}\\)"`),
      );
      expect(step(trace, 'stage1-tr')!.command).toContain(c.trKey);
      expect(step(trace, 'extract-rc4')!.command).toContain(`${c.rc4WarmUpRounds} warm-up rounds`);
      expect(step(trace, 'size-select')!.output.join()).toContain(`W=${c.objectBytes}`);
      expect(step(trace, 'extract-head')!.bytesOut).toBe(c.objectBytes);
      expect(step(trace, 'stage1-tail')!.bytesOut).toBe(
        c.carve.segments.reduce((n, s) => n + (s.kind === 'keep' ? s.length : 0), 0) -
          (c.tailPlus - 1),
      );
      expect(Boolean(step(trace, 'stage1-uname'))).toBe(version === '5.6.1');
      expect(Boolean(step(trace, 'stage2-hook1'))).toBe(version === '5.6.1');
    });
  }
});

describe('the trace', () => {
  it('is deterministic', async () => {
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.steps.map((s) => [s.id, s.output])).toEqual(b.steps.map((s) => [s.id, s.output]));
    expect(a.outcome.digests).toEqual(b.outcome.digests);
  });

  it('the first failing gate ends the injection: no script step runs after it', async () => {
    const trace = await run({ linker: 'lld' });
    const failed = trace.steps.findIndex((s) => s.gate && !s.gate.passed);
    const after = trace.steps.slice(failed + 1).map((s) => s.id);
    expect(after).toEqual(['make', 'link', 'make-check', 'outcome']);
  });

  it('stage 0 and stage 1 decode our own stand-in texts from the bytes', async () => {
    const trace = await run();
    expect(textOf(step(trace, 'stage0-xz')!.views![0]!.bytes)).toMatch(
      /^####Hello####\n#.*\n# SIMULATION STAND-IN, harmless: stage 1 of xz 5\.6\.1/s,
    );
    expect(textOf(step(trace, 'stage1-lzma')!.views![0]!.bytes)).toMatch(
      /^# SIMULATION STAND-IN .*stage 2 of xz 5\.6\.1/,
    );
    expect(textOf(step(trace, 'extract-head')!.views![0]!.bytes)).toMatch(
      /^SIMULATION STAND-IN .*liblzma_la-crc64-fast\.o/,
    );
  });

  it('records bytes in and out for every transform', async () => {
    const trace = await run();
    expect(step(trace, 'stage1-head')).toMatchObject({ bytesIn: 52_121, bytesOut: 33_707 });
    expect(step(trace, 'stage0-tr')).toMatchObject({ bytesIn: 512, bytesOut: 512 });
  });

  it('without the carrier files the chain ends at the stage-0 grep', async () => {
    const trace = await simulate({ env: { ...DEFAULT_ENVIRONMENT }, carriers: null });
    expect(trace.outcome.verdict).toBe('clean');
    expect(trace.outcome.decidedBy.stepId).toBe('stage0-grep');
  });

  it('broken carrier bytes end the chain quietly instead of throwing', async () => {
    const carriers = committedCarriers('5.6.1');
    const bad = { badXz: carriers.badXz.map((b) => b ^ 0x55), goodLarge: carriers.goodLarge };
    const trace = await simulate({ env: { ...DEFAULT_ENVIRONMENT }, carriers: bad });
    expect(trace.outcome.verdict).toBe('clean');
  });

  it('a trace is plain data: it comes back from the engine worker exactly as the engine made it', async () => {
    const trace = await run({ version: '5.6.0' });
    // postMessage copies with the structured-clone algorithm, which drops functions and prototypes.
    expect(structuredClone(trace)).toStrictEqual(trace);
  });
});
