/**
 * The attack chain in nine links, from the git tag (whose build is clean) to a command run as
 * root by sshd.
 * Every link names the content/sources ids its wording rests on (tests/unit/content checks
 * they exist).
 */

export interface ChainLink {
  /** Short label, fits one printed line. */
  title: string;
  /** One or two sentences. */
  detail: string;
  /** Where the build stands: the first three are about what ships, the rest about what runs. */
  phase: 'source' | 'build' | 'runtime';
  sources: string[];
}

export const ATTACK_CHAIN: readonly ChainLink[] = [
  {
    title: 'A build from the git tag is clean',
    detail:
      'The repository already held the payload: two binary “test files” hiding an obfuscated script and an encrypted object file, and ifunc CRC code that gives it a hook. Without the trigger, a build from git runs none of it.',
    phase: 'source',
    sources: ['cox-xz-script', 'freund-oss-security-2024-03-29'],
  },
  {
    title: 'The tarball adds a doctored m4/build-to-host.m4',
    detail:
      'Jia Tan made and signed the 5.6.0 and 5.6.1 release tarballs. Their copy of this gnulib macro (“serial 30”) holds the trigger, already baked into the generated configure; GitHub’s automatic archives of the tag do not contain it.',
    phase: 'source',
    sources: ['collin-xz-backdoor-page', 'freund-oss-security-2024-03-29', 'james-faq'],
  },
  {
    title: './configure runs stage 0 → 1 → 2',
    detail:
      'At the end of configure the trigger swaps bytes in tests/files/bad-3-corrupt_lzma2.xz with tr and decompresses it into stage 1, a short script that carves and decrypts stage 2 out of good-large_compressed.lzma.',
    phase: 'build',
    sources: ['cox-xz-script', 'coldwind-bash-stage'],
  },
  {
    title: 'Gates: only the intended builds go on',
    detail:
      'Stage 2 exits silently unless it runs in an x86-64 Linux build with gcc and GNU ld, a shared liblzma with ifunc support, inside a Debian or RPM package build. Then it edits the Makefile and libtool.',
    phase: 'build',
    sources: ['freund-oss-security-2024-03-29', 'cox-xz-script'],
  },
  {
    title: 'make injects a prebuilt object',
    detail:
      'When liblzma is linked, the edited Makefile runs the chain again; stage 2 decrypts an object file and links it into liblzma’s CRC64 code. Nothing is written back to the source tree.',
    phase: 'build',
    sources: ['cox-xz-script', 'freund-oss-security-2024-03-29'],
  },
  {
    title: 'liblzma.so ships with the backdoor',
    detail:
      'The packaged shared library contains the backdoor, yet no readable source file shows it: the payload sits in binary test files, and the build writes nothing back to the source tree.',
    phase: 'build',
    sources: ['freund-oss-security-2024-03-29'],
  },
  {
    title: 'sshd loads it through libsystemd',
    detail:
      'Upstream OpenSSH does not use liblzma, but Debian, Fedora and others patch sshd to call sd_notify from libsystemd — and libsystemd linked liblzma.',
    phase: 'runtime',
    sources: ['freund-oss-security-2024-03-29', 'james-faq'],
  },
  {
    title: 'RSA_public_decrypt is hooked',
    detail:
      'During sshd’s start-up the doctored ifunc resolver runs while the GOT is still writable, and the backdoor points sshd’s RSA_public_decrypt at its own code.',
    phase: 'runtime',
    sources: ['freund-oss-security-2024-03-29'],
  },
  {
    title: 'Only the Ed448 key holder can trigger it',
    detail:
      'A command hidden in the client’s certificate must be signed with the attacker’s Ed448 key; then sshd runs it as root before authentication. For everyone else sshd works as usual, only about half a second slower.',
    phase: 'runtime',
    sources: ['xzbot-readme', 'freund-oss-security-2024-03-29'],
  },
];
