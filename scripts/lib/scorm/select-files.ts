/**
 * Chooses what goes into the SCORM package: the training pages (the path, the story chapters
 * it sends learners to read, the sources and glossary they cite) and every file those pages
 * load, found by following their references, with addresses made relative (relative-links.ts).
 * Pages outside the training area stay on the public site. A reference to a file the build did
 * not produce is reported, so a broken package never ships silently.
 */
import { posix } from 'node:path';

import { rewriteFile } from './relative-links.ts';

/** Folders whose pages belong in the package. */
export const TRAINING_PAGES = ['learn/', 'story/', 'sources/', 'glossary/'];

export interface PackageSelection {
  /** Path in the package → content, addresses rewritten. */
  files: Map<string, Uint8Array>;
  /** "<file> → <reference>" for each reference to a file the build lacks. */
  missing: string[];
}

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** Files a JavaScript module imports by relative address (Vite's chunks do). */
export function moduleImports(source: string, from: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) =>
    posix.normalize(posix.join(posix.dirname(from), match[1]!)),
  );
}

export function selectTrainingFiles(
  built: ReadonlyMap<string, Uint8Array>,
  entry: string,
  site: { url: string; base: string },
  pages: readonly string[] = TRAINING_PAGES,
): PackageSelection {
  const included = (file: string) =>
    built.has(file) && (!file.endsWith('.html') || pages.some((prefix) => file.startsWith(prefix)));
  const files = new Map<string, Uint8Array>();
  const missing: string[] = [];
  const queue: [file: string, from: string][] = [[entry, '(entry)']];
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();

  while (queue.length > 0) {
    const [file, from] = queue.pop()!;
    if (files.has(file)) continue;
    const content = built.get(file);
    if (!content) {
      missing.push(`${from} → ${file}`);
      continue;
    }
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : undefined;
    if (kind) {
      const result = rewriteFile(kind, decoder.decode(content), file, {
        included,
        siteUrl: site.url,
        base: site.base,
      });
      files.set(file, encoder.encode(result.text));
      for (const reference of result.references) queue.push([reference, file]);
    } else {
      files.set(file, content);
      if (file.endsWith('.js'))
        for (const reference of moduleImports(decoder.decode(content), file))
          queue.push([reference, file]);
    }
  }
  return { files, missing };
}
