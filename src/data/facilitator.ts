/**
 * The facilitator guide's own words: a discussion question per chapter with the points a good
 * answer makes, and the questions rooms ask. Every fact here is one the chapters and quiz already
 * state; each item names the content/sources files it rests on, checked at build time.
 */
import type { Source } from '../lib/content/model';
import { getLibrary } from './content';
import { failOnProblems } from './content-problems';

interface Sourced {
  sources: string[];
}

export interface Discussion extends Sourced {
  chapter: string;
  question: string;
  points: string[];
}

export interface RoomQuestion extends Sourced {
  question: string;
  answer: string;
}

const DISCUSSIONS: Discussion[] = [
  {
    chapter: '01-the-half-second',
    question:
      'Freund saw a failing login go from 0.299 to 0.807 seconds. Why was that worth chasing instead of blaming a noisy machine?',
    points: [
      'The slowdown came with other symptoms over weeks: sshd logins using a lot of CPU and Valgrind errors inside liblzma.',
      'He measured and profiled rather than guessed, and the extra time pointed into liblzma.',
      'He reported privately first; the CVE was reserved about 13 minutes before his public post.',
    ],
    sources: ['freund-oss-security-2024-03-29', 'redhat-bug-2267598', 'cve-2024-3094-record'],
  },
  {
    chapter: '02-what-was-at-stake',
    question:
      'Would a typical Linux server in your organisation have been exposed? How do you know?',
    points: [
      'Only x86-64 glibc systems with xz 5.6.0 or 5.6.1 from a Debian or RPM package build, whose sshd was patched to use libsystemd.',
      "Debian's advisory lists testing, unstable and experimental, and no stable release.",
      'CVSS 10.0 says how severe the flaw is on a system that has it, not how many systems had it.',
    ],
    sources: ['freund-oss-security-2024-03-29', 'debian-dsa-5649-1', 'cve-2024-3094-record'],
  },
  {
    chapter: '03-the-long-con',
    question: 'At which point in the long con could the project or its users have noticed?',
    points: [
      'The first contribution, in October 2021, was a harmless `.editorconfig` patch: trust was built slowly.',
      'In 2022 other identities pressed an unpaid maintainer, saying nothing would progress until xz had a new maintainer.',
      'Calling those identities sock puppets is an inference from their behaviour, not a proven fact.',
      'In July 2023 the oss-fuzz build had IFUNC switched off, which only looks suspicious in hindsight.',
    ],
    sources: ['xz-devel-msg00512', 'xz-devel-msg00566', 'cox-timeline', 'google-oss-fuzz-pr-10667'],
  },
  {
    chapter: '04-the-tarball-trick',
    question: 'Why did reading the git repository not reveal the backdoor?',
    points: [
      'The payload sat in test files committed to git; only the trigger, a modified `m4/build-to-host.m4`, was tarball-only.',
      'So a build from the git tag is clean, while the git tag itself still held the payload files.',
      'The injection ran only on x86-64 Linux with GCC and the GNU linker, as a Debian or RPM package build.',
      'Autotools tarballs legitimately carry generated files that git lacks, so a file-list comparison would not have stood out.',
    ],
    sources: ['collin-xz-backdoor-page', 'freund-oss-security-2024-03-29', 'xz-git-4323bc3e'],
  },
  {
    chapter: '05-the-backdoor-at-run-time',
    question: 'Explain to a manager why no network scan could find a backdoored server.',
    points: [
      "An IFUNC resolver let the code run at start-up, before sshd's own code, while the GOT was still writable.",
      'It redirected `RSA_public_decrypt` and acted only on requests signed with the attacker’s Ed448 key.',
      'Everyone else saw a normal sshd; what the key holder got was remote code execution, not a password bypass.',
    ],
    sources: ['freund-oss-security-2024-03-29', 'xzbot-readme', 'bsky-valsorda-3kowjkx2njy2b'],
  },
  {
    chapter: '06-who-did-it',
    question: 'Someone in the room asks who did it. How do you answer without guessing?',
    points: [
      'Separate the record (commits and mails under persona names) from inference and from opinion.',
      '442 of the 451 commits naming Jia Tan carry a UTC+08:00 offset: a clock setting, shared by several countries and easy to set on purpose.',
      'No attribution with evidence has been published; attribution stays inferred, and the guide names no country, agency or person.',
    ],
    sources: ['xz-git-history-v5-6-1', 'launchpad-bug-2059417'],
  },
  {
    chapter: '07-what-to-do',
    question: 'What would you check on your own systems on Monday morning?',
    points: [
      '`xz --version` shows the versions of both the tool and liblzma; the backdoored releases are 5.6.0 and 5.6.1.',
      "`ldd /usr/sbin/sshd | grep -E 'liblzma|libsystemd'` shows whether sshd loads liblzma at all.",
      "Debian's `5.6.1+really5.4.5-1` holds the 5.4.5 code; CISA urged a downgrade to 5.4.6.",
      'Keep SSH off the open internet behind an allow-list.',
    ],
    sources: [
      'freund-oss-security-2024-03-29',
      'debian-tracker-1515519',
      'cisa-alert-2024-03-29-xz',
    ],
  },
  {
    chapter: '08-lessons',
    question: 'Which control would have helped most against xz, and what are its limits?',
    points: [
      'Signatures and provenance vouch for the release of someone entitled to publish, and the attacker was that maintainer.',
      'Reproducible builds from the same poisoned tarball reproduce the same poisoned library.',
      'Comparing tarball contents with git, not just file lists, targets the actual trick.',
      'Supporting maintainers is a security measure: the pressure landed on one unpaid person.',
    ],
    sources: ['github-release-v5-6-0', 'collin-xz-backdoor-page', 'xz-devel-msg00567'],
  },
  {
    chapter: '09-since-2024',
    question: 'Is the xz story over?',
    points: [
      'In 2025 Binarly found Docker Hub images from March 2024 that still held 5.6.0 or 5.6.1, and images built on them.',
      'Later xz CVEs such as CVE-2025-31115 are ordinary bugs fixed in the open, not new backdoors.',
      'In May 2026 malicious packages carried valid provenance: provenance says which pipeline built a package, not that it is safe.',
    ],
    sources: ['binarly-xz-docker-images', 'cve-2025-31115-record', 'slsa-blog-mini-shai-hulud'],
  },
];

const ROOM_QUESTIONS: RoomQuestion[] = [
  {
    question: '“Was it a state actor? Which country?”',
    answer:
      'Unknown. The record shows personas, their commits and their mails; 442 of the 451 commits naming Jia Tan carry a UTC+08:00 offset, which is a setting on a computer, shared by several countries. No attribution with evidence has been published, so any answer beyond that is inference. Do not name a country, an agency or a person.',
    sources: ['xz-git-history-v5-6-1', 'cox-timeline'],
  },
  {
    question: '“Are we affected?”',
    answer:
      'Only if a system ran upstream XZ Utils 5.6.0 or 5.6.1 (CVE-2024-3094). They reached mostly pre-release branches: Debian lists testing, unstable and experimental, no stable release. The hidden code loaded only on x86-64 glibc systems from a Debian or RPM package build whose sshd used libsystemd. Check with `xz --version`; CISA urged a downgrade to 5.4.6. Old container images from March 2024 may still hold the two versions.',
    sources: [
      'cve-2024-3094-record',
      'debian-dsa-5649-1',
      'cisa-alert-2024-03-29-xz',
      'freund-oss-security-2024-03-29',
      'binarly-xz-docker-images',
    ],
  },
  {
    question: '“Would signing have stopped it?”',
    answer:
      'No. Jia Tan was a co-maintainer with the right to release and made and signed the 5.6.0 and 5.6.1 tarballs, so every signature check passed. A signature proves who released the bytes, not that they are safe; the same holds for provenance.',
    sources: ['github-release-v5-6-0', 'slsa-blog-mini-shai-hulud'],
  },
  {
    question: '“Would reproducible builds have caught it?”',
    answer:
      'Not on their own: every builder started from the same doctored tarball and would reproduce the same result. Comparing the tarball with the git tag points at the trick.',
    sources: ['collin-xz-backdoor-page'],
  },
  {
    question: '“Could anyone log in without a password?”',
    answer:
      'No. It gave remote code execution before login, and only to whoever held the attacker’s Ed448 private key; everyone else saw a normal sshd.',
    sources: ['bsky-valsorda-3kowjkx2njy2b', 'xzbot-readme'],
  },
];

/**
 * The pre/post self-assessment: the same statements before and after the session, each rated
 * 1 (not at all) to 5 (confidently), so the room sees what moved. Written for both routes.
 */
export const SELF_ASSESSMENT: readonly string[] = [
  'I can explain in two sentences how the xz backdoor was found.',
  'I can say which systems could have been exposed, and how we would check ours.',
  'I can recognise pressure on a maintainer or colleague to hand over access.',
  'I can answer “who did it?” without guessing a person, a country or an agency.',
  'I know what a signed release proves, and what it does not.',
  'I can name a question to ask before we depend on an open-source project.',
];

type Resolved<T> = Omit<T, 'sources'> & { sources: Source[] };

export interface FacilitatorText {
  discussions: Map<string, Resolved<Discussion>>;
  roomQuestions: Resolved<RoomQuestion>[];
}

/** The guide's text with sources resolved; an unknown source or chapter fails the build. */
export async function getFacilitatorText(): Promise<FacilitatorText> {
  const library = await getLibrary();
  const chapters = new Set(library.chapters.map((chapter) => chapter.id));
  const problems: string[] = [];
  const resolve = <T extends Sourced>(item: T, where: string): Resolved<T> => ({
    ...item,
    sources: item.sources.flatMap((id) => {
      const source = library.sources.get(id);
      if (!source) problems.push(`${where}: source "${id}" is not a file in content/sources/`);
      return source ? [source] : [];
    }),
  });
  for (const id of chapters)
    if (!DISCUSSIONS.some((item) => item.chapter === id))
      problems.push(`chapter "${id}" has no discussion question`);
  const discussions = new Map(
    DISCUSSIONS.map((item) => {
      if (!chapters.has(item.chapter))
        problems.push(`discussion: chapter "${item.chapter}" is not a file in content/chapters/`);
      return [item.chapter, resolve(item, `discussion for ${item.chapter}`)];
    }),
  );
  const roomQuestions = ROOM_QUESTIONS.map((item) => resolve(item, item.question));
  failOnProblems(
    'The facilitator guide',
    problems,
    'Each discussion and room question in src/data/facilitator.ts must cite files in content/sources/.',
  );
  return { discussions, roomQuestions };
}
