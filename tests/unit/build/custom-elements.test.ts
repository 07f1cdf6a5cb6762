import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../support/project-copy';

/** Every .astro and .ts file under src/, as [path from the project root, text]. */
function sourceFiles(): Array<[string, string]> {
  const src = join(PROJECT_ROOT, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(astro|ts)$/.test(path))
    .map((path) => [
      relative(PROJECT_ROOT, join(src, path)),
      readFileSync(join(src, path), 'utf8'),
    ]);
}

const DEFINE = /customElements\.define\(\s*'([^']+)'/g;

describe('custom elements share one prefix', () => {
  const defined = sourceFiles().flatMap(([path, text]) =>
    [...text.matchAll(DEFINE)].map((match) => ({ path, tag: match[1]! })),
  );

  it('finds the elements it checks', () => {
    expect(defined.map(({ tag }) => tag)).toContain('xz-timeline');
  });

  it('names every element xz-…', () => {
    const strays = defined.filter(({ tag }) => !tag.startsWith('xz-'));
    expect(strays).toEqual([]);
  });

  it('defines each element in one place only', () => {
    const tags = defined.map(({ tag }) => tag);
    expect(tags.filter((tag, index) => tags.indexOf(tag) !== index)).toEqual([]);
  });
});
