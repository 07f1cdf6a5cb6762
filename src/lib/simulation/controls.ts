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
      { value: 'tarball-autoreconf', label: 'Release tarball + autoreconf -fi' },
      { value: 'git', label: 'Git tag + ./autogen.sh' },
    ],
    steps: ['configure'],
    explains:
      'Only the tarball has the doctored m4/build-to-host.m4 (serial 30). A git checkout gets gnulib’s clean serial 3 from the build machine.',
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
      'The architecture test, read literally, never stops a build. What stops other machines is later: the object is x86-64 code and cannot be merged.',
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
    explains: 'Needs debian/rules or RPM_ARCH=x86_64: only distribution builds are attacked.',
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
];

export type ControlStatus = { state: 'passed' | 'failed' | 'not-reached' | 'shown'; text: string };

/** What the current build says about the steps a control decides. */
export function controlStatus(control: EnvironmentControl, trace: Trace | null): ControlStatus {
  if (!trace) return { state: 'not-reached', text: '' };
  const steps = control.steps.map((id) => trace.steps.find((s) => s.id === id));
  const failed = steps.find((s) => s?.gate && !s.gate.passed);
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
    if (control.kind === 'checkbox')
      return value ? control.label.toLowerCase() : `no ${control.label.toLowerCase()}`;
    const option = control.options.find((o) => o.value === String(value));
    return control.setting === 'version' ? `xz ${value}` : (option?.label ?? String(value));
  }).join(' · ');
}
