import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { findCleanTagClaims } from '../../../src/lib/content/clean-tag-claims';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TEXT_FILE = /\.(?:mdx?|ya?ml|ts|astro|json|css|mjs|js|html|txt)$/;
// Corrections quote what the site used to say, so they may hold the old wording on purpose.
const QUOTES_OLD_WORDING = join(ROOT, 'content', 'corrections');

function textFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (path === QUOTES_OLD_WORDING) return [];
      if (statSync(path).isDirectory()) return textFilesUnder(path);
      return TEXT_FILE.test(name) ? [path] : [];
    });
}

describe('the wording about the git tag', () => {
  it('never says the git tag, tree or repository was clean in content/, src/ or the README', () => {
    const files = [
      ...textFilesUnder(join(ROOT, 'content')),
      ...textFilesUnder(join(ROOT, 'src')),
      join(ROOT, 'README.md'),
    ];
    expect(files.length).toBeGreaterThan(200);
    const found = files.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      return (
        findCleanTagClaims(text)
          // A myth entry and its quiz question quote the wrong claim in order to answer it.
          .filter((claim) => !/^(myth: |prompt: "Someone says:)/.test(lines[claim.line - 1] ?? ''))
          .map((claim) => `${relative(ROOT, path)}:${claim.line}: "${claim.phrase}"`)
      );
    });
    expect(found, 'say "a build from the git tag is clean" instead').toEqual([]);
  });
});
