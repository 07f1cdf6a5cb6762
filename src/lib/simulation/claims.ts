/**
 * The simulation page's "Claims you can check": each a sentence and the build that shows it —
 * the settings it changes from the default machine and the step to open (the outcome when none).
 */
import { DEFAULT_ENVIRONMENT, type Environment } from './environment.ts';
import { serializeUrlState } from './url-state.ts';

export interface Claim {
  text: string;
  change: Partial<Environment>;
  step?: string;
}

export const CLAIMS: readonly Claim[] = [
  {
    text: 'The default build — release tarball, x86_64, gcc + GNU ld, Debian package — is backdoored.',
    change: {},
  },
  { text: 'A build from the git tag is clean.', change: { source: 'git' } },
  {
    text: 'Debian’s build runs autoreconf -f -i, and the trigger survives it: the tarball’s gettext.m4 outranks Debian’s and calls the doctored macro.',
    change: {},
    step: 'autoreconf',
  },
  {
    text: 'Only x86-64 builds receive the object; on aarch64 (our reading of the script) the flags are still edited and the merge fails.',
    change: { arch: 'aarch64' },
    step: 'merge-object',
  },
  { text: 'clang is clean.', change: { compiler: 'clang' }, step: 'gate-compiler' },
  {
    text: 'A plain ./configure by hand is clean.',
    change: { packageBuild: 'plain' },
    step: 'gate-package',
  },
  {
    text: '5.6.0 and 5.6.1 use their own constants.',
    change: { version: '5.6.0' },
    step: 'stage1-tail',
  },
  { text: 'make check passes either way.', change: {}, step: 'make-check' },
  {
    text: 'Both resolvers are patched because both call _get_cpuid(): the first call counts, the second sets up.',
    change: {},
    step: 'runtime-resolvers',
  },
  {
    text: 'An sshd that does not link libsystemd never loads the backdoored library.',
    change: { sshd: 'sshd-upstream' },
    step: 'runtime-load',
  },
  {
    text: 'systemd’s later lazy loading of compression libraries cuts the same path.',
    change: { libsystemd: 'systemd-dlopen' },
    step: 'runtime-load',
  },
  {
    text: 'LD_BIND_NOT=1 stopped it in Freund’s tests.',
    change: { bindNot: true },
    step: 'runtime-hook',
  },
];

/** The claim's query string (?env=…&step=…), to append to the simulation page's path. */
export function claimQuery(claim: Claim): string {
  return serializeUrlState({ ...DEFAULT_ENVIRONMENT, ...claim.change }, claim.step ?? 'outcome');
}
