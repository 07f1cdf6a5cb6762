import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { cspOf } from '../../../scripts/lib/site/headers';
import type { BuiltSite } from '../../../scripts/lib/site/link-check';
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

  it('publishes headers for hosts that read _headers', async () => {
    const headers = await readFile(join(dist, '_headers'), 'utf8');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('Permissions-Policy: camera=()');
    expect(headers).toMatch(
      /^\/glossary\/\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'self'$/m,
    );
  });

  it('publishes a CycloneDX bill of materials of what it ships', async () => {
    const sbom = JSON.parse(await readFile(join(dist, 'sbom.json'), 'utf8'));
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.metadata.component.name).toBe('xz-backdoor-timeline');
    const names = (sbom.components as { name: string }[]).map((component) => component.name);
    expect(names).toContain('astro');
    expect(names).not.toContain('vitest');
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
