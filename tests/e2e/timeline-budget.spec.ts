import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';

const BUDGET = 35_000;

/** Every script a page loads up front: <script src>, inline scripts, and their static imports. */
async function scriptBytes(request: APIRequestContext, path: string): Promise<{ total: number; files: string[] }> {
  const html = await (await request.get(path)).text();
  const seen = new Set<string>();
  let total = 0;
  for (const inline of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)) {
    total += gzipSync(inline[1]!, { level: 9 }).length;
  }
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1]!, `http://x${path}`).pathname);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await (await request.get(file)).text();
    total += gzipSync(code, { level: 9 }).length;
    // Static imports only: a dynamic import() is not shipped unless asked for.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(m[1]!, `http://x${file}`).pathname);
    }
  }
  return { total, files: [...seen] };
}

for (const path of ['/timeline/', '/embed/timeline/']) {
  test(`all JavaScript shipped to ${path} stays within ${BUDGET / 1000} KB gzip`, async ({ request }) => {
    const { total, files } = await scriptBytes(request, path);
    expect(files.length, 'the page loads its timeline script').toBeGreaterThan(0);
    console.log(`${path}: ${total} bytes gzip in ${files.length} file(s)`);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
}
