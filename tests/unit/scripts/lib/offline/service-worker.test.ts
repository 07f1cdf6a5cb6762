/**
 * Runs the generated worker text in a fake ServiceWorkerGlobalScope: real Request/Response
 * from Node, in-memory caches, and a network the test switches on and off.
 */
import { describe, expect, it, vi } from 'vitest';

import type { PrecacheManifest } from '../../../../../scripts/lib/offline/manifest';
import { serviceWorkerSource } from '../../../../../scripts/lib/offline/service-worker';

const ORIGIN = 'https://xz.example';
const manifest: PrecacheManifest = {
  version: 'b2',
  cacheName: 'xz-site-/xz/b2',
  urls: [
    '/xz/',
    '/xz/404.html',
    '/xz/_astro/app.1a2b.js',
    '/xz/search/',
    '/xz/pagefind/pagefind.js',
    '/xz/pagefind/fragment/en_1.pf_fragment',
  ],
};

type Handler = (event: {
  request?: Request;
  waitUntil?: (p: Promise<unknown>) => void;
  respondWith?: (p: Promise<Response>) => void;
}) => void;

function worker(
  options: {
    cacheNames?: string[];
    /** Cache name → paths it already holds (their bodies say "old <path>"). */
    filled?: Record<string, string[]>;
    saveData?: boolean;
    /** Paths the host answers with a redirect to the same content (like /404.html → /404). */
    redirects?: string[];
  } = {},
) {
  const stores = new Map<string, Map<string, Response>>();
  for (const name of options.cacheNames ?? []) stores.set(name, new Map());
  for (const [name, paths] of Object.entries(options.filled ?? {}))
    stores.set(
      name,
      new Map(paths.map((path) => [`${ORIGIN}${path}`, new Response(`old ${path}`)])),
    );
  const keyOf = (request: Request | string, ignoreSearch = false) => {
    const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
    if (ignoreSearch) url.search = '';
    return url.href;
  };
  const openCache = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      addAll: async (requests: Request[]) => {
        for (const request of requests) {
          const response = await network(request);
          if (!response.ok) throw new Error(`bad response for ${request.url}`);
          store.set(keyOf(request), response);
        }
      },
      put: async (request: Request | string, response: Response) => {
        if (response.redirected) throw new Error('a redirected response was stored');
        store.set(keyOf(request), response);
      },
      match: async (request: Request | string, matchOptions?: { ignoreSearch?: boolean }) => {
        const key = keyOf(request, matchOptions?.ignoreSearch);
        for (const [stored, response] of store)
          if (keyOf(stored, matchOptions?.ignoreSearch) === key) return response.clone();
        return undefined;
      },
    };
  };
  let online = true;
  const fetched: string[] = [];
  const network = vi.fn(async (request: Request) => {
    fetched.push(new URL(request.url).pathname);
    if (!online) throw new TypeError('Failed to fetch');
    const path = new URL(request.url).pathname;
    const response = new Response(`network ${path}`, {
      status: path.includes('missing') ? 404 : 200,
      headers: { 'content-type': 'text/html' },
    });
    if (options.redirects?.includes(path))
      Object.defineProperty(response, 'redirected', { value: true });
    return response;
  });
  const handlers = new Map<string, Handler>();
  const self = {
    location: new URL(`${ORIGIN}/xz/sw.js`),
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: vi.fn(async () => undefined),
    clients: { claim: vi.fn(async () => undefined) },
    navigator: { connection: { saveData: options.saveData ?? false } },
  };
  const caches = {
    open: async (name: string) => openCache(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const fetchIn = (request: Request) => network(request);
  // As in a worker, relative URLs resolve against the worker's own address.
  class WorkerRequest extends Request {
    constructor(input: string | Request, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, self.location) : input, init);
    }
  }
  new Function(
    'self',
    'caches',
    'fetch',
    'Request',
    'Response',
    'setTimeout',
    serviceWorkerSource(manifest, '/xz/'),
  )(self, caches, fetchIn, WorkerRequest, Response, setTimeout);

  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    handlers.get(type)!({ waitUntil: (promise) => (done = promise) });
    await done;
  };
  /** The response the worker gives, or undefined when it lets the browser fetch normally. */
  const request = async (path: string, mode: RequestMode = 'no-cors', method = 'GET') => {
    let response: Promise<Response> | undefined;
    const req = new Request(path.startsWith('https:') ? path : `${ORIGIN}${path}`, { method });
    Object.defineProperty(req, 'mode', { value: mode === 'navigate' ? 'navigate' : mode });
    handlers.get('fetch')!({ request: req, respondWith: (promise) => (response = promise) });
    return response ? await response : undefined;
  };
  return {
    self,
    stores,
    fetched,
    lifecycle,
    request,
    setOnline: (value: boolean) => (online = value),
  };
}

describe('the generated service worker', () => {
  it('precaches every listed URL on install, then takes over at once', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    expect(
      [...sw.stores.get('xz-site-/xz/b2')!.keys()].map((url) => new URL(url).pathname).sort(),
    ).toEqual([...manifest.urls].sort());
    expect(sw.self.skipWaiting).toHaveBeenCalled();
  });

  it('deletes older caches of this copy on activate and keeps other copies and caches', async () => {
    const sw = worker({
      cacheNames: [
        'xz-site-/xz/a1',
        'xz-site-/xz/b2',
        'xz-site-/xz/preview/c3',
        'xz-site-/d4',
        'someone-elses',
      ],
    });
    await sw.lifecycle('activate');
    expect([...sw.stores.keys()].sort()).toEqual([
      'someone-elses',
      'xz-site-/d4',
      'xz-site-/xz/b2',
      'xz-site-/xz/preview/c3',
    ]);
    expect(sw.self.clients.claim).toHaveBeenCalled();
  });

  it('copies unchanged hashed assets from the previous cache instead of downloading them', async () => {
    const sw = worker({
      filled: { 'xz-site-/xz/a1': ['/xz/_astro/app.1a2b.js', '/xz/search/'] },
    });
    await sw.lifecycle('install');
    expect(sw.fetched).not.toContain('/xz/_astro/app.1a2b.js');
    // Pages are not content-addressed: they are downloaded again.
    expect(sw.fetched).toContain('/xz/search/');
    expect(sw.fetched).toContain('/xz/pagefind/fragment/en_1.pf_fragment');
    sw.setOnline(false);
    expect(await (await sw.request('/xz/_astro/app.1a2b.js'))!.text()).toBe(
      'old /xz/_astro/app.1a2b.js',
    );
  });

  it('with Save-Data on precaches nothing and keeps only the pages a reader visits', async () => {
    const sw = worker({ saveData: true });
    await sw.lifecycle('install');
    expect(sw.fetched).toEqual([]);
    await sw.request('/xz/search/', 'navigate');
    await sw.request('/xz/_astro/app.1a2b.js');
    sw.setOnline(false);
    expect(await (await sw.request('/xz/search/', 'navigate'))!.text()).toBe('network /xz/search/');
    expect(await (await sw.request('/xz/_astro/app.1a2b.js'))!.text()).toBe(
      'network /xz/_astro/app.1a2b.js',
    );
    expect((await sw.request('/xz/', 'navigate'))!.type).toBe('error');
  });

  it('answers an unknown page offline with a real 404 even when the host redirected 404.html', async () => {
    const sw = worker({ redirects: ['/xz/404.html'] });
    await sw.lifecycle('install');
    sw.setOnline(false);
    const response = (await sw.request('/xz/no/such/page/', 'navigate'))!;
    expect(response.status).toBe(404);
    expect(response.redirected).toBe(false);
    expect(await response.text()).toBe('network /xz/404.html');
  });

  it('serves hashed assets from the cache without asking the network', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    sw.fetched.length = 0;
    expect(await (await sw.request('/xz/_astro/app.1a2b.js'))!.text()).toBe(
      'network /xz/_astro/app.1a2b.js',
    );
    expect(await (await sw.request('/xz/pagefind/fragment/en_1.pf_fragment'))!.text()).toContain(
      'en_1',
    );
    expect(sw.fetched).toEqual([]);
  });

  it('asks the network first for pages, so a new build shows up', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    sw.fetched.length = 0;
    await sw.request('/xz/search/?q=Freund', 'navigate');
    expect(sw.fetched).toEqual(['/xz/search/']);
  });

  it('falls back to the cached page, query ignored, when the network is down', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    sw.setOnline(false);
    const response = await sw.request('/xz/search/?q=Freund', 'navigate');
    expect(await response!.text()).toBe('network /xz/search/');
    expect(await (await sw.request('/xz/pagefind/pagefind.js'))!.text()).toBe(
      'network /xz/pagefind/pagefind.js',
    );
  });

  it('shows the cached 404 page for an unknown page when offline', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    sw.setOnline(false);
    expect(await (await sw.request('/xz/no/such/page/', 'navigate'))!.text()).toBe(
      'network /xz/404.html',
    );
  });

  it('passes the server’s own 404 through when online', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    expect((await sw.request('/xz/missing/', 'navigate'))!.status).toBe(404);
  });

  it('leaves other origins, other paths, unknown files and non-GET requests to the browser', async () => {
    const sw = worker();
    await sw.lifecycle('install');
    expect(await sw.request('https://cdn.example/xz/_astro/app.1a2b.js')).toBeUndefined();
    expect(await sw.request('/elsewhere/')).toBeUndefined();
    expect(await sw.request('/xz/handout-a4.pdf')).toBeUndefined();
    expect(await sw.request('/xz/', 'navigate', 'POST')).toBeUndefined();
  });
});
