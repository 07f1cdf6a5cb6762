/**
 * Builds the Pagefind search index into <out>/pagefind/ at the end of `astro build`, so every
 * build — `npm run build`, a bare `astro build`, a test's project copy — has working search,
 * and the offline integration that runs next can precache the index with the pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'xz-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: out });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`Pagefind index written (${added.page_count} HTML files read)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
