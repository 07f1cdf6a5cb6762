/**
 * The worker's race between the network and the cache for pages, under fake timers: a slow
 * network loses to the cached copy after three seconds, a fast one still wins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { serviceWorkerSource } from '../../../../../scripts/lib/offline/service-worker';

const ORIGIN = 'https://xz.example';
/** The documented wait for the network before the cache answers (bad venue Wi-Fi). */
const NETWORK_TIMEOUT_MS = 3000;
const PAGE = `${ORIGIN}/story/`;

/** Runs the worker with one cached page and a network that answers after `delay` ms. */
function workerWithNetwork(delay: number) {
  const handlers = new Map<string, (event: unknown) => void>();
  const cached = new Response('cached story', { status: 200 });
  const cache = { match: async () => cached.clone(), addAll: async () => undefined };
  const network = vi.fn(
    () =>
      new Promise<Response>((resolve) =>
        setTimeout(() => resolve(new Response('fresh story', { status: 200 })), delay),
      ),
  );
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, handler: (event: unknown) => void) =>
      handlers.set(type, handler),
  };
  const caches = { open: async () => cache, keys: async () => [], delete: async () => true };
  const manifest = { version: 'c3', cacheName: 'xz-site-c3', urls: ['/story/'] };
  new Function('self', 'caches', 'fetch', 'setTimeout', serviceWorkerSource(manifest, '/'))(
    self,
    caches,
    network,
    setTimeout,
  );
  /** Asks for the page; resolves to the body text and the fake time it took. */
  return async () => {
    let answer: Promise<Response> | undefined;
    const request = new Request(PAGE);
    Object.defineProperty(request, 'mode', { value: 'navigate' });
    const started = Date.now();
    handlers.get('fetch')!({ request, respondWith: (p: Promise<Response>) => (answer = p) });
    let settled: { text: string; after: number } | undefined;
    void answer!.then(async (response) => {
      settled = { text: await response.text(), after: Date.now() - started };
    });
    await vi.advanceTimersByTimeAsync(60_000);
    return settled!;
  };
}

describe('pages on a slow network', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('serve the cached copy once the network has taken three seconds', async () => {
    const result = await workerWithNetwork(10_000)();
    expect(result).toEqual({ text: 'cached story', after: NETWORK_TIMEOUT_MS });
  });

  it('serve the network’s page when it answers in time, even just before the limit', async () => {
    expect(await workerWithNetwork(50)()).toEqual({ text: 'fresh story', after: 50 });
    expect(await workerWithNetwork(NETWORK_TIMEOUT_MS - 1)()).toEqual({
      text: 'fresh story',
      after: NETWORK_TIMEOUT_MS - 1,
    });
  });
});
