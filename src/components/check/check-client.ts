/**
 * Starts the check worker when the page loads — so that no request is made once the reader has
 * picked files, and the check works offline — and runs one check at a time through it.
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
