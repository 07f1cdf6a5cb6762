/** The page paths listed in the built sitemap (dist/sitemap-0.xml), relative to the site root. */
import { readBuiltText } from '../../support/built-site';

export function sitemapPaths(): string[] {
  const xml = readBuiltText('sitemap-0.xml');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
