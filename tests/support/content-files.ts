/** Reads content/ straight from disk, as the build would, for invariants over the real content. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_DIR = new URL('../../content/', import.meta.url).pathname;

export interface ContentFile<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parse(match[1]!) ?? {}, body: match[2]! };
}

export async function readCollection<T = Record<string, unknown>>(name: string): Promise<ContentFile<T>[]> {
  const folder = join(CONTENT_DIR, name);
  const names = (await readdir(folder)).filter((file) => !file.startsWith('_') && /\.(mdx|yaml)$/.test(file));
  return Promise.all(
    names.sort().map(async (file) => {
      const text = await readFile(join(folder, file), 'utf8');
      const id = file.replace(/\.(mdx|yaml)$/, '');
      if (file.endsWith('.yaml')) return { id, file: `content/${name}/${file}`, data: parse(text) as T, body: '' };
      const { data, body } = splitFrontmatter(text);
      return { id, file: `content/${name}/${file}`, data: data as T, body };
    }),
  );
}
