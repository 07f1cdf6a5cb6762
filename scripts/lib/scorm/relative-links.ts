/**
 * The built site links with root-relative addresses (/learn/, /_astro/x.js). Inside an LMS the
 * package is served from some deep, unknown folder, and many LMSs serve files by exact path
 * without directory indexes; so every address in a packaged page becomes relative to that page
 * and names its index.html. Addresses of pages left out of the package point to the public
 * site instead.
 */
import { posix } from 'node:path';

/**
 * The file a root-relative address names: '/learn/' → 'learn/index.html'; with the site built
 * under a base path, '/xz/learn/' → 'learn/index.html' for base '/xz/'.
 */
export function fileForAddress(address: string, base = '/'): string {
  const inSite = address.startsWith(base) ? address.slice(base.length) : address;
  const path = decodeURIComponent(inSite.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** `target` (a file path in the package) as seen from the file `from`. */
export function relativeFile(from: string, target: string): string {
  const relative = posix.relative(posix.dirname(from), target);
  return relative === '' ? posix.basename(target) : relative;
}

const suffixOf = (address: string) => address.match(/[?#].*$/)?.[0] ?? '';

/** How to rewrite: which files are in the package, where the public site is, its base path. */
export interface RewriteOptions {
  included: (file: string) => boolean;
  /** The public site's root address, with the base path. */
  siteUrl: string;
  base: string;
}

export interface RewriteResult {
  text: string;
  /** Files in the package this text now refers to. */
  references: string[];
}

/**
 * Rewrites one address: into the package when `included(file)` says so, to the public site
 * when not. Non-root addresses (https:, #top, ./x) are left alone.
 */
function rewriteAddress(
  address: string,
  from: string,
  { included, siteUrl, base }: RewriteOptions,
  references: Set<string>,
): string {
  if (!address.startsWith('/') || address.startsWith('//')) return address;
  const file = fileForAddress(address, base);
  if (included(file)) {
    references.add(file);
    return relativeFile(from, file) + suffixOf(address);
  }
  return new URL(address, new URL(siteUrl).origin).href;
}

const HTML_ATTRIBUTE = /(\s(?:href|src|poster|action|data-src)=)(["'])(\/[^"']*)\2/g;
const CSS_URL = /url\((["']?)(\/[^)"']+)\1\)/g;

type Rewrite = (address: string) => string;

const rewriteCssUrls = (text: string, rewrite: Rewrite) =>
  text.replace(
    CSS_URL,
    (_match, quote: string, address: string) => `url(${quote}${rewrite(address)}${quote})`,
  );

/** Rewrites the root-relative addresses of a page (`html`) or a stylesheet (`css`). */
export function rewriteFile(
  kind: 'html' | 'css',
  text: string,
  from: string,
  options: RewriteOptions,
): RewriteResult {
  const references = new Set<string>();
  const rewrite: Rewrite = (address) => rewriteAddress(address, from, options, references);
  const attributesDone =
    kind === 'html'
      ? text.replace(
          HTML_ATTRIBUTE,
          (_match, attribute: string, quote: string, address: string) =>
            `${attribute}${quote}${rewrite(address)}${quote}`,
        )
      : text;
  return { text: rewriteCssUrls(attributesDone, rewrite), references: [...references] };
}
