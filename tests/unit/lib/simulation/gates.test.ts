import { describe, expect, it } from 'vitest';

import {
  applyMakefileEdits,
  configH,
  configStatus,
  editLibtool,
  grepBasic,
  liblzmaMakefile,
  makefileEdits,
} from '../../../../src/lib/simulation/build-files.ts';
import { readConfigVar } from '../../../../src/lib/simulation/build-files.ts';
import { createContext } from '../../../../src/lib/simulation/context.ts';
import {
  buildFacts,
  DEFAULT_ENVIRONMENT,
  type Environment,
} from '../../../../src/lib/simulation/environment.ts';
import {
  type BuildWorld,
  CONFIGURE_GATES,
  MAKE_GATES,
} from '../../../../src/lib/simulation/gates.ts';

/** A world as stage 2 sees it after reading config.status. */
function world(change: Partial<Environment> = {}, carriers = true): BuildWorld {
  const ctx = createContext(
    { ...DEFAULT_ENVIRONMENT, ...change },
    carriers ? { badXz: new Uint8Array(1), goodLarge: new Uint8Array(1) } : null,
  );
  const status = ctx.world.files.get('config.status')!;
  const reads: Array<[string, string]> = [
    ['LD', '/'],
    ['CC', ''],
    ['GCC', ''],
    ['build', 'x86_64'],
    ['enable_shared', 'yes'],
  ];
  for (const [name, prefix] of reads) ctx.world.vars[name] = readConfigVar(status, name, prefix);
  return ctx.world;
}
const gate = (id: string) => [...CONFIGURE_GATES, ...MAKE_GATES].find((g) => g.id === id)!;

describe('configure-time gates', () => {
  it('run in the published order', () => {
    expect(CONFIGURE_GATES.map((g) => g.id)).toEqual([
      'gate-ifunc',
      'gate-shared',
      'gate-arch',
      'gate-crc-sources',
      'gate-compiler',
      'gate-linker',
      'gate-carriers',
      'gate-package',
      'gate-makefile',
      'gate-libtool',
    ]);
  });

  it('all pass for the default Debian x86-64 build', () => {
    for (const g of CONFIGURE_GATES) expect(g.check(world()), g.id).toMatchObject({ passed: true });
  });

  const failures: Array<[string, Partial<Environment> | 'no-carriers', RegExp]> = [
    ['gate-ifunc', { ifunc: false }, /disable-ifunc/],
    ['gate-shared', { shared: false }, /enable_shared='no'/],
    ['gate-compiler', { compiler: 'clang' }, /CC='clang'/],
    ['gate-linker', { linker: 'lld' }, /LLD/],
    ['gate-package', { packageBuild: 'plain' }, /plain \.\/configure/],
    ['gate-package', { packageBuild: 'rpm', arch: 'aarch64' }, /RPM_ARCH=aarch64/],
    ['gate-carriers', 'no-carriers', /missing/],
  ];
  for (const [id, change, reason] of failures) {
    it(`${id} fails with a reason for ${JSON.stringify(change)}`, () => {
      const w = change === 'no-carriers' ? world({}, false) : world(change);
      const result = gate(id).check(w);
      expect(result.passed).toBe(false);
      expect(result.reason).toMatch(reason);
    });
  }

  it('the architecture test, read literally, exits only for a non-x86-64 linux-gnu $build', () => {
    const w = world();
    const check = (build: string) =>
      gate('gate-arch').check({ ...w, vars: { ...w.vars, build } }).passed;
    expect(check('x86_64-pc-linux-gnu')).toBe(true);
    expect(check('aarch64-unknown-linux-gnu')).toBe(false);
    expect(check('x86_64-pc-linux-musl')).toBe(true);
  });

  it('on aarch64 the script never reads $build, so the architecture test passes', () => {
    const w = world({ arch: 'aarch64' });
    expect(w.vars.build).toBe('');
    expect(gate('gate-arch').check(w)).toMatchObject({
      passed: true,
      reason: expect.stringMatching(/empty/),
    });
  });

  it('the Makefile gate fails when an anchor line is missing', () => {
    const w = world();
    w.files.set('src/liblzma/Makefile', liblzmaMakefile().replace('am__include = include\n', ''));
    expect(gate('gate-makefile').check(w)).toMatchObject({
      passed: false,
      reason: expect.stringMatching(/am__include/),
    });
  });

  it('the CRC-source gate fails when the resolver was patched away', () => {
    const w = world();
    w.files.set('src/liblzma/check/crc64_fast.c', 'return crc64_generic;');
    expect(gate('gate-crc-sources').check(w).passed).toBe(false);
  });

  it('the libtool gate needs the usual pic_flag line', () => {
    const w = world();
    w.files.set('libtool', 'pic_flag=" -fpic"');
    expect(gate('gate-libtool').check(w).passed).toBe(false);
  });
});

describe('make-time gates and edits', () => {
  it('the Makefile edits insert every line before its anchor and keep the anchors', () => {
    const edited = applyMakefileEdits(
      liblzmaMakefile(),
      makefileEdits(buildFacts(DEFAULT_ENVIRONMENT)),
    );
    const lines = edited.split('\n');
    expect(lines.indexOf('am__test = bad-3-corrupt_lzma2.xz')).toBe(
      lines.indexOf('ACLOCAL_M4 = $(top_srcdir)/aclocal.m4') - 1,
    );
    expect(edited).toContain('AM_V_CCLD = @echo -n $(LTDEPS); $(am__v_CCLD_$(V))');
    expect(edited).toContain('liblzma_la_LDFLAGS += -Wl,--sort-section=name,-X,-z,now');
  });

  it('adds -z,now only when LDFLAGS lack it', () => {
    const rpm = applyMakefileEdits(
      liblzmaMakefile(),
      makefileEdits(buildFacts({ ...DEFAULT_ENVIRONMENT, packageBuild: 'rpm' })),
    );
    expect(rpm).toMatch(/LDFLAGS \+= -Wl,--sort-section=name,-X$/m);
  });

  it('the libtool gate at make time needs the configure-time edit', () => {
    const w = world();
    expect(gate('gate-make-libtool').check(w).passed).toBe(false);
    w.files.set('libtool', editLibtool(w.files.get('libtool')!));
    expect(gate('gate-make-libtool').check(w).passed).toBe(true);
  });

  it('the link gate wants -z,now and rejects lazy binding', () => {
    const w = world();
    const check = (link: string) =>
      gate('gate-make-link-flags').check({ ...w, vars: { ...w.vars, liblzma_la_LINK: link } })
        .passed;
    expect(check('gcc -Wl,-z,now -o liblzma.la')).toBe(true);
    expect(check('gcc -o liblzma.la')).toBe(false);
    expect(check('gcc -Wl,-z,now -Wl,-z,lazy')).toBe(false);
  });

  it('grep anchors one end or neither, and an escaped dollar is a plain character', () => {
    expect(grepBasic('recursive$', 'all: all-recursive')).toBe(true);
    expect(grepBasic('all$', 'all: all-recursive')).toBe(false);
    expect(grepBasic('^all:', 'x all: y')).toBe(false);
    expect(grepBasic('all-rec', 'all: all-recursive')).toBe(true);
    expect(grepBasic('cost \\$', 'a cost \\$')).toBe(true);
    expect(grepBasic('cost \\$', 'a cost')).toBe(false);
  });

  it("config.status carries the doctored m4's gl_path_map and the ifunc define only when they apply", () => {
    const facts = buildFacts(DEFAULT_ENVIRONMENT);
    const doctored = configStatus(facts, { doctoredM4: true }).split('\n');
    expect(doctored).toContain(`gl_path_map='tr "\\t \\-_" " \\t_\\-"'`);
    expect(doctored).toContain('D["HAVE_FUNC_ATTRIBUTE_IFUNC"]=" 1"');
    const plain = configStatus(buildFacts({ ...DEFAULT_ENVIRONMENT, ifunc: false }), {
      doctoredM4: false,
    });
    expect(plain).not.toMatch(/gl_path_map|HAVE_FUNC_ATTRIBUTE_IFUNC/);
    expect(configH(facts)).toBe('#define HAVE_FUNC_ATTRIBUTE_IFUNC 1');
    expect(configH(buildFacts({ ...DEFAULT_ENVIRONMENT, ifunc: false }))).toBe(
      '/* #undef HAVE_FUNC_ATTRIBUTE_IFUNC */',
    );
  });

  it('grep anchors behave like basic regular expressions', () => {
    expect(grepBasic('^all: all-recursive$', 'x\nall: all-recursive\ny')).toBe(true);
    expect(grepBasic('^all: all-recursive$', 'all: all-recursive extra')).toBe(false);
    expect(grepBasic('AM_V_CCLD = $(am__v_CCLD_$(V))', 'AM_V_CCLD = $(am__v_CCLD_$(V))')).toBe(
      true,
    );
  });
});

describe('what each gate tells the learner', () => {
  it('names the $build it read when the architecture test passes or exits', () => {
    const w = world();
    const check = (build: string) => gate('gate-arch').check({ ...w, vars: { ...w.vars, build } });
    expect(check('x86_64-pc-linux-gnu')).toEqual({
      passed: true,
      reason: "$build='x86_64-pc-linux-gnu' starts with x86_64",
    });
    expect(check('aarch64-unknown-linux-gnu')).toEqual({
      passed: false,
      reason: "$build='aarch64-unknown-linux-gnu' is not x86_64 but ends in linux-gnu",
    });
    // Made up: x86_64 later in the triplet does not count, as grep "^x86_64" reads it.
    expect(check('i686-x86_64-linux-gnu').passed).toBe(false);
  });

  it('lets a triplet through that only contains linux-gnu, as grep "linux-gnu$" does', () => {
    const w = world();
    const result = gate('gate-arch').check({
      ...w,
      vars: { ...w.vars, build: 'arm-unknown-linux-gnueabihf' },
    });
    expect(result.passed).toBe(true);
  });

  it('treats a $build the script never read as empty', () => {
    const w = world();
    const result = gate('gate-arch').check({ ...w, vars: {} });
    expect(result).toMatchObject({
      passed: true,
      reason: expect.stringMatching(/^\$build is empty/),
    });
  });

  it('needs the ifunc define in both config.status and config.h', () => {
    const noHeader = world();
    noHeader.files.set('config.h', '/* #undef HAVE_FUNC_ATTRIBUTE_IFUNC */');
    expect(gate('gate-ifunc').check(noHeader).passed).toBe(false);
    const noStatus = world();
    noStatus.files.set('config.status', "srcdir='.'");
    expect(gate('gate-ifunc').check(noStatus).passed).toBe(false);
  });

  it('refuses a compiler autoconf does not call GNU, even if it is named gcc', () => {
    const w = world();
    expect(gate('gate-compiler').check({ ...w, vars: { ...w.vars, GCC: '', CC: 'gcc' } })).toEqual({
      passed: false,
      reason: "GCC='' but CC='gcc', not exactly 'gcc'",
    });
  });

  it('needs the resolver call in crc32_fast.c too', () => {
    const w = world();
    w.files.set('src/liblzma/check/crc32_fast.c', 'return crc32_generic;');
    expect(gate('gate-crc-sources').check(w).passed).toBe(false);
  });

  it('says why the CRC sources do not qualify', () => {
    const w = world();
    w.files.set('src/liblzma/check/crc_x86_clmul.h', '');
    expect(gate('gate-crc-sources').check(w)).toEqual({
      passed: false,
      reason: 'the CRC sources do not match what the script expects',
    });
  });

  it('accepts an x86-64 RPM build by its RPM_ARCH', () => {
    expect(gate('gate-package').check(world({ packageBuild: 'rpm' }))).toEqual({
      passed: true,
      reason: 'RPM_ARCH=x86_64 (an RPM package build)',
    });
  });

  it('lists every missing Makefile anchor', () => {
    const w = world();
    w.files.set(
      'src/liblzma/Makefile',
      liblzmaMakefile()
        .replace('am__include = include\n', '')
        .replace(/^all: all-recursive$/m, ''),
    );
    expect(gate('gate-makefile').check(w).reason).toMatch(/^missing: [^,]+, [^,]+$/);
    expect(gate('gate-makefile').check(world()).reason).toBe('all eight anchor lines are there');
  });

  it('reads a file that is not there as empty, and fails instead of throwing', () => {
    const w = world();
    w.files.delete('libtool');
    expect(gate('gate-libtool').check(w)).toEqual({
      passed: false,
      reason: 'pic_flag line not found',
    });
    expect(gate('gate-make-libtool').check(w)).toEqual({
      passed: false,
      reason: 'the libtool edit is missing',
    });
  });

  it('explains each way the link line can fail, and accepts either spelling of -z now', () => {
    const w = world();
    const check = (link: string) =>
      gate('gate-make-link-flags').check({ ...w, vars: { ...w.vars, liblzma_la_LINK: link } });
    expect(check('gcc -Wl,-z,now -Wl,-z,lazy')).toEqual({
      passed: false,
      reason: 'the link line asks for lazy binding',
    });
    expect(check('gcc -o liblzma.la')).toEqual({
      passed: false,
      reason: 'the link line has no -z,now',
    });
    expect(gate('gate-make-link-flags').check({ ...w, vars: {} }).passed).toBe(false);
    expect(check('gcc -Wl,-z -Wl,now')).toEqual({
      passed: true,
      reason: 'the link line has -z,now',
    });
  });
});
