import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { cspOf, HEADER_LIMITS, parseHeaders } from '../../../scripts/lib/site/headers';
import type { BuiltSite } from '../../../scripts/lib/site/link-check';
import { cspScriptHash } from '../../../src/lib/site/csp-hash';
import { readBuiltSite } from '../../support/built-site';
import { PROJECT_ROOT } from '../../support/project-copy';

const dist = join(PROJECT_ROOT, 'dist');
let site: BuiltSite;
beforeAll(async () => {
  site = await readBuiltSite(dist, '/');
});

/** The sources a directive allows, e.g. scriptSources("script-src 'self' 'sha256-…'"). */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.split(/\s+/)
    .slice(1) ?? [];

describe('the site teaches supply-chain hygiene by practising it', () => {
  it('gives every page a Content-Security-Policy that allows no inline or eval-ed script', () => {
    for (const [page, html] of site.pages) {
      const policy = cspOf(html);
      expect(policy, page).toBeDefined();
      const scripts = directive(policy!, 'script-src');
      expect(scripts, page).toContain("'self'");
      expect(scripts, page).not.toContain("'unsafe-inline'");
      expect(scripts, page).not.toContain("'unsafe-eval'");
      expect(directive(policy!, 'default-src'), page).toEqual(["'self'"]);
      expect(directive(policy!, 'object-src'), page).toEqual(["'none'"]);
    }
  });

  it('ships no JavaScript that evaluates strings as code', () => {
    const offenders = [...site.files]
      .filter((file) => file.endsWith('.js') && !file.startsWith('pagefind/'))
      .filter((file) => /\beval\(|new Function\(/.test(readFileSyncText(file)));
    expect(offenders).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    for (const [page, html] of site.pages) {
      const foreign = [
        ...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]+"/g),
      ]
        .map((match) => match[0])
        .filter((tag) => !/rel="(canonical|sitemap)"/.test(tag));
      expect(foreign, page).toEqual([]);
    }
  });

  it('allows every inline script of every page by its hash, the theme script included', async () => {
    let inline = 0;
    for (const [page, html] of site.pages) {
      const allowed = directive(cspOf(html)!, 'script-src');
      for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!))
          continue;
        inline++;
        expect(allowed, `${page}: ${code!.slice(0, 60)}`).toContain(
          `'${await cspScriptHash(code!)}'`,
        );
      }
    }
    // Every page has at least the theme script.
    expect(inline).toBeGreaterThanOrEqual(site.pages.size);
  });

  it('keeps _headers inside the host’s limits, with what only a header can carry', async () => {
    const text = await readFile(join(dist, '_headers'), 'utf8');
    const rules = parseHeaders(text);
    expect(rules.length).toBeLessThanOrEqual(HEADER_LIMITS.rules);
    const longest = Math.max(...text.split('\n').map((line) => line.length));
    expect(longest).toBeLessThanOrEqual(HEADER_LIMITS.lineLength);
    const siteWide = rules.find((rule) => rule.pattern === '/*')!.headers;
    expect(siteWide).toContain("Content-Security-Policy: frame-ancestors 'self'");
    expect(siteWide.some((line) => line.startsWith('Strict-Transport-Security: max-age='))).toBe(
      true,
    );
    expect(siteWide).toContain('X-Content-Type-Options: nosniff');
  });

  it('publishes a CycloneDX bill of materials of what reaches browsers, apart from the build tooling', async () => {
    const read = async (file: string) => JSON.parse(await readFile(join(dist, file), 'utf8'));
    const namesOf = (sbom: { components: { name: string }[] }) =>
      sbom.components.map((component) => component.name);
    const shipped = await read('sbom.json');
    expect(shipped.bomFormat).toBe('CycloneDX');
    expect(shipped.metadata.component.name).toBe('xz-backdoor-timeline');
    expect(namesOf(shipped)).toEqual(
      expect.arrayContaining(['d3-selection', 'd3-zoom', 'pagefind']),
    );
    expect(namesOf(shipped)).not.toContain('astro');
    const build = await read('sbom-build.json');
    expect(namesOf(build)).toEqual(expect.arrayContaining(['astro', 'tailwindcss', 'qrcode']));
    expect(namesOf(build)).not.toContain('d3-selection');
    expect(namesOf(build)).not.toContain('vitest');
  });

  it('publishes SHA256SUMS covering every other file', async () => {
    const sums = await readFile(join(dist, 'SHA256SUMS'), 'utf8');
    const listed = sums
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66));
    expect(new Set(listed)).toEqual(
      new Set([...site.files].filter((file) => file !== 'SHA256SUMS')),
    );
  });
});

import { readFileSync } from 'node:fs';
function readFileSyncText(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}
