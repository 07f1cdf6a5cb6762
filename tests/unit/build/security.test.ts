import { beforeAll, describe, expect, it } from 'vitest';

import { cspOf, HEADER_LIMITS, parseHeaders } from '../../../scripts/lib/site/headers';
import type { BuiltSite } from '../../../scripts/lib/site/link-check';
import { cspScriptHash } from '../../../src/lib/site/csp-hash';
import { readBuiltSite, readBuiltText } from '../../support/built-site';

let site: BuiltSite;
beforeAll(async () => {
  site = await readBuiltSite();
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
      .filter((file) => /\beval\(|new Function\(/.test(readBuiltText(file)));
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

  it('keeps _headers inside the host’s limits, with what only a header can carry', () => {
    const text = readBuiltText('_headers');
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
});
