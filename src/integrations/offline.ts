/**
 * Writes dist/sw.js at the end of the build: the service worker that precaches every built
 * file (Pagefind's index included, so it must come after searchIndex() in the config).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from '../lib/offline/write-service-worker.ts';

export function offlineSite(): AstroIntegration {
  let base = '/';
  return {
    name: 'xz-offline-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = await writeServiceWorker(fileURLToPath(dir), base);
        const megabytes = (manifest.bytes / 1024 / 1024).toFixed(1);
        logger.info(`sw.js precaches ${manifest.urls.length} files (${megabytes} MB) in cache ${manifest.cacheName}`);
      },
    },
  };
}
