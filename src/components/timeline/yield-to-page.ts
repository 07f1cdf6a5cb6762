/**
 * Hands the main thread back to the browser (input, paint) and resolves in a new task:
 * scheduler.yield where Chromium has it (the continuation keeps its place in the queue), a
 * message round-trip elsewhere (no 4 ms timer clamp after a few nested pauses).
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
