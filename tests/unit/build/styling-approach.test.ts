import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../support/project-copy';

/** Every .astro file under src/, as [path from the project root, text]. */
function astroFiles(): Array<[string, string]> {
  const src = join(PROJECT_ROOT, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.astro'))
    .map((path) => [
      relative(PROJECT_ROOT, join(src, path)),
      readFileSync(join(src, path), 'utf8'),
    ]);
}

/** The markup of a component: its frontmatter, scripts and style blocks cut away. */
function markupOf(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '');
}

/** Every class name written in a class="…", class={'…'} or class:list={[…]} attribute. */
export function classNames(markup: string): string[] {
  const values = [
    ...markup.matchAll(/\bclass(?::list)?=(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\})/g),
  ].flatMap(([, double, single, expression]) =>
    expression === undefined
      ? [double ?? single ?? '']
      : [...expression.matchAll(/(['"`])((?:(?!\1).)*)\1/g)].map((quoted) => quoted[2]!),
  );
  return values.flatMap((value) => value.split(/\s+/)).filter(Boolean);
}

/** Tailwind's utilities (with any variant prefix), as against the project's own class names. */
const UTILITY =
  /^(?:[a-z0-9-]+:)*-?(?:m[trblxy]?|p[trblxy]?|gap(?:-[xy])?|space-[xy]|w|h|min-w|max-w|min-h|max-h|size|basis|text|font|leading|tracking|bg|border(?:-[trblxy])?|rounded(?:-[a-z]+)?|shadow|ring|outline|flex|grid|grid-cols|col-span|items|justify|self|place-items|order|inline|inline-block|inline-flex|block|list|underline|no-underline|italic|uppercase|opacity|z|top|left|right|bottom|inset|overflow|whitespace|break|decoration|transition|duration|cursor|select|sticky|fixed|absolute|relative|truncate|sr-only|shrink|grow|tabular-nums|aspect|object|scroll-mt)(?:-|$)/;

export function utilityClasses(markup: string): string[] {
  return classNames(markup).filter((name) => UTILITY.test(name));
}

/** Its scoped <style> blocks and the stylesheets it imports (the site-wide global.css aside). */
function ownStyles(text: string): string[] {
  const blocks = text.match(/<style\b[^>]*>/g) ?? [];
  const sheets = [...text.matchAll(/^import\s+'([^']+\.css)';/gm)]
    .map((match) => match[1]!)
    .filter((sheet) => !sheet.endsWith('styles/global.css'));
  return [...blocks, ...sheets];
}

describe('each component has one styling approach', () => {
  const files = astroFiles();

  it('tells utilities from the project’s own class names', () => {
    const markup = `<p class="mt-3 text-sm sm:p-5 dark:text-ink text-[0.95rem]">`;
    expect(utilityClasses(markup)).toEqual([
      'mt-3',
      'text-sm',
      'sm:p-5',
      'dark:text-ink',
      'text-[0.95rem]',
    ]);
    const own = `<p class="tl-chart listing-line check-drop" class:list={['quiz-choice', x && 'learn-button']}>`;
    expect(utilityClasses(own)).toEqual([]);
    expect(classNames(`<b class:list={[BUTTON, 'mt-3']} />`)).toEqual(['mt-3']);
  });

  it('finds components of both kinds', () => {
    const styled = files.filter(([, text]) => ownStyles(text).length > 0);
    const utility = files.filter(([, text]) => utilityClasses(markupOf(text)).length > 0);
    expect(styled.length).toBeGreaterThan(5);
    expect(utility.length).toBeGreaterThan(5);
  });

  it('never mixes a <style> block or its own stylesheet with Tailwind utility classes', () => {
    const mixed = files
      .map(([path, text]) => ({
        path,
        styles: ownStyles(text),
        utilities: [...new Set(utilityClasses(markupOf(text)))],
      }))
      .filter(({ styles, utilities }) => styles.length > 0 && utilities.length > 0);
    expect(mixed).toEqual([]);
  });
});
