/**
 * The offline kit: the built site in one zip for a venue without Wi-Fi. Its name carries the
 * package version and the build's content version (the service worker's cache version), so two
 * different builds never share a file name. The site sits under site/<base>, so the one serve
 * command works whatever base path it was built for.
 */

const KIT_PREFIX = 'xz-backdoor-site';
const SERVE_PORT = 8080;

export interface BuildInfo {
  /** "xz-site-<16 hex>" from dist/sw.js. */
  cacheName: string;
  /** The base path the site was built for, "/" or "/xz/". */
  base: string;
}

/** Reads the cache name and base path that scripts/lib/offline/service-worker.ts wrote into sw.js. */
export function readBuildInfo(serviceWorker: string): BuildInfo {
  const cacheName = /^const CACHE_NAME = ("[^"]+");$/m.exec(serviceWorker)?.[1];
  const base = /^const BASE = ("[^"]+");$/m.exec(serviceWorker)?.[1];
  if (!cacheName || !base)
    throw new Error(
      'dist/sw.js does not look like the generated service worker: run `npm run build` first',
    );
  return { cacheName: JSON.parse(cacheName) as string, base: JSON.parse(base) as string };
}

/** "xz-backdoor-site-0.1.0-1a2b3c4d" */
export function kitName(packageVersion: string, build: BuildInfo): string {
  // The cache name ends in the content version, after the base path ("xz-site-/xz/1a2b…").
  const content = build.cacheName.replace(/^.*[-/]/, '').slice(0, 8);
  return `${KIT_PREFIX}-${packageVersion}-${content}`;
}

/** Where a built file goes in the zip: "<kit>/site/<base>/<path>". */
export function kitPath(kit: string, base: string, file: string): string {
  const inside = base.replace(/^\/|\/$/g, '');
  return [kit, 'site', ...(inside ? [inside] : []), file].join('/');
}

/** The one-line serve command, run inside the unzipped folder; Python's standard library only. */
export function serveCommand(): string {
  return `python3 -m http.server --directory site --bind 127.0.0.1 ${SERVE_PORT}`;
}

export function kitReadme(kit: string, base: string): string {
  const url = `http://127.0.0.1:${SERVE_PORT}${base}`;
  return [
    `The xz backdoor explainer, offline (${kit})`,
    '',
    'Serve it from this folder — no internet and no installs needed, only Python 3:',
    '',
    `    ${serveCommand()}`,
    '',
    `then open ${url} in a browser. On Windows, type "py" instead of "python3".`,
    'Stop the server with Ctrl+C.',
    '',
    'After the first visit the browser keeps a copy of the whole site, so it keeps',
    'working at the same address even when this server is not running.',
    '',
  ].join('\n');
}
