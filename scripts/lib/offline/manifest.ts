/**
 * What the service worker precaches: every file of the built site, under a cache whose name
 * is a hash of all their paths and contents — so any change to the build, and only a change,
 * gives a new cache. Pure apart from hashing; the caller reads the files.
 */
import { createHash } from 'node:crypto';

import { withTrailingSlash } from '../../../src/lib/site/paths.ts';

export const CACHE_PREFIX = 'xz-site-';

/**
 * "xz-site-/xz/<version>": the base path is part of the name, so two copies of the site on one
 * origin (say /xz/ and /xz-preview/) each clean up only their own caches.
 */
export function cacheNameFor(base: string, version: string): string {
  const prefix = withTrailingSlash(base);
  return `${CACHE_PREFIX}${prefix}${version}`;
}
/**
 * Not precached: the worker itself; _headers (host configuration, not served); SHA256SUMS
 * (written after sw.js, whose hash it lists); what `npm run handout:pdf` and `npm run pack`
 * may add to dist/ later.
 */
const NOT_PRECACHED = [
  /^sw\.js$/,
  /^_headers$/,
  /^SHA256SUMS$/,
  /\.map$/,
  /^handout-[a-z0-9-]+\.pdf$/,
  /\.zip$/,
];

export interface BuiltFile {
  /** Relative to the output folder, with forward slashes: "events/x/index.html". */
  path: string;
  content: Uint8Array;
}

export interface PrecacheManifest {
  /** 16 hex digits of SHA-256 over every precached path and content. */
  version: string;
  cacheName: string;
  /** The URLs to precache, base included; pages as their directory URL ("/xz/story/"). */
  urls: string[];
}

export function isPrecached(path: string): boolean {
  return !NOT_PRECACHED.some((pattern) => pattern.test(path));
}

/** The URL a file is served at: "story/index.html" → "/story/", "404.html" → "/404.html". */
export function urlForFile(path: string, base: string): string {
  const prefix = withTrailingSlash(base);
  const page = path === 'index.html' ? '' : path.replace(/\/index\.html$/, '/');
  return prefix + page.split('/').map(encodeURIComponent).join('/');
}

/** A version over paths and contents, independent of the order the files were listed in. */
export function contentVersion(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  // Sorted by path in UTF-16 code-unit order (the default sort): the same on every machine,
  // unlike a locale's collation, so every build of the same files gets the same name.
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const file of [...byPath.keys()].sort().map((path) => byPath.get(path)!)) {
    hash
      .update(file.path)
      .update('\0')
      .update(String(file.content.byteLength))
      .update('\0')
      .update(file.content);
  }
  return hash.digest('hex').slice(0, 16);
}

export function buildPrecacheManifest(files: readonly BuiltFile[], base: string): PrecacheManifest {
  const precached = files.filter((file) => isPrecached(file.path));
  const version = contentVersion(precached);
  const urls = precached.map((file) => urlForFile(file.path, base)).sort();
  return { version, cacheName: cacheNameFor(base, version), urls };
}
