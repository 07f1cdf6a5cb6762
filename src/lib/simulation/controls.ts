/**
 * The environment panel's controls: labels, options, and which of the script's checks each
 * one feeds — so the page can say "this setting decides that gate" and show its result.
 */
import type { Environment } from './environment.ts';
import type { Trace } from './trace.ts';

export interface ControlOption {
  value: string;
  label: string;
}

export interface EnvironmentControl {
  setting: keyof Environment;
  label: string;
  kind: 'select' | 'checkbox';
  options: ControlOption[];
  /** The steps (gates) this setting decides, in the order they run. */
  steps: string[];
  explains: string;
}

/** A setting chosen from a list; `options` maps each value to its label, in menu order. */
function select(
  setting: keyof Environment,
  label: string,
  options: Record<string, string>,
  steps: string[],
  explains: string,
): EnvironmentControl {
  const list = Object.entries(options).map(([value, text]) => ({ value, label: text }));
  return { setting, label, kind: 'select', options: list, steps, explains };
}

/** A setting that is on or off. */
function checkbox(
  setting: keyof Environment,
  label: string,
  steps: string[],
  explains: string,
): EnvironmentControl {
  return { setting, label, kind: 'checkbox', options: [], steps, explains };
}

export const ENVIRONMENT_CONTROLS: EnvironmentControl[] = [
  select(
    'source',
    'Source',
    {
      tarball: 'Release tarball',
      'tarball-autoreconf': 'Release tarball + autoreconf -f -i',
      git: 'Git tag + ./autogen.sh',
    },
    ['configure'],
    'Only the tarball has the doctored m4/build-to-host.m4 (serial 30). A Debian package build runs autoreconf -f -i anyway (dh does), and the trigger survives it. From git, autopoint copies gettext’s m4 files from the build machine: no trigger.',
  ),
  select(
    'arch',
    'Architecture',
    { x86_64: 'x86_64', aarch64: 'aarch64', i686: 'i686' },
    ['gate-arch', 'merge-object'],
    'Only x86-64 builds received the object. Our reading of the script: its architecture test never stops another machine, the merge of the x86-64 object fails instead, after the Makefile and flags were edited.',
  ),
  select(
    'compiler',
    'Compiler',
    { gcc: 'gcc', clang: 'clang' },
    ['gate-compiler'],
    'Stage 2 needs GCC=yes and CC exactly “gcc”.',
  ),
  select(
    'linker',
    'Linker',
    { 'gnu-ld': 'GNU ld', lld: 'LLD' },
    ['gate-linker'],
    'The linker’s -v output must contain “GNU ld”.',
  ),
  select(
    'packageBuild',
    'Package build',
    { deb: 'Debian (debian/rules)', rpm: 'RPM (RPM_ARCH set)', plain: 'None: plain ./configure' },
    ['gate-package'],
    'A file test for $srcdir/debian/rules, or RPM_ARCH=x86_64. A configure run by hand inside a Debian source tree passes too.',
  ),
  select(
    'version',
    'Version',
    { '5.6.0': '5.6.0 (2024-02-24)', '5.6.1': '5.6.1 (2024-03-09)' },
    ['stage1-tail'],
    'Each release has its own head length, tail offset, tr key, RC4 rounds and object size; 5.6.1 adds Linux checks and two extension hooks.',
  ),
  checkbox(
    'shared',
    'Shared library',
    ['gate-shared'],
    'The target is liblzma.so; a static-only build (--disable-shared) is left alone.',
  ),
  checkbox(
    'ifunc',
    'ifunc',
    ['gate-ifunc'],
    'The hook is an ifunc resolver; --disable-ifunc removes it.',
  ),
  select(
    'sshd',
    'sshd (run time)',
    {
      'sshd-libsystemd': 'Distribution sshd (sd_notify patch: links libsystemd)',
      'sshd-upstream': 'Upstream OpenSSH or Arch: no libsystemd',
    },
    ['runtime-load'],
    'OpenSSH does not use liblzma; it arrives through libsystemd in patched sshd builds.',
  ),
  select(
    'libsystemd',
    'libsystemd (run time)',
    {
      'systemd-linked': 'Links liblzma (systemd of early 2024)',
      'systemd-dlopen': 'Loads compression libraries lazily (PR 31550)',
    },
    ['runtime-load'],
    'With dlopen(), liblzma is loaded only when compression is used; sd_notify never uses it.',
  ),
  checkbox(
    'bindNot',
    'LD_BIND_NOT=1 for sshd (run time)',
    ['runtime-hook'],
    'Freund: started with LD_BIND_NOT=1, the backdoor did not appear to work.',
  ),
];

export type ControlStatus = { state: 'passed' | 'failed' | 'not-reached' | 'shown'; text: string };

const LETS_THROUGH: ControlStatus = { state: 'passed', text: 'lets the attack through' };

/** What the current build says about the steps a control decides. */
export function controlStatus(control: EnvironmentControl, trace: Trace | null): ControlStatus {
  if (!trace) return { state: 'not-reached', text: '' };
  const steps = control.steps.map((id) => trace.steps.find((s) => s.id === id));
  const failed = steps.find((s) => s?.gate && !s.gate.passed);
  if (failed?.id === 'runtime-load') {
    // Two settings decide whether liblzma is loaded: only the one that stopped it takes the credit.
    const upstream = trace.env.sshd === 'sshd-upstream';
    if (control.setting === 'libsystemd' && upstream)
      return { state: 'not-reached', text: 'not reached: this sshd never loads libsystemd' };
    if (control.setting === 'sshd' && !upstream) return LETS_THROUGH;
  }
  if (failed) return { state: 'failed', text: `stops the attack at “${failed.title}”` };
  if (control.setting === 'version')
    return { state: 'shown', text: 'see the tail, tr and RC4 steps' };
  if (steps.every((s) => s === undefined))
    return { state: 'not-reached', text: 'not reached in this build' };
  return LETS_THROUGH;
}

/** Settings the summary names in their own words, or not at all when they hold the usual value. */
const SUMMARY: Partial<
  Record<keyof Environment, (value: Environment[keyof Environment]) => string>
> = {
  bindNot: (value) => (value ? 'LD_BIND_NOT=1' : ''),
  sshd: (value) => (value === 'sshd-upstream' ? 'sshd without libsystemd' : ''),
  libsystemd: (value) => (value === 'systemd-dlopen' ? 'lazy libsystemd' : ''),
  version: (value) => `xz ${value}`,
};

/** One line naming the build machine, for the top of the stepper and for speakers. */
export function describeEnvironment(env: Environment): string {
  return ENVIRONMENT_CONTROLS.map((control) => {
    const value = env[control.setting];
    const own = SUMMARY[control.setting];
    if (own) return own(value);
    const name = control.label.toLowerCase();
    if (control.kind === 'checkbox') return value ? name : `no ${name}`;
    return control.options.find((option) => option.value === String(value))?.label ?? String(value);
  })
    .filter(Boolean)
    .join(' · ');
}
