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

export const ENVIRONMENT_CONTROLS: EnvironmentControl[] = [
  {
    setting: 'source',
    label: 'Source',
    kind: 'select',
    options: [
      { value: 'tarball', label: 'Release tarball' },
      { value: 'tarball-autoreconf', label: 'Release tarball + autoreconf -f -i' },
      { value: 'git', label: 'Git tag + ./autogen.sh' },
    ],
    steps: ['configure'],
    explains:
      'Only the tarball has the doctored m4/build-to-host.m4 (serial 30). A Debian package build runs autoreconf -f -i anyway (dh does), and the trigger survives it. From git, autopoint copies gettext’s m4 files from the build machine: no trigger.',
  },
  {
    setting: 'arch',
    label: 'Architecture',
    kind: 'select',
    options: [
      { value: 'x86_64', label: 'x86_64' },
      { value: 'aarch64', label: 'aarch64' },
      { value: 'i686', label: 'i686' },
    ],
    steps: ['gate-arch', 'merge-object'],
    explains:
      'Only x86-64 builds received the object. Our reading of the script: its architecture test never stops another machine, the merge of the x86-64 object fails instead, after the Makefile and flags were edited.',
  },
  {
    setting: 'compiler',
    label: 'Compiler',
    kind: 'select',
    options: [
      { value: 'gcc', label: 'gcc' },
      { value: 'clang', label: 'clang' },
    ],
    steps: ['gate-compiler'],
    explains: 'Stage 2 needs GCC=yes and CC exactly “gcc”.',
  },
  {
    setting: 'linker',
    label: 'Linker',
    kind: 'select',
    options: [
      { value: 'gnu-ld', label: 'GNU ld' },
      { value: 'lld', label: 'LLD' },
    ],
    steps: ['gate-linker'],
    explains: 'The linker’s -v output must contain “GNU ld”.',
  },
  {
    setting: 'packageBuild',
    label: 'Package build',
    kind: 'select',
    options: [
      { value: 'deb', label: 'Debian (debian/rules)' },
      { value: 'rpm', label: 'RPM (RPM_ARCH set)' },
      { value: 'plain', label: 'None: plain ./configure' },
    ],
    steps: ['gate-package'],
    explains:
      'A file test for $srcdir/debian/rules, or RPM_ARCH=x86_64. A configure run by hand inside a Debian source tree passes too.',
  },
  {
    setting: 'version',
    label: 'Version',
    kind: 'select',
    options: [
      { value: '5.6.0', label: '5.6.0 (2024-02-24)' },
      { value: '5.6.1', label: '5.6.1 (2024-03-09)' },
    ],
    steps: ['stage1-tail'],
    explains:
      'Each release has its own head length, tail offset, tr key, RC4 rounds and object size; 5.6.1 adds Linux checks and two extension hooks.',
  },
  {
    setting: 'shared',
    label: 'Shared library',
    kind: 'checkbox',
    options: [],
    steps: ['gate-shared'],
    explains: 'The target is liblzma.so; a static-only build (--disable-shared) is left alone.',
  },
  {
    setting: 'ifunc',
    label: 'ifunc',
    kind: 'checkbox',
    options: [],
    steps: ['gate-ifunc'],
    explains: 'The hook is an ifunc resolver; --disable-ifunc removes it.',
  },
  {
    setting: 'sshd',
    label: 'sshd (run time)',
    kind: 'select',
    options: [
      { value: 'sshd-libsystemd', label: 'Distribution sshd (sd_notify patch: links libsystemd)' },
      { value: 'sshd-upstream', label: 'Upstream OpenSSH or Arch: no libsystemd' },
    ],
    steps: ['runtime-load'],
    explains: 'OpenSSH does not use liblzma; it arrives through libsystemd in patched sshd builds.',
  },
  {
    setting: 'libsystemd',
    label: 'libsystemd (run time)',
    kind: 'select',
    options: [
      { value: 'systemd-linked', label: 'Links liblzma (systemd of early 2024)' },
      { value: 'systemd-dlopen', label: 'Loads compression libraries lazily (PR 31550)' },
    ],
    steps: ['runtime-load'],
    explains:
      'With dlopen(), liblzma is loaded only when compression is used; sd_notify never uses it.',
  },
  {
    setting: 'bindNot',
    label: 'LD_BIND_NOT=1 for sshd (run time)',
    kind: 'checkbox',
    options: [],
    steps: ['runtime-hook'],
    explains: 'Freund: started with LD_BIND_NOT=1, the backdoor did not appear to work.',
  },
];

export type ControlStatus = { state: 'passed' | 'failed' | 'not-reached' | 'shown'; text: string };

/** What the current build says about the steps a control decides. */
export function controlStatus(control: EnvironmentControl, trace: Trace | null): ControlStatus {
  if (!trace) return { state: 'not-reached', text: '' };
  const steps = control.steps.map((id) => trace.steps.find((s) => s.id === id));
  const failed = steps.find((s) => s?.gate && !s.gate.passed);
  // Two settings decide whether liblzma is loaded: only the one that stopped it takes the credit.
  if (
    failed?.id === 'runtime-load' &&
    control.setting === 'libsystemd' &&
    trace.env.sshd === 'sshd-upstream'
  )
    return { state: 'not-reached', text: 'not reached: this sshd never loads libsystemd' };
  if (
    failed?.id === 'runtime-load' &&
    control.setting === 'sshd' &&
    trace.env.sshd !== 'sshd-upstream'
  )
    return { state: 'passed', text: 'lets the attack through' };
  if (failed) return { state: 'failed', text: `stops the attack at “${failed.title}”` };
  if (control.setting === 'version')
    return { state: 'shown', text: 'see the tail, tr and RC4 steps' };
  if (steps.every((s) => s === undefined))
    return { state: 'not-reached', text: 'not reached in this build' };
  return { state: 'passed', text: 'lets the attack through' };
}

/** One line naming the build machine, for the top of the stepper and for speakers. */
export function describeEnvironment(env: Environment): string {
  return ENVIRONMENT_CONTROLS.map((control) => {
    const value = env[control.setting];
    if (control.setting === 'bindNot') return value ? 'LD_BIND_NOT=1' : '';
    if (control.kind === 'checkbox')
      return value ? control.label.toLowerCase() : `no ${control.label.toLowerCase()}`;
    const option = control.options.find((o) => o.value === String(value));
    if (control.setting === 'sshd')
      return value === 'sshd-upstream' ? 'sshd without libsystemd' : '';
    if (control.setting === 'libsystemd')
      return value === 'systemd-dlopen' ? 'lazy libsystemd' : '';
    return control.setting === 'version' ? `xz ${value}` : (option?.label ?? String(value));
  })
    .filter(Boolean)
    .join(' · ');
}
