/**
 * After the build: what the backdoored liblzma does once a distribution's sshd loads it. Nothing
 * here executes anything; each step describes, on stand-ins, what Freund observed and what
 * xzbot documented, and three settings of the machine that runs sshd can break the chain.
 */
import type { RunContext } from './context.ts';
import type { TraceRecorder } from './trace.ts';

/** Where the run-time chain ended, when it did not reach the hook. */
export interface RuntimeResult {
  hooked: boolean;
  stoppedAt: string | null;
}

const SSHD = '/usr/sbin/sshd';

function lddLines(ctx: RunContext): string[] {
  const { sshd, libsystemd } = ctx.env;
  const libcrypto = '  libcrypto.so.3 => /lib/x86_64-linux-gnu/libcrypto.so.3';
  if (sshd === 'sshd-upstream') return [libcrypto, '(no libsystemd, no liblzma)'];
  return [
    libcrypto,
    '  libsystemd.so.0 => /lib/x86_64-linux-gnu/libsystemd.so.0',
    ...(libsystemd === 'systemd-linked'
      ? [`  liblzma.so.5 => /lib/x86_64-linux-gnu/liblzma.so.5   ← the library built above`]
      : ['(no liblzma: this libsystemd opens it with dlopen() only when it needs compression)']),
  ];
}

export function runRuntime(rec: TraceRecorder, ctx: RunContext): RuntimeResult {
  const { env } = ctx;
  const loads = rec.gate(
    {
      id: 'runtime-load',
      phase: 'runtime',
      title: 'sshd starts and loads liblzma through libsystemd',
      command: `ldd ${SSHD} | grep -E 'crypto|systemd|lzma'   # stand-in output`,
      before: lddLines(ctx),
      explain:
        'OpenSSH itself does not use liblzma. Debian, Fedora and others patch sshd to report readiness to systemd with sd_notify(), which links libsystemd — and libsystemd linked liblzma. Upstream OpenSSH and distributions without that patch (Arch, Gentoo) never load it. systemd later loads compression libraries only when they are used (pull request 31550, merged 2024-03-05), which cuts this path.',
      touches: [
        { tree: 'build', path: `src/liblzma/.libs/${ctx.facts.libraryName}`, change: 'read' },
      ],
      sources: ['freund', 'arch', 'systemdDlopen'],
    },
    env.sshd === 'sshd-upstream'
      ? { passed: false, reason: 'this sshd does not link libsystemd, so liblzma is never loaded' }
      : env.libsystemd === 'systemd-dlopen'
        ? {
            passed: false,
            reason:
              'libsystemd no longer links liblzma; sd_notify() never needs compression, so liblzma is not loaded',
          }
        : {
            passed: true,
            reason: 'sshd → libsystemd → liblzma: the doctored library is in the process',
          },
    ['sshd runs as usual; the backdoored library stays on disk, unused by sshd'],
  );
  if (!loads) return { hooked: false, stoppedAt: 'runtime-load' };

  rec.add({
    id: 'runtime-resolvers',
    phase: 'runtime',
    title: 'Start-up: both ifunc resolvers run, and call _get_cpuid()',
    command: `readelf -d ${SSHD} | grep -E 'BIND_NOW|FLAGS'   # stand-in: sshd is linked -Wl,-z,now`,
    output: [
      ' (FLAGS)  BIND_NOW',
      'crc32_resolve() → _is_arch_extension_supported() → _get_cpuid(): first call, only counts',
      'crc64_resolve() → _is_arch_extension_supported() → _get_cpuid(): second call, sets up the hook',
    ],
    explain:
      'sshd is linked with -z now, so the dynamic linker resolves every symbol at start-up, ifunc resolvers included. This is why stage 2 patched both resolvers: both call the injected _get_cpuid(); the first call only counts, the second does the work. It is mechanism, not camouflage.',
    sources: ['freund'],
  });

  const hooked = rec.gate(
    {
      id: 'runtime-hook',
      phase: 'runtime',
      title: 'An audit hook repoints RSA_public_decrypt before RELRO',
      command: `gdb -p $(pidof sshd) -ex 'watch _rtld_global_ro._dl_naudit'   # how Freund observed it; not run here`,
      before: [
        `environment checks Freund observed: TERM unset, argv[0] = ${SSHD}, LD_DEBUG and LD_PROFILE unset, LANG set`,
        ...(env.bindNot ? ['LD_BIND_NOT=1 is set for sshd'] : []),
      ],
      explain:
        'liblzma is resolved before sshd’s own symbols. The backdoor installs a temporary audit hook in the dynamic linker, waits for RSA_public_decrypt@got.plt to be resolved, points that entry at its own code, and removes the hook — all before -z relro makes the table read-only. Started with LD_BIND_NOT=1, the backdoor did not appear to work in Freund’s tests.',
      sources: ['freund'],
    },
    env.bindNot
      ? {
          passed: false,
          reason:
            'with LD_BIND_NOT=1 the backdoor does not appear to work (Freund’s observation; we model it as stopping here)',
        }
      : { passed: true, reason: 'RSA_public_decrypt@got.plt now points into liblzma' },
    ['sshd runs as usual'],
  );
  if (!hooked) return { hooked: false, stoppedAt: 'runtime-hook' };

  rec.add({
    id: 'runtime-login',
    phase: 'runtime',
    title: 'Everyone else logs in as usual, about half a second slower',
    command: 'time ssh nonexistant@localhost   # Freund’s measurement',
    output: [
      'nonexistant@localhost: Permission denied (publickey).',
      'real 0m0.299s before → real 0m0.807s with the backdoored liblzma',
    ],
    explain:
      'For any other key the hook hands over to the real RSA_public_decrypt, so logins behave normally. The start-up work (parsing symbol tables in memory) is the slowdown that made Freund look.',
    sources: ['freund'],
  });

  rec.add({
    id: 'runtime-trigger',
    phase: 'runtime',
    title: 'Only a command signed with the attacker’s Ed448 key runs',
    command: 'ssh -o CertificateFile=… host   # described, never run: no key, no payload here',
    output: [
      'SSH certificate → CA signing key → RSA modulus N carries: cmd1 · cmd2 · cmd3 header, then 240 bytes ChaCha20-encrypted',
      'inside: a 114-byte Ed448 signature over cmd1, the first 5 command bytes and the server host key’s SHA-256, then the command',
      'valid signature → system(command) as root, before authentication, with no INFO-or-higher log entry',
      'any other certificate → the real RSA_public_decrypt: nothing happens',
    ],
    explain:
      'Only whoever holds the private half of the Ed448 key compiled into the object can use the backdoor, and a payload only works against the host it was signed for. xzbot showed this by patching in a key of its own.',
    endsChain: true,
    sources: ['xzbot', 'freund'],
  });
  return { hooked: true, stoppedAt: null };
}
