// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlineSite } from './src/integrations/offline.ts';

// The site can live at a domain root or under a sub-path (a GitHub Pages project site, say):
// SITE_URL=https://example.org BASE_PATH=/xz/ npm run build
const site = process.env.SITE_URL ?? 'https://xz-timeline.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Test builds of project copies share node_modules; each gets its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // searchIndex, then offlineSite: the service worker precaches the finished search index too.
  integrations: [
    mdx(),
    // Embeds (/embed/<id>/) are noindex pages for iframes; /embed/ itself, the how-to, stays.
    sitemap({ filter: (page) => !/\/embed\/[^/]+\/$/.test(new URL(page).pathname) }),
    searchIndex(),
    offlineSite(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns once per
        // file that it may drop it, which is harmless and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
});
