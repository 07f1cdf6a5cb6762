/**
 * Reads content files straight from disk for data tests. Only the few frontmatter fields the
 * tests need are parsed, with patterns that match how our content files are written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface ContentFile {
  id: string;
  path: string;
  source: string;
  frontmatter: string;
  body: string;
}

const ROOT = join(import.meta.dirname, '..', '..', '..', 'content');

/** Every non-draft .mdx file of one content folder. */
export function readContent(folder: 'chapters' | 'events' | 'glossary'): ContentFile[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
      return {
        id: basename(name, '.mdx'),
        path: `content/${folder}/${name}`,
        source,
        frontmatter: match?.[1] ?? '',
        body: match?.[2] ?? source,
      };
    });
}

/** A scalar field, without surrounding quotes. */
export function scalarField(frontmatter: string, key: string): string | undefined {
  const value = frontmatter.match(new RegExp(`^${key}:[ \\t]*(.+)$`, 'm'))?.[1]?.trim();
  return value?.replace(/^(["'])(.*)\1$/, '$2');
}

/** A list field written either inline (`[a, b]`) or as a block of `- item` lines. */
export function listField(frontmatter: string, key: string): string[] {
  const inline = frontmatter.match(new RegExp(`^${key}:[ \\t]*\\[(.*)\\]$`, 'm'));
  if (inline)
    return inline[1]!
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const block = frontmatter.match(
    new RegExp(`^${key}:[ \\t]*\\r?\\n((?:[ \\t]+-.*\\r?\\n?)*)`, 'm'),
  );
  return (block?.[1] ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*-\s*/, '').trim())
    .filter(Boolean);
}
