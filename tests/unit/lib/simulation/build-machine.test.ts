import { describe, expect, it } from 'vitest';

import { createContext } from '../../../../src/lib/simulation/context.ts';
import {
  buildFacts,
  DEFAULT_ENVIRONMENT,
  type Environment,
  sameEnvironment,
} from '../../../../src/lib/simulation/environment.ts';
import { runMakeCheck } from '../../../../src/lib/simulation/make-check.ts';
import { TraceRecorder } from '../../../../src/lib/simulation/trace.ts';
import { bytesOf, committedCarriers, xzCli } from './helpers.ts';

describe('what configure writes down about the machine', () => {
  it('describes the default Debian x86-64 build', () => {
    expect(buildFacts(DEFAULT_ENVIRONMENT)).toEqual({
      triplet: 'x86_64-pc-linux-gnu',
      cc: 'gcc',
      gcc: 'yes',
      ld: '/usr/bin/ld -m elf_x86_64',
      ldVersion: 'GNU ld (GNU Binutils) 2.42',
      enableShared: 'yes',
      ifuncDefined: true,
      rpmArch: null,
      debianRules: true,
      ldflags: '-Wl,-z,relro',
      uname: 'Linux',
      libraryName: 'liblzma.so.5.6.1',
    });
  });

  it('follows every setting that differs', () => {
    const facts = buildFacts({
      ...DEFAULT_ENVIRONMENT,
      arch: 'i686',
      compiler: 'clang',
      linker: 'lld',
      packageBuild: 'rpm',
      shared: false,
      ifunc: false,
    });
    expect(facts).toMatchObject({
      triplet: 'i686-pc-linux-gnu',
      cc: 'clang',
      gcc: 'yes',
      ld: '/usr/bin/ld.lld',
      ldVersion: 'LLD 18.1.8 (compatible with GNU linkers)',
      enableShared: 'no',
      ifuncDefined: false,
      rpmArch: 'i686',
      debianRules: false,
      ldflags: '-Wl,-z,relro -Wl,--as-needed -Wl,-z,now',
      libraryName: 'liblzma.a',
    });
    expect(buildFacts({ ...DEFAULT_ENVIRONMENT, arch: 'aarch64' }).ld).toBe(
      '/usr/bin/ld -m aarch64linux',
    );
    expect(buildFacts({ ...DEFAULT_ENVIRONMENT, packageBuild: 'plain' }).ldflags).toBe('');
  });
});

describe('comparing two build machines', () => {
  it('is true for equal settings and false when any one setting differs', () => {
    expect(sameEnvironment(DEFAULT_ENVIRONMENT, { ...DEFAULT_ENVIRONMENT })).toBe(true);
    const changes: Array<Partial<Environment>> = [
      { version: '5.6.0' },
      { shared: false },
      { bindNot: true },
      { libsystemd: 'systemd-dlopen' },
    ];
    for (const change of changes)
      expect(sameEnvironment(DEFAULT_ENVIRONMENT, { ...DEFAULT_ENVIRONMENT, ...change })).toBe(
        false,
      );
  });
});

describe('make check', () => {
  const check = (carriers: Parameters<typeof createContext>[1]) =>
    runMakeCheck(createContext(DEFAULT_ENVIRONMENT, carriers));

  it('passes both modelled tests on the shipped carriers', () => {
    const { lines, passed } = check(committedCarriers('5.6.1'));
    expect(passed).toBe(true);
    expect(lines).toEqual([
      'PASS: test_check   (CRC32 and CRC64 of "123456789" are cbf43926 and 995dc9bbdf1939fa)',
      'PASS: test_files.sh   (good-large_compressed.lzma decodes; bad-3-corrupt_lzma2.xz is rejected as corrupt, as a bad-* file must be)',
      '# TOTAL: 2  (the tests this simulation models)',
      '# PASS:  2',
      '# FAIL:  0',
    ]);
  });

  it('fails the test-file check when the good file no longer decodes', () => {
    const { lines, passed } = check({
      badXz: committedCarriers('5.6.1').badXz,
      goodLarge: bytesOf('not lzma'),
    });
    expect(passed).toBe(false);
    expect(lines[1]).toMatch(/^FAIL: test_files\.sh/);
    expect(lines.slice(-2)).toEqual(['# PASS:  1', '# FAIL:  1']);
  });

  it('fails the test-file check when the bad file decodes after all', () => {
    const { lines, passed } = check({
      badXz: xzCli(['-c'], bytesOf('a perfectly good file\n')),
      goodLarge: committedCarriers('5.6.1').goodLarge,
    });
    expect(passed).toBe(false);
    expect(lines[1]).toMatch(/^FAIL: test_files\.sh/);
  });

  it('passes a tree without the carriers on the remaining test files', () => {
    const { lines, passed } = check(null);
    expect(passed).toBe(true);
    expect(lines[1]).toBe('PASS: test_files.sh   (the remaining test files decode as expected)');
  });
});

describe('recording steps', () => {
  it('refuses a second step with the same id, so links to steps stay stable', () => {
    const rec = new TraceRecorder();
    const step = { id: 'a', phase: 'release', title: 'A', command: '', explain: '' } as const;
    rec.add(step);
    expect(() => rec.add(step)).toThrow('duplicate step id a');
  });

  it('gives a step without output or file activity empty lists', () => {
    const rec = new TraceRecorder();
    const added = rec.add({ id: 'a', phase: 'release', title: 'A', command: 'c', explain: 'e' });
    expect(added.output).toEqual([]);
    expect(added.touches).toEqual([]);
  });

  it('prints a gate’s reason after its own lines, and the script’s silent exit when it fails', () => {
    const rec = new TraceRecorder();
    const base = { phase: 'configure', title: 'G', command: 'c', explain: 'e' } as const;
    expect(rec.gate({ ...base, id: 'ok' }, { passed: true, reason: 'fine' })).toBe(true);
    expect(rec.gate({ ...base, id: 'no' }, { passed: false, reason: 'nope' })).toBe(false);
    rec.gate({ ...base, id: 'own', before: ['line'] }, { passed: false, reason: 'x' }, ['bye']);
    expect(rec.steps.map((s) => [s.output, s.endsChain])).toEqual([
      [['✓ fine'], false],
      [['✗ nope', 'exit 0   (silently: nothing is printed, configure and make carry on)'], true],
      [['line', '✗ x', 'bye'], true],
    ]);
  });
});
