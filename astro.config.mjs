// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

import { recordShippedPackages } from './scripts/lib/shipped-packages.mjs';
import { cspScriptHash } from './src/lib/site/csp-hash.ts';
import { THEME_SCRIPT } from './src/lib/site/theme-script.ts';

// The site can live at a domain root or under a sub-path (a GitHub Pages project site, say):
// SITE_URL=https://example.org BASE_PATH=/xz/ npm run build
const site = process.env.SITE_URL ?? 'https://xz-timeline.example';
if (!process.env.SITE_URL && process.argv.includes('build')) {
  // Said at every build, so nobody publishes links or QR codes to the placeholder by accident.
  console.warn(
    `SITE_URL is not set: canonical links, the sitemap and the handout's QR code use the placeholder ${site}. ` +
      "Set SITE_URL to the public address. (The deck's closing slide takes its address and QR code from where it is served.)",
  );
}
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Test builds of project copies share node_modules; each gets its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Tool windows and iframe-only pages are noindex, not pages to find: they stay out of the sitemap.
  // The speaker view (/present/notes/) and the embeds (/embed/<id>/); /embed/ itself, the how-to, stays.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/present\/notes\/$|\/embed\/[^/]+\/$/.test(new URL(page).pathname),
    }),
  ],
  // Content-Security-Policy as a <meta> tag on every page; Astro hashes each script and style
  // it emits, so no inline script runs unless it is ours. scripts/build.mjs copies the policy
  // into dist/_headers for hosts that read one.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search and the xz decoder are WebAssembly; 'wasm-unsafe-eval' lets them compile
      // without allowing JavaScript eval.
      // The theme script runs in <head> before the <meta> policy; hashing it keeps it allowed when
      // a host also sends the policy as a header.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [await cspScriptHash(THEME_SCRIPT)],
      },
      // Style attributes (D3 sets some, and the highlighted code) cannot run code: allow those;
      // <style> and stylesheets need 'self' or a hash. Each source names the kind it is for, so
      // neither directive silently shadows the other.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    // recordShippedPackages: which packages reach the browser, for the SBOM.
    plugins: [tailwindcss(), recordShippedPackages()],
    worker: { plugins: () => [recordShippedPackages({ worker: true })] },
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
  // Prism marks tokens with classes (styled in src/styles/global.css); Shiki's inline colours
  // would need style attributes, which the policy allows but Astro warns about on every build.
  markdown: { syntaxHighlight: 'prism' },
});
