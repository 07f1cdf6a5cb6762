import { describe, expect, it } from 'vitest';

import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { buildTrace } from '../../../../src/lib/simulation/simulate.ts';
import { committedCarriers } from './helpers.ts';

const carriers = { '5.6.0': committedCarriers('5.6.0'), '5.6.1': committedCarriers('5.6.1') };
const steps = (change: Partial<Environment> = {}) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return buildTrace({ env, carriers: carriers[env.version] }).steps;
};
const step = (change: Partial<Environment>, id: string) => steps(change).find((s) => s.id === id);

describe('stage 2 at the end of configure', () => {
  it('reads the build settings from config.status, through its filters', () => {
    expect(step({}, 'stage2-read-config')!.output).toEqual([
      "LD='/usr/bin/ld -m elf_x86_64'",
      "CC='gcc'",
      "GCC='yes'",
      "srcdir='.'",
      "build='x86_64-pc-linux-gnu'",
      "enable_shared='yes'",
      "enable_static='yes'",
      expect.stringMatching(/^gl_path_map='tr /),
    ]);
    const aarch64 = step({ arch: 'aarch64', shared: false }, 'stage2-read-config')!.output;
    expect(aarch64).toContain("build=''");
    expect(aarch64).toContain("enable_shared=''");
  });

  it('shows 5.6.1’s no-op uname test and extension hooks, which 5.6.0 lacks', () => {
    expect(step({}, 'stage2-read-config')!.command).toMatch(
      /^\[ ! \$\(uname\)="Linux" \] && exit 0/,
    );
    expect(step({}, 'stage2-hook1')).toBeDefined();
    expect(step({ version: '5.6.0' }, 'stage2-read-config')!.command).toMatch(
      /^if test -f config\.status; then/,
    );
    expect(step({ version: '5.6.0' }, 'stage2-hook1')).toBeUndefined();
    expect(step({ version: '5.6.0' }, 'stage2-hook2')).toBeUndefined();
  });

  it('runs the configure gates in order and stops at the first that fails', () => {
    const ids = steps({ linker: 'lld' }).map((s) => s.id);
    const at = ids.indexOf('gate-linker');
    expect(at).toBeGreaterThan(ids.indexOf('gate-compiler'));
    expect(ids.slice(at + 1).some((id) => id.startsWith('gate-') || id.startsWith('edit-'))).toBe(
      false,
    );
  });

  it('edits the Makefile in two rounds around the libtool edit, each shown as a diff', () => {
    const all = steps();
    const ids = all.map((s) => s.id);
    expect(ids.indexOf('edit-makefile')).toBe(ids.indexOf('edit-libtool') - 1);
    expect(ids.indexOf('edit-makefile-link')).toBe(ids.indexOf('edit-libtool') + 1);
    const added = (id: string) =>
      all.find((s) => s.id === id)!.diff!.lines.filter((l) => l.kind === 'added').length;
    expect(added('edit-makefile')).toBe(5);
    expect(added('edit-makefile-link')).toBeGreaterThanOrEqual(2);
    expect(
      all.find((s) => s.id === 'edit-libtool')!.diff!.lines.some((l) => l.kind === 'removed'),
    ).toBe(true);
    expect(all.find((s) => s.id === 'edit-makefile-link')!.endsChain).toBe(false);
  });
});
