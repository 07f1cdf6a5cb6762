/**
 * "Which defence would have caught it?" Each control is evaluated against the same model the
 * simulation runs on: the file lists, the m4 serials, or a whole simulated build. The builds are
 * not run here: `buildNeededBy` names the one a defence rests on, the caller runs it (the page in
 * the engine's worker) and hands its outcome to `evaluateDefence`.
 */
import { M4_SERIAL, type SourceId, type Version } from './constants.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from './environment.ts';
import { M4_DIFF_TOTALS } from './m4-diff.ts';
import type { Outcome } from './trace.ts';
import { tarballTree, tarballVsGit } from './trees.ts';

/** The attack as a chain of links; a defence breaks one of them (or none). */
export const CHAIN = [
  { id: 'commit', label: 'Carriers committed as test files' },
  { id: 'release', label: 'Tarball made and signed' },
  { id: 'import', label: 'Distro imports the tarball' },
  { id: 'configure', label: 'configure: stages 0 → 2' },
  { id: 'make', label: 'make merges the object' },
  { id: 'ship', label: 'liblzma ships' },
  { id: 'runtime', label: 'sshd loads the hook' },
] as const;
export type ChainLink = (typeof CHAIN)[number]['id'];

export const DEFENCES = [
  { id: 'file-list', label: 'Tarball-vs-git file-list check' },
  { id: 'm4-diff', label: 'Content diff of m4 files against upstream' },
  { id: 'reproducible-dist', label: 'Reproducible make dist from the tag' },
  { id: 'git-autoreconf', label: 'Build from git with autoreconf' },
  { id: 'reproducible-builds', label: 'Bit-for-bit reproducible builds' },
  {
    id: 'tarball-vs-git-build',
    label: 'Compare a tarball build with a build bootstrapped from git',
  },
  { id: 'slsa', label: 'SLSA build provenance' },
  { id: 'no-binary-tests', label: 'No binary test files in git' },
  { id: 'sshd-no-libsystemd', label: 'sshd does not link libsystemd' },
  { id: 'runtime', label: 'Run-time signals: Valgrind, login latency' },
] as const;
export type DefenceId = (typeof DEFENCES)[number]['id'];

export interface DefenceResult {
  id: DefenceId;
  caught: boolean;
  /** The link where the chain breaks; null when the attack gets through. */
  breaksAt: ChainLink | null;
  headline: string;
  evidence: string[];
  caveat?: string;
  sources: SourceId[];
}

export const isDefenceId = (value: string): value is DefenceId =>
  DEFENCES.some((d) => d.id === value);

/** A simulated build of the attack's own target machine, with or without the carrier files. */
export interface DefenceBuild {
  env: Environment;
  withCarriers: boolean;
}

/** The build a defence's verdict rests on, or null when the file model alone decides it. */
export function buildNeededBy(
  id: DefenceId,
  version: Version = DEFAULT_ENVIRONMENT.version,
): DefenceBuild | null {
  const target = { ...DEFAULT_ENVIRONMENT, version };
  if (id === 'git-autoreconf') return { env: { ...target, source: 'git' }, withCarriers: true };
  if (id === 'no-binary-tests') return { env: target, withCarriers: false };
  if (id === 'reproducible-builds' || id === 'tarball-vs-git-build')
    return { env: target, withCarriers: true };
  if (id === 'sshd-no-libsystemd')
    return { env: { ...target, sshd: 'sshd-upstream' }, withCarriers: true };
  return null;
}

/** What a defence reads of its build's outcome. */
export type BuildVerdict = Pick<Outcome, 'verdict' | 'decidedBy'> &
  Partial<Pick<Outcome, 'digests' | 'runtime'>>;

/** Short form of a stand-in digest, labelled so nobody mistakes it for an indicator. */
const standIn = (digest: string | undefined) => `${(digest ?? '?').slice(0, 12)}… (stand-in)`;

/** Evaluates a defence; `built` is the outcome of `buildNeededBy(id)` when that is not null. */
export function evaluateDefence(id: DefenceId, built: BuildVerdict | null = null): DefenceResult {
  const outcome = (): BuildVerdict => {
    if (!built)
      throw new Error(`The “${id}” defence needs the outcome of the build buildNeededBy names.`);
    return built;
  };
  const tarball = tarballTree();
  switch (id) {
    case 'file-list': {
      const lists = tarballVsGit();
      const { unexpected } = lists;
      return {
        id,
        caught: unexpected.length > 0,
        breaksAt: unexpected.length > 0 ? 'import' : null,
        headline: 'Misses it: every tarball-only file is an expected autotools file.',
        evidence: [
          `${lists.onlyInTarball.length} files only in the tarball, ${unexpected.length} unexpected`,
          'm4/build-to-host.m4 matches the allow-list pattern m4/*.m4, like gettext.m4 and libtool.m4',
          'the two carrier files are in git too, so a list check never sees them as new',
        ],
        caveat:
          'A rule that "the tarball may only add files to the git tag" would have passed xz, as Jacob Bachmeyer pointed out when the rule was proposed after the attack.',
        sources: ['faq', 'bachmeyer'],
      };
    }
    case 'm4-diff': {
      const changed = tarball.filter((f) => f.origin === 'modified' && f.path.startsWith('m4/'));
      return {
        id,
        caught: changed.length > 0,
        breaksAt: 'import',
        headline: 'Catches it before the build: one m4 file differs from its upstream.',
        evidence: changed.map(
          (f) =>
            `${f.path}: # serial ${f.serial} in the tarball, serial ${M4_SERIAL.gnulib} upstream; ${M4_DIFF_TOTALS.changed} lines changed, ${M4_DIFF_TOTALS.added} added`,
        ),
        caveat:
          'Needs an upstream copy to compare with, and someone who reads the difference. Bruno Haible warned of false positives: libtool.m4 is often shipped modified, and pkg.m4 has no single upstream; for gnulib macros such as build-to-host.m4 the check is reasonable.',
        sources: ['faq', 'cox', 'haible'],
      };
    }
    case 'reproducible-dist': {
      const rebuilt = tarballTree({ doctored: false });
      const differs = tarball.filter((f) => {
        const twin = rebuilt.find((r) => r.path === f.path);
        return !twin || twin.origin !== f.origin || twin.serial !== f.serial;
      });
      return {
        id,
        caught: differs.length > 0,
        breaksAt: 'release',
        headline:
          'Catches it at release: re-running make dist on the tag does not give the same tarball.',
        evidence: differs.map(
          (f) =>
            `${f.path} differs${f.serial ? ` (serial ${f.serial} vs ${M4_SERIAL.gnulib})` : ''}`,
        ),
        caveat:
          'Only if the rebuild uses the same autotools versions; otherwise honest noise hides the one real difference.',
        sources: ['lasse'],
      };
    }
    case 'git-autoreconf': {
      const { verdict, decidedBy } = outcome();
      return {
        id,
        caught: verdict === 'clean',
        breaksAt: 'configure',
        headline: 'Catches it: a build from the git tag never runs the trigger.',
        evidence: [
          `simulated build of the default environment from git: ${verdict}`,
          `decided at “${decidedBy.title}”: ${decidedBy.reason}`,
        ],
        caveat:
          'The carriers and the ifunc hook code are in git too; only the trigger lived in the tarball. Running autoreconf -f -i on the tarball did not help: Debian’s build did exactly that, and the tarball’s higher-serial m4 files survived it.',
        sources: ['freund', 'jover', 'serials'],
      };
    }
    case 'slsa':
      return {
        id,
        caught: true,
        breaksAt: 'import',
        headline:
          'Catches it if verified: the tarball has no provenance from a trusted builder running on the tag.',
        evidence: [
          'SLSA v1.0 threat (C), “build from modified source”: the tarball was built from a tree that does not match the repository',
          'a hand-made tarball cannot show provenance naming the tag and a hosted build platform',
        ],
        caveat: 'SLSA does not address the insider who committed the carriers to git (threat A).',
        sources: ['slsa'],
      };
    case 'no-binary-tests': {
      const { verdict, decidedBy } = outcome();
      return {
        id,
        caught: verdict === 'clean',
        breaksAt: 'commit',
        headline:
          'Catches it only together with a tarball-vs-git check: the attacker made the tarball by hand and could have put the carriers only there.',
        evidence: [
          `simulated default build without the two test files: ${verdict}`,
          `decided at “${decidedBy.title}”: ${decidedBy.reason}`,
        ],
        caveat:
          'Alone, the policy moves the carriers from git into the hand-made tarball, where a tarball-vs-git comparison is what finds them. A compression library also needs binary test files: the policy would have to mean "generated from source in the build", not "none at all".',
        sources: ['cox'],
      };
    }
    case 'reproducible-builds': {
      const { verdict, digests } = outcome();
      return {
        id,
        caught: false,
        breaksAt: null,
        headline: 'Misses it: the same tarball reproduces the same backdoored library.',
        evidence: [
          `simulated default build from the tarball: ${verdict}, ${standIn(digests?.built)}`,
          'a second build of the same tarball on another machine gives the same bytes: the build is deterministic, the backdoor included',
        ],
        caveat:
          'Our reasoning, not a cited finding: reproducibility shows that a binary matches its source. Here the source, the release tarball, was the problem: the payload arrives with it. Compare against a build from git instead (the next control).',
        sources: [],
      };
    }
    case 'tarball-vs-git-build': {
      const { digests } = outcome();
      const differs = !!digests && digests.built !== digests.reference;
      return {
        id,
        caught: differs,
        breaksAt: differs ? 'ship' : null,
        headline:
          'Catches it: the library built from the tarball differs from one bootstrapped from the git tag on the same machine.',
        evidence: [
          `from the tarball: ${standIn(digests?.built)}`,
          `from the git tag (autogen.sh): ${standIn(digests?.reference)}`,
          differs ? 'different: something in the tarball changed the build' : 'identical',
        ],
        caveat:
          'Needs reproducible builds on both sides, so that an honest difference does not drown the real one, and someone who follows the difference to m4/build-to-host.m4. Digests here are of our stand-in bytes.',
        sources: ['freund', 'jover'],
      };
    }
    case 'sshd-no-libsystemd': {
      const { verdict, runtime } = outcome();
      const safe = verdict === 'clean' || runtime?.hooked === false;
      return {
        id,
        caught: safe,
        breaksAt: safe ? 'runtime' : null,
        headline:
          'Stops this attack at run time: an sshd without libsystemd never loads liblzma (upstream OpenSSH, Arch).',
        evidence: [
          `simulated default build, sshd without libsystemd: library ${verdict}`,
          runtime?.hooked === false
            ? 'run time: liblzma is never loaded into sshd, so the hook never runs'
            : 'run time: not reached',
        ],
        caveat:
          'The library is still backdoored and ships. It only stopped the path this backdoor was built for; a future one could use another.',
        sources: ['freund', 'arch'],
      };
    }
    case 'runtime':
      return {
        id,
        caught: true,
        breaksAt: 'runtime',
        headline: 'Catches it late — this is how it was found, after release.',
        evidence: [
          'sshd logins took about 0.5 s more CPU (Freund: 0.299 s → 0.807 s)',
          'Valgrind reported errors in liblzma in some 5.6.0 builds',
        ],
        caveat:
          'Depends on luck and a curious engineer; by then the packages had shipped to testing distributions.',
        sources: ['freund'],
      };
  }
}
