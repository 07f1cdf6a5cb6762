/** The page paths listed in the built sitemap (dist/sitemap-0.xml), relative to the site root. */
import { readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
