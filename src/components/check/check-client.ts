/**
 * Starts the check workers when the page loads — so that no request is made once the reader has
 * picked files, and the check works offline — and runs one check at a time through them. The
 * side reader gets one end of a channel and the check worker the other: the git archive's
 * entries go from one worker to the other without passing this thread.
 */
import type { CheckReply, CheckRequest } from './check-messages';

export type CheckResult = Extract<CheckReply, { report: unknown }>;

export class CheckClient {
  #worker: Worker | null;
  #nextId = 0;

  constructor() {
    try {
      this.#worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.#worker = null;
      return;
    }
    try {
      const side = new Worker(new URL('./check-side.worker.ts', import.meta.url), {
        type: 'module',
      });
      // A side reader that fails to start: the check worker reads both archives itself.
      side.addEventListener('error', () => this.#worker?.postMessage({ port: null }));
      const channel = new MessageChannel();
      side.postMessage({ port: channel.port1 }, [channel.port1]);
      this.#worker.postMessage({ port: channel.port2 }, [channel.port2]);
    } catch {
      // One worker still checks; it reads both archives itself.
    }
  }

  /** Resolves with the report, or rejects with a message for the reader. */
  run(
    tarball: File,
    git: CheckRequest['git'],
    onProgress: (message: string) => void,
  ): Promise<CheckResult> {
    const worker = this.#worker;
    if (!worker)
      return Promise.reject(
        new Error(
          'this browser could not start a background worker, so the check cannot run without freezing the page',
        ),
      );
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<CheckReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if ('progress' in reply) return onProgress(reply.progress);
        worker.removeEventListener('message', onMessage);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ id, tarball, git } satisfies CheckRequest);
    });
  }
}
