import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENT } from '../../../../src/lib/simulation/environment.ts';
import { environmentToken, parseEnvironmentToken, parseUrlState, serializeUrlState } from '../../../../src/lib/simulation/url-state.ts';

describe('URL state', () => {
  it('round-trips every setting', () => {
    const env = { ...DEFAULT_ENVIRONMENT, version: '5.6.0' as const, source: 'git' as const, arch: 'aarch64' as const, compiler: 'clang' as const, linker: 'lld' as const, packageBuild: 'rpm' as const, shared: false, ifunc: false };
    expect(parseUrlState(serializeUrlState(env, 'gate-compiler'))).toEqual({ env, step: 'gate-compiler', message: null });
  });

  it('writes a readable link with unescaped commas', () => {
    expect(serializeUrlState(DEFAULT_ENVIRONMENT, 'make')).toBe('?step=make&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc');
  });

  it('fills settings the link leaves out with the defaults, in any order', () => {
    expect(parseEnvironmentToken('clang,5.6.0').env).toEqual({ ...DEFAULT_ENVIRONMENT, compiler: 'clang', version: '5.6.0' });
  });

  it('falls back to the default with a message for an unknown setting', () => {
    const parsed = parseUrlState('?env=x86_64,riscv128');
    expect(parsed.env).toEqual(DEFAULT_ENVIRONMENT);
    expect(parsed.message).toMatch(/riscv128.*not a known setting.*default/);
  });

  it('falls back with a message when a setting repeats', () => {
    expect(parseEnvironmentToken('gcc,clang').message).toMatch(/repeats/);
  });

  it('rejects a step that is not a step name, with a message', () => {
    const parsed = parseUrlState('?step=<script>');
    expect(parsed.step).toBeNull();
    expect(parsed.message).toMatch(/not a step name/);
  });

  it('an empty query is the default, without a message', () => {
    expect(parseUrlState('')).toEqual({ env: DEFAULT_ENVIRONMENT, step: null, message: null });
    expect(environmentToken(DEFAULT_ENVIRONMENT).split(',')).toHaveLength(8);
  });
});
