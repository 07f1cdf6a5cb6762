/**
 * Internal links must honour Astro's `base` so the site can live under a sub-path.
 * `withBase('/timeline/')` → '/xz/timeline/' when built with BASE_PATH=/xz/.
 */
/** "/xz" → "/xz/"; a path that already ends in a slash is returned as it is. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${withSlash}`;
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** An address on the published site, absolute: `site` is Astro's (set in astro.config.mjs), the path already has the base. */
export function absoluteSiteUrl(site: URL | string | undefined, pathWithBase: string): string {
  return new URL(pathWithBase, site).href;
}

/** The canonical page of an event. */
export const eventPath = (id: string) => withBase(`/events/${id}/`);
/** The timeline, opened on one event. */
export const timelineEventPath = (id: string) =>
  withBase(`/timeline/?event=${encodeURIComponent(id)}`);
export const chapterPath = (id: string) => withBase(`/story/${id}/`);
export const glossaryTermPath = (id: string) => withBase(`/glossary/#${id}`);
export const sourceAnchorPath = (id: string) => withBase(`/sources/#source-${id}`);
