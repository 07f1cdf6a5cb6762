/** Reads content/ straight from disk, as the build would, for invariants over the real content. */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { parse } from 'yaml';

const CONTENT_DIR = new URL('../../content/', import.meta.url).pathname;

export interface ContentFile<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and body. */
function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parse(match[1]!) ?? {}, body: match[2]! };
}

const CONTENT_FILE = /\.(mdx|yaml)$/;

/** The published files of one collection, sorted (drafts start with "_"). */
function collectionFiles(name: string): string[] {
  return readdirSync(join(CONTENT_DIR, name))
    .filter((file) => !file.startsWith('_') && CONTENT_FILE.test(file))
    .sort();
}

/** The ids of one collection's published entries, sorted, as the build derives them from file names. */
export function contentIds(name: string): string[] {
  return collectionFiles(name).map((file) => file.replace(CONTENT_FILE, ''));
}

export async function readCollection<T = Record<string, unknown>>(
  name: string,
): Promise<ContentFile<T>[]> {
  const folder = join(CONTENT_DIR, name);
  return Promise.all(
    collectionFiles(name).map(async (file) => {
      const text = await readFile(join(folder, file), 'utf8');
      const id = file.replace(CONTENT_FILE, '');
      if (file.endsWith('.yaml'))
        return { id, file: `content/${name}/${file}`, data: parse(text) as T, body: '' };
      const { data, body } = splitFrontmatter(text);
      return { id, file: `content/${name}/${file}`, data: data as T, body };
    }),
  );
}
