import { describe, expect, it } from 'vitest';

import {
  buildNeededBy,
  type DefenceId,
  evaluateDefence,
} from '../../../../src/lib/simulation/defences.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { simulate } from '../../../../src/lib/simulation/simulate.ts';
import type { Trace } from '../../../../src/lib/simulation/trace.ts';
import { committedCarriers } from './helpers.ts';

const run = (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return simulate({ env, carriers: committedCarriers(env.version) });
};
const step = (trace: Trace, id: string) => trace.steps.find((s) => s.id === id);
const ids = (trace: Trace) => trace.steps.map((s) => s.id);

describe('run time: what the backdoored library does inside sshd', () => {
  it('a distribution sshd loads liblzma through libsystemd and ends up hooked', async () => {
    const trace = await run();
    const runtime = trace.steps.filter((s) => s.phase === 'runtime').map((s) => s.id);
    expect(runtime).toEqual([
      'runtime-load',
      'runtime-resolvers',
      'runtime-hook',
      'runtime-login',
      'runtime-trigger',
    ]);
    // After the build and its test suite, before the result.
    expect(ids(trace).indexOf('runtime-load')).toBeGreaterThan(ids(trace).indexOf('make-check'));
    expect(ids(trace).at(-1)).toBe('outcome');
    expect(trace.outcome.runtime).toEqual({ hooked: true, stoppedAt: null });
    expect(step(trace, 'runtime-load')!.output.join('\n')).toMatch(/libsystemd[\s\S]*liblzma/);
  });

  it('the resolvers step says why both resolvers were patched: first call counts, second sets up', async () => {
    const text = step(await run(), 'runtime-resolvers')!.output.join('\n');
    expect(text).toMatch(/crc32_resolve\(\)[^\n]*_get_cpuid\(\): first call, only counts/);
    expect(text).toMatch(/crc64_resolve\(\)[^\n]*_get_cpuid\(\): second call, sets up/);
  });

  it('only an Ed448-signed command reaches system(); everyone else logs in about half a second slower', async () => {
    const trace = await run();
    expect(step(trace, 'runtime-login')!.output.join()).toMatch(/0\.299s[\s\S]*0\.807s/);
    const trigger = step(trace, 'runtime-trigger')!;
    expect(trigger.output.join('\n')).toMatch(
      /Ed448[\s\S]*system\(command\) as root, before authentication/,
    );
    expect(trigger.sources).toContain('xzbot');
  });

  const breakers: Array<[string, Partial<Environment>, string]> = [
    [
      'an sshd that does not link libsystemd never loads liblzma',
      { sshd: 'sshd-upstream' },
      'runtime-load',
    ],
    [
      'a libsystemd that loads compression libraries lazily never loads liblzma for sd_notify',
      { libsystemd: 'systemd-dlopen' },
      'runtime-load',
    ],
    ['LD_BIND_NOT=1 stops the hook (Freund’s observation)', { bindNot: true }, 'runtime-hook'],
  ];
  for (const [name, change, stoppedAt] of breakers) {
    it(name, async () => {
      const trace = await run(change);
      // The library is still backdoored: the toggle only breaks what happens inside sshd.
      expect(trace.outcome.verdict).toBe('backdoored');
      expect(trace.outcome.runtime).toEqual({ hooked: false, stoppedAt });
      const stop = step(trace, stoppedAt)!;
      expect(stop.gate?.passed).toBe(false);
      expect(stop.endsChain).toBe(true);
      expect(ids(trace)).not.toContain('runtime-trigger');
      expect(step(trace, 'outcome')!.output.join('\n')).toMatch(/sshd on this machine: not hooked/);
    });
  }

  it('ldd shows which libraries each machine’s sshd loads, and what happens when liblzma is not among them', async () => {
    const libcrypto = '  libcrypto.so.3 => /lib/x86_64-linux-gnu/libcrypto.so.3';
    const libsystemd = '  libsystemd.so.0 => /lib/x86_64-linux-gnu/libsystemd.so.0';
    const unused = 'sshd runs as usual; the backdoored library stays on disk, unused by sshd';
    expect(step(await run(), 'runtime-load')!.output.slice(0, -1)).toEqual([
      libcrypto,
      libsystemd,
      '  liblzma.so.5 => /lib/x86_64-linux-gnu/liblzma.so.5   ← the library built above',
    ]);
    expect(step(await run({ sshd: 'sshd-upstream' }), 'runtime-load')!.output).toEqual([
      libcrypto,
      '(no libsystemd, no liblzma)',
      '✗ this sshd does not link libsystemd, so liblzma is never loaded',
      unused,
    ]);
    const lazy = await run({ libsystemd: 'systemd-dlopen' });
    expect(step(lazy, 'runtime-load')!.output).toEqual([
      libcrypto,
      libsystemd,
      '(no liblzma: this libsystemd opens it with dlopen() only when it needs compression)',
      '✗ libsystemd no longer links liblzma; sd_notify() never needs compression, so liblzma is not loaded',
      unused,
    ]);
    expect(step(lazy, 'outcome')!.output).toContain(
      'sshd on this machine: not hooked — libsystemd no longer links liblzma; sd_notify() never needs compression, so liblzma is not loaded; the library itself is still backdoored',
    );
  });

  it('the hook step lists the environment Freund observed, and LD_BIND_NOT=1 when it is set', async () => {
    const checks =
      'environment checks Freund observed: TERM unset, argv[0] = /usr/sbin/sshd, LD_DEBUG and LD_PROFILE unset, LANG set';
    expect(step(await run(), 'runtime-hook')!.output).toEqual([
      checks,
      '✓ RSA_public_decrypt@got.plt now points into liblzma',
    ]);
    expect(step(await run({ bindNot: true }), 'runtime-hook')!.output).toEqual([
      checks,
      'LD_BIND_NOT=1 is set for sshd',
      '✗ with LD_BIND_NOT=1 the backdoor does not appear to work (Freund’s observation; we model it as stopping here)',
      'sshd runs as usual',
    ]);
  });

  it('a clean library has no run-time phase at all', async () => {
    const trace = await run({ source: 'git' });
    expect(trace.outcome.runtime).toBeNull();
    expect(trace.steps.some((s) => s.phase === 'runtime')).toBe(false);
  });
});

describe('the Debian build path', () => {
  it('a Debian package build of the tarball runs autoreconf -f -i through dh, and the trigger survives', async () => {
    const trace = await run();
    const autoreconf = step(trace, 'autoreconf')!;
    expect(autoreconf.command).toMatch(/dh_autoreconf runs: autoreconf -f -i/);
    expect(autoreconf.output.join('\n')).toMatch(/gettext 0\.22\.4[\s\S]*gettext 0\.21/);
    expect(autoreconf.output.join('\n')).toMatch(/gl_BUILD_TO_HOST/);
    expect(autoreconf.sources).toContain('jover');
    expect(step(trace, 'configure')!.gate?.passed).toBe(true);
  });

  it('an RPM build runs the tarball’s configure as shipped, with no autoreconf step', async () => {
    expect(ids(await run({ packageBuild: 'rpm' }))).not.toContain('autoreconf');
  });

  it('a build from git gets gettext’s m4 files from autopoint and has no trigger', async () => {
    const trace = await run({ source: 'git' });
    expect(step(trace, 'autoreconf')!.output.join()).toMatch(/autopoint -f/);
    expect(step(trace, 'configure')!.gate?.passed).toBe(false);
  });
});

describe('the stage-2 edits in the script’s order', () => {
  it('the libtool sed runs between the LDFLAGS edit and the AM_V_CCLD edit', async () => {
    const trace = await run();
    const order = ['edit-makefile', 'edit-libtool', 'edit-makefile-link'].map((id) =>
      ids(trace).indexOf(id),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(step(trace, 'edit-makefile')!.command).toMatch(/liblzma_la_LDFLAGS/);
    expect(step(trace, 'edit-libtool')!.command).toBe('sed -i "s/$O/$C/g" libtool || true');
    expect(step(trace, 'edit-makefile-link')!.command).toMatch(/AM_V_CCLD/);
  });

  it('the Makefile diff shows the anchors far apart, not side by side', async () => {
    const lines = step(await run(), 'edit-makefile')!.diff!.lines.map((l) => l.text);
    expect(lines.filter((t) => t === '⋮').length).toBeGreaterThanOrEqual(6);
  });

  it('the merged object gets no size of its own: the extracted object’s size is not passed off as it', async () => {
    const merge = step(await run(), 'merge-object')!;
    const merged = merge.touches.find((t) => t.path.endsWith('liblzma_la-crc64_fast.o'))!;
    expect(merged.bytes).toBeUndefined();
  });
});

describe('defences that tell the truth', () => {
  const verdict = async (id: DefenceId) => {
    const build = buildNeededBy(id);
    const outcome =
      build &&
      (
        await simulate({
          env: build.env,
          carriers: build.withCarriers ? committedCarriers(build.env.version) : null,
        })
      ).outcome;
    return evaluateDefence(id, outcome);
  };

  it('bit-for-bit reproducible builds miss it: the same tarball reproduces the backdoored library', async () => {
    expect(await verdict('reproducible-builds')).toMatchObject({ caught: false, breaksAt: null });
  });

  it('comparing a tarball build with a build from git catches it by the differing digests, labelled as stand-ins', async () => {
    const r = await verdict('tarball-vs-git-build');
    expect(r).toMatchObject({ caught: true, breaksAt: 'ship' });
    expect(r.evidence.filter((line) => line.includes('(stand-in)'))).toHaveLength(2);
  });

  it('an sshd without libsystemd stops it at run time, though the library still ships backdoored', async () => {
    const r = await verdict('sshd-no-libsystemd');
    expect(r).toMatchObject({ caught: true, breaksAt: 'runtime' });
    expect(r.evidence.join()).toMatch(/library backdoored/);
  });

  it('no binary test files in git only counts together with a tarball-vs-git check', async () => {
    expect((await verdict('no-binary-tests')).headline).toMatch(
      /only together with a tarball-vs-git check/,
    );
  });

  it('the file-list and m4 checks cite the people who tested them', async () => {
    expect((await verdict('file-list')).sources).toContain('bachmeyer');
    expect((await verdict('m4-diff')).sources).toContain('haible');
  });
});
