/**
 * Runs the simulation in a worker (./engine.worker.ts) so the page stays responsive while the
 * engine works, and in the page itself where a worker cannot start (an old browser, a host page's
 * policy): the result is the same trace either way.
 */
import type { SimulationInput } from '../../lib/simulation/simulate';
import type { Trace } from '../../lib/simulation/trace';

type Reply = { id: number; trace: Trace } | { id: number; error: string };

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (trace: Trace) => void; reject: (error: Error) => void }
>();

function startWorker(): Worker | null {
  try {
    const started = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('trace' in reply) pending?.resolve(reply.trace);
      else pending?.reject(new Error(reply.error));
    });
    // A worker that fails to load hands its pending runs to the page and is not tried again.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      worker = null;
      for (const pending of waiting.values()) pending.reject(new Error('worker unavailable'));
      waiting.clear();
    });
    return started;
  } catch {
    return null;
  }
}

async function inPage(input: SimulationInput): Promise<Trace> {
  const { simulate } = await import('../../lib/simulation/simulate');
  return simulate(input);
}

/** Starts the worker early, so its script loads while the stand-in files are still on the way. */
export function prepareEngine(): void {
  if (worker === undefined) worker = startWorker();
}

export async function runSimulation(input: SimulationInput): Promise<Trace> {
  prepareEngine();
  const running = worker;
  if (!running) return inPage(input);
  const id = nextId++;
  try {
    return await new Promise<Trace>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      running.postMessage({ id, input });
    });
  } catch (error) {
    if (worker === null) return inPage(input);
    throw error;
  }
}
