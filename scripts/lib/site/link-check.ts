/**
 * Finds broken internal links in a built site: every href/src that points into the site must
 * name a file that exists, and every #fragment an id on the target page. Pure: the caller
 * supplies the pages' HTML and the set of files, so it runs on dist/ or on test fixtures.
 */

export interface BuiltSite {
  /** Path of each HTML page relative to the output folder, e.g. "timeline/index.html". */
  pages: Map<string, string>;
  /** Every file in the output folder, relative paths ("favicon.png", "_astro/x.js"). */
  files: Set<string>;
  /** The base path the site was built with ("/" or "/xz/"). */
  base: string;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const LINK_ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID_ATTRIBUTE = /\sid="([^"]+)"/g;

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => decodeEntities(match[1]!)));
}

function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/** The URL path at which a page file is served ("story/index.html" → "/story/"). */
export function pageUrlPath(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The file that serves a URL path inside the site, or undefined when none does. */
export function fileForPath(path: string, files: Set<string>): string | undefined {
  const relative = decodeURIComponent(path).replace(/^\//, '');
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

export function findBrokenLinks(site: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsFor = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(site.pages.get(file) ?? ''));
    return idCache.get(file)!;
  };
  const origin = 'http://site.invalid';

  for (const [page, html] of site.pages) {
    const pageUrl = new URL(site.base.replace(/\/$/, '') + pageUrlPath(page), origin);
    for (const match of html.matchAll(LINK_ATTRIBUTE)) {
      const raw = decodeEntities(match[1]!);
      const url = new URL(raw, pageUrl);
      // Another site, or mailto:, tel:, data:, javascript: (their origin is "null"): not ours.
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(site.base)) {
        broken.push({ page, link: raw, reason: `does not start with the base path ${site.base}` });
        continue;
      }
      const target = fileForPath(url.pathname.slice(site.base.length - 1), site.files);
      if (!target) {
        broken.push({ page, link: raw, reason: 'no such file in the built site' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsFor(target).has(fragment)) {
        broken.push({ page, link: raw, reason: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}
