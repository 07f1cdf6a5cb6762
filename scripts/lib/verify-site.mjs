// The check behind `npm run verify:site`: every file your own build lists in SHA256SUMS is
// fetched from the live site and hashed. Comparing only the published SHA256SUMS would prove the
// list matches, not the files: an altered script would pass.
import { createHash } from 'node:crypto';

import { urlForFile } from './offline/manifest.ts';

/** Host configuration, read by the host and never served as a file. */
const NOT_SERVED = new Set(['_headers', '_redirects']);

/** "digest  path" lines (sha256sum's format) → [{ digest, path }]; throws on a malformed line. */
export function parseChecksums(text) {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, index) => {
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!match)
        throw new Error(`SHA256SUMS line ${index + 1} is not "<sha256>  <path>": ${line}`);
      return { digest: match[1], path: match[2] };
    });
}

/**
 * Fetches each listed file from `siteUrl` (which includes the base path) and compares digests.
 * Returns one result per file: "match", "differs", "missing" (not 200) or "skipped" (not served).
 */
export async function verifySite(
  siteUrl,
  entries,
  { fetch = globalThis.fetch, parallel = 8 } = {},
) {
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const results = new Array(entries.length);
  let next = 0;
  async function worker() {
    while (next < entries.length) {
      const index = next++;
      const { path, digest } = entries[index];
      results[index] = await checkOne(site, path, digest, fetch);
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, entries.length) }, worker));
  return results;
}

async function checkOne(site, path, digest, fetch) {
  if (NOT_SERVED.has(path)) return { path, status: 'skipped' };
  // Pages are asked for at the address readers use ("story/"), not "story/index.html", which
  // some hosts redirect; 404.html is the one page served under its file name.
  const url = new URL(urlForFile(path, site.pathname), site);
  try {
    const response = await fetch(url, { redirect: 'follow', cache: 'no-store' });
    if (response.status !== 200)
      return { path, url: url.href, status: 'missing', http: response.status };
    const served = createHash('sha256')
      .update(new Uint8Array(await response.arrayBuffer()))
      .digest('hex');
    return { path, url: url.href, status: served === digest ? 'match' : 'differs', served };
  } catch (error) {
    return { path, url: url.href, status: 'missing', error: String(error?.cause ?? error) };
  }
}
