/**
 * The told story: the slides that carry the talk's argument (the hook, the stakes, the long con,
 * the tarball trick, run time, who, what to do) and the three takeaways. Each talking point names
 * the content/sources id its claim rests on; src/data/present-deck.ts resolves them, so a missing
 * source fails the build.
 */
import type { StorySlide } from './slides';

/** A talking point before its source id is resolved. */
export interface TalkPointSpec {
  text: string;
  source?: string;
}

export interface StorySpec {
  id: string;
  /** In the full deck the slide follows this chapter's opening slide. */
  afterChapter: number;
  visual: StorySlide['visual'];
  kicker: string;
  title: string;
  points: string[];
  contrast?: string[];
  talk: TalkPointSpec[];
  seconds: number;
  transition: string;
}

const FREUND = 'freund-oss-security-2024-03-29';

export const STORY: readonly StorySpec[] = [
  {
    id: 'story-half-second',
    afterChapter: 1,
    visual: 'half-second',
    kicker: 'Debian unstable, March 2024',
    title: 'Half a second too slow',
    points: [
      'A failing SSH login took 0.807 s instead of 0.299 s.',
      'Andres Freund asked why, and found a backdoor.',
    ],
    talk: [
      {
        text: 'Andres Freund, a PostgreSQL developer, was testing on Debian unstable and noticed sshd using surprising CPU.',
        source: FREUND,
      },
      {
        text: 'His own timings: a failing login took 0.299 s before, 0.807 s with the new xz — about half a second more.',
        source: FREUND,
      },
      {
        text: 'Profiling pointed at liblzma, a compression library sshd does not use itself.',
        source: FREUND,
      },
    ],
    seconds: 120,
    transition:
      'Why would a compression library matter to an SSH server? Because of the door it opened.',
  },
  {
    id: 'story-stakes',
    afterChapter: 2,
    visual: 'points',
    kicker: 'What was at stake',
    title: 'A hidden key to SSH servers',
    points: [
      'On Debian- and Fedora-style systems sshd loads liblzma through libsystemd.',
      'Whoever held the attacker’s key could run commands as root before any login.',
      'It reached testing and development branches only; no Debian stable release shipped it.',
      'CVE-2024-3094, scored 10.0 out of 10.',
    ],
    talk: [
      {
        text: 'sshd does not link liblzma; distributions patch it to notify systemd, and libsystemd pulls liblzma in.',
        source: FREUND,
      },
      {
        text: 'The payload runs commands sent by whoever holds the key: remote code execution, not a login bypass.',
        source: 'bsky-valsorda-3kowjkx2njy2b',
      },
      {
        text: 'Debian: only testing, unstable and experimental carried it; no stable release is known to be affected.',
        source: 'debian-dsa-5649-1',
      },
      {
        text: 'Red Hat reserved CVE-2024-3094 with the highest CVSS 3.1 base score, 10.0.',
        source: 'cve-2024-3094-record',
      },
    ],
    seconds: 90,
    transition:
      'It nearly shipped everywhere. How does someone get their code into xz in the first place?',
  },
  {
    id: 'story-long-con',
    afterChapter: 3,
    visual: 'long-con',
    kicker: 'The long con, 2021–2024',
    title: 'Two and a half years of patience',
    points: [],
    talk: [
      {
        text: 'October 2021: Jia Tan’s first patch is harmless, an editor settings file.',
        source: 'xz-devel-msg00512',
      },
      {
        text: '2022: the Jigar Kumar persona presses for a new maintainer; Lasse Collin answers that xz is an unpaid hobby and his capacity is limited.',
        source: 'xz-devel-msg00567',
      },
      {
        text: 'March 2023: Jia Tan tags the releases from then on.',
        source: 'xz-tag-v5-4-2',
      },
      {
        text: 'February and March 2024: 5.6.0 and 5.6.1 ship with the backdoor in their tarballs.',
        source: 'github-release-v5-6-0',
      },
      {
        text: 'Personas are marked on the slide: identities of the operation, not known people.',
      },
    ],
    seconds: 120,
    transition:
      'With release rights in hand, the attacker needed a place no reviewer looked: the tarball.',
  },
  {
    id: 'story-attack-chain',
    afterChapter: 4,
    visual: 'attack-chain',
    kicker: 'The tarball trick',
    title: 'From a release tarball to a command run by sshd',
    points: [],
    talk: [
      {
        text: 'A build from the git tag is clean: the payload sat in test files, but the trigger did not.',
        source: 'cox-xz-script',
      },
      {
        text: 'The trigger, a doctored m4/build-to-host.m4, was only in the release tarballs Jia Tan made and signed.',
        source: 'collin-xz-backdoor-page',
      },
      {
        text: 'configure unpacks the hidden script in stages; make links an object file into liblzma.',
        source: 'coldwind-bash-stage',
      },
    ],
    seconds: 120,
    transition: 'Let us watch those stages run, on harmless stand-in files.',
  },
  {
    id: 'story-run-time',
    afterChapter: 5,
    visual: 'points',
    kicker: 'The backdoor at run time',
    title: 'A lock that opens for one key',
    points: [
      'It runs while the dynamic linker is still filling sshd’s tables, before they are locked.',
      'It redirects RSA_public_decrypt to its own code.',
      'A command signed with the attacker’s Ed448 key runs as root; anything else passes through.',
      'Without that key no scan can tell a backdoored server from a clean one.',
    ],
    talk: [
      {
        text: 'An IFUNC resolver in the CRC code gave it a moment before RELRO made the tables read-only.',
        source: FREUND,
      },
      {
        text: 'xzbot documented the payload format: Ed448-signed, with a command for system().',
        source: 'xzbot-readme',
      },
      {
        text: 'Remote code execution for the key holder only.',
        source: 'bsky-valsorda-3kowjkx2njy2b',
      },
    ],
    seconds: 90,
    transition: 'A lock only one key opens. So whose key was it?',
  },
  {
    id: 'story-who',
    afterChapter: 6,
    visual: 'known-unknown',
    kicker: 'Who did it',
    title: 'What is recorded, and what is not',
    points: [
      'The persona Jia Tan (GitHub JiaT75) committed and released the backdoor.',
      'Other personas pressed the maintainer or sent the code it later used.',
      'GitHub suspended the accounts on 29 March 2024.',
    ],
    contrast: [
      'Who is behind the personas: no one has shown it in public.',
      'That one group ran them all is inferred, not recorded.',
      'A sponsor or motive: opinion, not evidence.',
    ],
    talk: [
      {
        text: 'Jia Tan is the identity that did the work; widely believed not to be a real person.',
        source: 'boehs-everything-i-know',
      },
      {
        text: 'In 2022 the Jigar Kumar persona demanded a new maintainer on the mailing list.',
        source: 'xz-devel-msg00566',
      },
      {
        text: 'Hans Jansen proposed the ifunc CRC code in 2023.',
        source: 'tukaani-project-xz-pr-53',
      },
      {
        text: 'If asked “which country?”: the record names no one, and neither will we.',
      },
    ],
    seconds: 90,
    transition: 'We cannot name them. We can make the next attempt harder.',
  },
  {
    id: 'story-what-to-do',
    afterChapter: 7,
    visual: 'points',
    kicker: 'What to do',
    title: 'Check, update, and close the door',
    points: [
      'Check: xz --version — 5.6.0 and 5.6.1 are the backdoored releases.',
      'Update: Debian went back to 5.4.5 as “5.6.1+really5.4.5”.',
      'Keep SSH off the open internet: allow-list who may connect.',
      'Build from what you review, or compare the tarball with its tag.',
    ],
    talk: [
      {
        text: 'The backdoored releases are 5.6.0 and 5.6.1 from the release tarballs.',
        source: 'collin-xz-backdoor-page',
      },
      {
        text: 'Debian’s +really version sorts above the compromised one and holds the 5.4.5 code.',
        source: 'debian-tracker-1515519',
      },
      {
        text: 'Arch Linux switched its xz package to build from git.',
        source: 'archlinux-news-xz-backdoored',
      },
    ],
    seconds: 90,
    transition: 'Three things to take home.',
  },
];

/** The closing slide's three takeaways. */
export const TAKEAWAYS: readonly string[] = [
  'A half-second caught what review missed: measure, and ask why.',
  'The tarball is not the git tag: build from what you review.',
  'An overworked maintainer is a security risk: support the people.',
];
