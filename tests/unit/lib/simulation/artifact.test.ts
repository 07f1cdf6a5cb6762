import { describe, expect, it } from 'vitest';

import { composeLibrary, sha256Hex } from '../../../../src/lib/simulation/artifact.ts';
import {
  buildFacts,
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import { diffLines } from '../../../../src/lib/simulation/line-diff.ts';
import { byPath } from '../../../../src/lib/simulation/path-order.ts';
import { bytesOf, textOf } from './helpers.ts';

const recipe = (change: Partial<Environment> = {}, doctored = false) => {
  const env = { ...DEFAULT_ENVIRONMENT, ...change };
  return {
    env,
    facts: buildFacts(env),
    flagsEdited: doctored,
    resolversPatched: doctored,
    mergedObject: doctored ? bytesOf('OBJECT') : null,
  };
};

describe('the built library stand-in', () => {
  it('a clean build names the library, the machine, the usual flags and plain resolvers', () => {
    const { lines, bytes } = composeLibrary(recipe());
    expect(lines.slice(0, 4)).toEqual([
      'SIMULATION STAND-IN for liblzma.so.5.6.1 (xz 5.6.1) - text, not a real library',
      'target x86_64-pc-linux-gnu; compiler gcc; linker /usr/bin/ld -m elf_x86_64',
      'compile flags: -fPIC -DPIC',
      'link flags: -Wl,-z,relro',
    ]);
    expect(lines).toContain(
      'object liblzma_la-crc32_fast.o: crc32_resolve() calls is_arch_extension_supported()',
    );
    expect(lines).toContain(
      'object liblzma_la-crc64_fast.o: crc64_resolve() calls is_arch_extension_supported()',
    );
    expect(lines).toContain('object liblzma_la-sha256.o');
    expect(lines).toHaveLength(14);
    expect(textOf(bytes)).toBe(`${lines.join('\n')}\n`);
  });

  it('a backdoored build shows the edited flags, the patched resolvers and the merged object after the text', () => {
    const { lines, bytes } = composeLibrary(recipe({}, true));
    expect(lines[2]).not.toBe('compile flags: -fPIC -DPIC');
    expect(lines[3]).toMatch(/^link flags: -Wl,-z,relro \S/);
    expect(lines).toContain(
      'object liblzma_la-crc64_fast.o: crc64_resolve() calls _is_arch_extension_supported(); merged by gcc -r: liblzma_la-crc64-fast.o (6 bytes follow)',
    );
    expect(textOf(bytes)).toBe(`${lines.join('\n')}\nOBJECT`);
  });

  it('says so when the build has no link flags at all, and lists stage 2’s alone when it adds some', () => {
    expect(composeLibrary(recipe({ packageBuild: 'plain' })).lines[3]).toBe('link flags: (none)');
    expect(composeLibrary(recipe({ packageBuild: 'plain' }, true)).lines[3]).toBe(
      'link flags: -Wl,--sort-section=name,-X,-z,now',
    );
  });

  it('hashes bytes with SHA-256 as lowercase hex', async () => {
    expect(await sha256Hex(bytesOf('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('line diffs and path order', () => {
  it('keeps common lines and marks what was removed before what was added', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('finds the longest run of common lines, not the first match', () => {
    expect(diffLines(['x', 'a', 'b'], ['a', 'b', 'x']).map((l) => `${l.kind} ${l.text}`)).toEqual([
      'removed x',
      'same a',
      'same b',
      'added x',
    ]);
    expect(diffLines(['a', 'x', 'b'], ['b', 'a']).map((l) => `${l.kind} ${l.text}`)).toEqual([
      'removed a',
      'removed x',
      'same b',
      'added a',
    ]);
    expect(diffLines([], ['n'])).toEqual([{ kind: 'added', text: 'n' }]);
    expect(diffLines(['o'], [])).toEqual([{ kind: 'removed', text: 'o' }]);
  });

  it('sorts paths by code point, capitals first, whatever the locale', () => {
    const paths = ['b', 'a/z', 'B', 'a', 'a'].map((path) => ({ path }));
    expect(paths.sort(byPath).map((p) => p.path)).toEqual(['B', 'a', 'a', 'a/z', 'b']);
    expect(byPath({ path: 'a' }, { path: 'a' })).toBe(0);
    expect(byPath({ path: 'a' }, { path: 'b' })).toBe(-1);
    expect(byPath({ path: 'b' }, { path: 'a' })).toBe(1);
  });
});
