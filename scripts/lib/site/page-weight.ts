/**
 * What a page makes the browser download up front: the scripts it loads (with every chunk they
 * import statically) and its stylesheets. Dynamic `import()`s load later and are listed apart.
 * Pure: the caller reads files; this only follows references.
 */

export interface PageAssets {
  /** The text of scripts written into the page itself (Astro inlines small ones). */
  inlineScripts: string[];
  scripts: string[];
  lazyScripts: string[];
  styles: string[];
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD =
  /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g;
const STYLESHEET =
  /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="stylesheet"/g;
const STATIC_IMPORT =
  /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|\bexport\s*[\w*{}\s,$]+from\s*["']([^"']+)["']/g;
// Vite writes the specifier of a dynamic import in quotes or, minified, in backticks.
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

const firstGroup = (match: RegExpMatchArray) => (match[1] ?? match[2])!;

/** Resolves a reference found in `from` (a site path like "/_astro/a.js") to a site path. */
export function resolveAsset(reference: string, from: string): string | undefined {
  if (/^(https?:)?\/\//.test(reference) || reference.startsWith('data:')) return undefined;
  return new URL(reference, `http://site.invalid${from}`).pathname;
}

export function pageAssets(
  html: string,
  pagePath: string,
  readScript: (path: string) => string | undefined,
): PageAssets {
  const scripts = new Set<string>();
  const lazy = new Set<string>();
  const queue: string[] = [];
  const enqueue = (reference: string, from: string, target: Set<string>) => {
    const path = resolveAsset(reference, from);
    if (!path || scripts.has(path) || target.has(path)) return;
    target.add(path);
    if (target === scripts) queue.push(path);
  };
  for (const match of html.matchAll(SCRIPT_SRC)) enqueue(match[1]!, pagePath, scripts);
  for (const match of html.matchAll(MODULE_PRELOAD)) enqueue(firstGroup(match), pagePath, scripts);

  // Inline scripts count themselves, and module ones can import chunks too. JSON data blocks are not code.
  const inlineScripts: string[] = [];
  for (const inline of html.matchAll(
    /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    if (inline[1]!.trim()) inlineScripts.push(inline[1]!);
    for (const match of inline[1]!.matchAll(STATIC_IMPORT))
      enqueue(firstGroup(match), pagePath, scripts);
    for (const match of inline[1]!.matchAll(DYNAMIC_IMPORT)) enqueue(match[1]!, pagePath, lazy);
  }

  while (queue.length > 0) {
    const path = queue.shift()!;
    const code = readScript(path) ?? '';
    for (const match of code.matchAll(STATIC_IMPORT)) enqueue(firstGroup(match), path, scripts);
    for (const match of code.matchAll(DYNAMIC_IMPORT)) enqueue(match[1]!, path, lazy);
  }
  // A lazy chunk's own imports load with it, later: lazy too, unless already up front.
  const lazyQueue = [...lazy];
  while (lazyQueue.length > 0) {
    const path = lazyQueue.shift()!;
    const code = readScript(path) ?? '';
    for (const match of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) {
      const found = resolveAsset(firstGroup(match), path);
      if (found && !scripts.has(found) && !lazy.has(found)) {
        lazy.add(found);
        lazyQueue.push(found);
      }
    }
  }
  for (const path of scripts) lazy.delete(path);

  const styles = [...html.matchAll(STYLESHEET)]
    .map((match) => resolveAsset(firstGroup(match), pagePath))
    .filter((p): p is string => !!p);
  return {
    inlineScripts,
    scripts: [...scripts].sort(),
    lazyScripts: [...lazy].sort(),
    styles: [...new Set(styles)].sort(),
  };
}

export interface Budget {
  js: number;
  css: number;
}

export interface BudgetConfig {
  default: Budget;
  /** Page path prefix → budget; the longest matching prefix wins ("/" matches the home page only). */
  pages: Record<string, Partial<Budget>>;
}

export function budgetFor(pagePath: string, config: BudgetConfig): Budget {
  const match = Object.keys(config.pages)
    .filter((prefix) => pagePath === prefix || (prefix !== '/' && pagePath.startsWith(prefix)))
    .sort((a, b) => b.length - a.length)[0];
  return { ...config.default, ...(match ? config.pages[match] : {}) };
}
