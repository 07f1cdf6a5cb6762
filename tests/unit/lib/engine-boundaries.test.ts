/**
 * src/lib holds the engines the site ships: pure TypeScript that runs in a page, a worker or
 * Vitest alike. Node-only build code lives in scripts/lib/. This test type-checks every engine
 * against the bare ECMAScript library, with no DOM and no Node types, so a `node:` import, an
 * `astro:` import or a use of `document`, `window`, `localStorage` … fails here with its place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../support/project-copy';

const LIB = join(PROJECT_ROOT, 'src/lib');
const engines = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts'))
  .map((path) => join(LIB, path));

/** Allowed although not ECMAScript: Vite's build-time constants, and Web Crypto's buffer type
 *  (Web Crypto runs in pages, workers and Node alike). */
const ALLOWED = [/Property 'env' does not exist on type 'ImportMeta'/, /name 'BufferSource'/];

/** `node:` and `astro:` imports, found in the text: a package's types may pull Node's typings
 *  into the program, so the type-check alone would not see them. */
function platformImports(): string[] {
  return engines.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        /(?:from\s*|import\s*\(\s*)'(?:node|astro):/.test(line)
          ? [`${relative(PROJECT_ROOT, file)}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

/** Type errors of the engines when only ES2023 is known, as "file:line: message". */
function boundaryErrors(): string[] {
  const program = ts.createProgram(engines, {
    lib: ['lib.es2023.d.ts'],
    types: [],
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName.startsWith(LIB))
    .filter((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      return !ALLOWED.some((allowed) => allowed.test(message));
    })
    .map((diagnostic) => {
      const file = diagnostic.file!;
      const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      return `${relative(PROJECT_ROOT, file.fileName)}:${line + 1}: ${message}`;
    });
}

describe('the engines in src/lib run anywhere', () => {
  it('finds the engines it checks', () => {
    expect(engines.length).toBeGreaterThan(50);
  });

  it('import no node: or astro: module', () => {
    expect(platformImports()).toEqual([]);
  });

  it('use no DOM global (document, window, localStorage …) and type-check without one', () => {
    expect(boundaryErrors()).toEqual([]);
  }, 60_000);
});
