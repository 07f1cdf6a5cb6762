// Which npm packages reach the browser: a Vite plugin notes every package whose code ends up in a
// client bundle, for the SBOM (scripts/lib/sbom.mjs) to list apart from build-only tooling.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SHIPPED_PACKAGES_FILE = 'node_modules/.cache/xz-site/shipped-packages.json';

/** "…/node_modules/@scope/name/x.js" → "@scope/name"; the innermost node_modules wins. */
function packageOfModule(id) {
  const match = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
  return match?.[1];
}

/** One set per build process: the page bundles and the web-worker bundles both add to it. */
const found = new Set();

/** `worker: true` for vite.worker.plugins, whose bundles all run in the browser. */
export function recordShippedPackages({ worker = false, file = SHIPPED_PACKAGES_FILE } = {}) {
  return {
    name: 'xz-site:shipped-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (!worker && this.environment?.name !== 'client') return;
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const name = packageOfModule(id);
          if (name) found.add(name);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify([...found].sort(), null, 2) + '\n');
    },
  };
}

export function readShippedPackages(file = SHIPPED_PACKAGES_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
