import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { parseChecksums, verifySite } from '../../../../scripts/lib/verify-site.mjs';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A live site as a path → body map; anything else is a 404. */
function host(files: Record<string, string>) {
  const asked: string[] = [];
  const fetch = async (url: URL) => {
    asked.push(url.pathname);
    const body = files[url.pathname];
    return body === undefined ? new Response('gone', { status: 404 }) : new Response(body);
  };
  return { fetch: fetch as unknown as typeof globalThis.fetch, asked };
}

const sums = [
  `${sha('<h1>home</h1>')}  index.html`,
  `${sha('<h1>story</h1>')}  story/index.html`,
  `${sha('console.log(1)')}  _astro/app.1a2b.js`,
  `${sha('/*\n')}  _headers`,
].join('\n');

describe('verify:site', () => {
  it('fetches every listed file at the address readers use and finds them all matching', async () => {
    const site = host({
      '/xz/': '<h1>home</h1>',
      '/xz/story/': '<h1>story</h1>',
      '/xz/_astro/app.1a2b.js': 'console.log(1)',
    });
    const results = await verifySite('https://example.org/xz', parseChecksums(sums), site);
    expect(results.map((result) => `${result.status} ${result.path}`)).toEqual([
      'match index.html',
      'match story/index.html',
      'match _astro/app.1a2b.js',
      'skipped _headers',
    ]);
    expect(site.asked.sort()).toEqual(['/xz/', '/xz/_astro/app.1a2b.js', '/xz/story/']);
  });

  it('catches a served file that differs from the build even when the list itself matches', async () => {
    const site = host({
      '/': '<h1>home</h1>',
      '/story/': '<h1>story</h1>',
      '/_astro/app.1a2b.js': 'console.log(1); steal()',
    });
    const results = await verifySite('https://example.org/', parseChecksums(sums), site);
    expect(results.find((result) => result.path === '_astro/app.1a2b.js')!.status).toBe('differs');
  });

  it('reports a file the site does not serve as missing', async () => {
    const site = host({ '/': '<h1>home</h1>', '/_astro/app.1a2b.js': 'console.log(1)' });
    const results = await verifySite('https://example.org/', parseChecksums(sums), site);
    expect(results.find((result) => result.path === 'story/index.html')).toMatchObject({
      status: 'missing',
      http: 404,
    });
  });

  it('rejects a malformed SHA256SUMS line, naming it', () => {
    expect(() => parseChecksums('not a checksum line\n')).toThrow(/line 1/);
  });
});
