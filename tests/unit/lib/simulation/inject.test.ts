import { describe, expect, it } from 'vitest';

import { CRC_SOURCES } from '../../../../src/lib/simulation/build-files.ts';
import { createContext } from '../../../../src/lib/simulation/context.ts';
import {
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { injectObject } from '../../../../src/lib/simulation/inject.ts';
import { TraceRecorder } from '../../../../src/lib/simulation/trace.ts';

const inject = (change: Partial<Environment> = {}) => {
  const rec = new TraceRecorder();
  const ctx = createContext({ ...DEFAULT_ENVIRONMENT, ...change }, null);
  const result = injectObject(rec, ctx, new Uint8Array(1234));
  return { result, steps: rec.steps };
};
const touched = (touches: Array<{ path: string; change: string; bytes?: number }>) =>
  touches.map((t) => `${t.change} ${t.path}${t.bytes === undefined ? '' : ` (${t.bytes})`}`);

describe('merging the object into crc64_fast.c', () => {
  it('on x86-64 merges the object, patches both resolvers and relinks', () => {
    const { result, steps } = inject();
    expect(result).toEqual({ merged: true, resolversPatched: true });
    expect(steps.map((s) => s.id)).toEqual(['merge-object', 'patch-crc32', 'relink']);
    expect(steps[0]!.gate).toEqual({
      passed: true,
      reason: 'gcc -r merged liblzma_la-crc64-fast.o into .libs/liblzma_la-crc64_fast.o',
    });
    expect(touched(steps[0]!.touches)).toEqual([
      'read src/liblzma/liblzma_la-crc64-fast.o (1234)',
      'created src/liblzma/.libs/liblzma_la-crc64-fast.o',
      'modified src/liblzma/.libs/liblzma_la-crc64_fast.o',
    ]);
    expect(steps[1]!.command).toContain('$top_srcdir/src/liblzma/check/crc32_fast.c |');
    expect(steps.at(-1)!.endsChain).toBe(true);
    expect(touched(steps.at(-1)!.touches)).toEqual([
      'deleted src/liblzma/liblzma_la-crc64-fast.o',
      'deleted src/liblzma/.libs/liblzma_la-crc64-fast.o',
    ]);
  });

  it('on another architecture fails quietly, restores the backup and goes no further', () => {
    const { result, steps } = inject({ arch: 'aarch64' });
    expect(result).toEqual({ merged: false, resolversPatched: false });
    expect(steps.map((s) => s.id)).toEqual(['merge-object']);
    expect(steps[0]!.gate).toEqual({
      passed: false,
      reason:
        'the compiler for aarch64-unknown-linux-gnu cannot merge an x86-64 object (the error goes to /dev/null); mv -f restores the backup',
    });
    expect(touched(steps[0]!.touches)).toEqual([
      'restored src/liblzma/.libs/liblzma_la-crc64_fast.o',
    ]);
    expect(steps[0]!.endsChain).toBe(true);
  });

  it('shows the compiled crc64_fast.c with a line marker, the renamed resolver call and $V after the include', () => {
    const lines = inject().steps[0]!.diff!.lines;
    expect(lines[0]).toEqual({
      kind: 'added',
      text: '# 0 "$top_srcdir/src/liblzma/check/crc64_fast.c"',
    });
    const removed = lines.filter((l) => l.kind === 'removed');
    expect(removed).toHaveLength(1);
    const after = lines[lines.indexOf(removed[0]!) + 1]!;
    expect(after.kind).toBe('added');
    expect(after.text).toBe(
      removed[0]!.text.replace(
        'return is_arch_extension_supported()',
        'return _is_arch_extension_supported()',
      ),
    );
    expect(after.text).not.toBe(removed[0]!.text);
    const include = lines.findIndex((l) => l.text.includes('"crc_x86_clmul.h"'));
    expect(lines[include]!.kind).toBe('same');
    expect(lines.slice(include + 1, include + 6).map((l) => l.kind)).toEqual(
      Array(5).fill('added'),
    );
    expect(lines[include + 5]!.text).toBe(
      '#define _is_arch_extension_supported is_arch_extension_supported',
    );
    expect(lines.filter((l) => l.kind === 'added')).toHaveLength(7);
    expect(lines.slice(include + 1, include + 5).map((l) => l.text.slice(0, 14))).toEqual([
      '#endif',
      '#if defined(CR',
      '/* $V, abridge',
      '#else',
    ]);
  });

  it('shows every other line of crc64_fast.c unchanged', () => {
    const lines = inject().steps[0]!.diff!.lines;
    const source = CRC_SOURCES['src/liblzma/check/crc64_fast.c']!.split('\n');
    const kept = lines.filter((l) => l.kind === 'same' || l.kind === 'removed').map((l) => l.text);
    expect(kept).toEqual(source);
  });

  it('prints the commands as the script runs them: back up, patch and compile with -r, then relink and clean up', () => {
    const { steps } = inject();
    const [merge, crc32, relink] = steps;
    expect(merge!.command.split('\n')).toEqual([
      expect.stringMatching(
        /^cp \.libs\/liblzma_la-crc64_fast\.o \.libs\/liblzma_la-crc64-fast\.o/,
      ),
      expect.stringMatching(/^sed "\/return is_arch_extension_supported\(\)\/ c\\return _is_arch/),
      expect.stringMatching(/^ {2}\$CC .* -r liblzma_la-crc64-fast\.o -x c - \$P -o /),
    ]);
    expect(merge!.diff!.label).toBe('crc64_fast.c as compiled (excerpt)');
    expect(crc32!.command.split('\n')).toHaveLength(2);
    expect(crc32!.output).toEqual([
      'crc32_resolve() now calls _is_arch_extension_supported() → _get_cpuid() too',
    ]);
    expect(relink!.command.split('\n')).toEqual([
      expect.stringMatching(/^\$AM_V_CCLD\$liblzma_la_LINK -rpath/),
      expect.stringMatching(/^rm -fr \.libs\/liblzma\.a/),
      expect.stringMatching(
        /^rm -f \.libs\/liblzma_la-crc32-fast\.o .*; rm -f liblzma_la-crc64-fast\.o$/,
      ),
    ]);
    expect(relink!.output).toHaveLength(2);
  });
});
