/**
 * The `_headers` file (the format Cloudflare Pages and Netlify read). Each page's full
 * Content-Security-Policy lives in its own <meta> tag; the file holds only what a <meta> tag
 * cannot carry: frame-ancestors, HSTS, nosniff, Referrer-Policy, Permissions-Policy. Two rules,
 * whatever the number of pages, so it stays far inside Cloudflare's limits (100 rules, 2,000
 * characters a line), and 404 responses and `…/index.html` addresses get the same headers.
 */

import { withTrailingSlash } from '../../../src/lib/site/paths.ts';

/** Cloudflare Pages' documented limits for `_headers`. */
export const HEADER_LIMITS = { rules: 100, lineLength: 2000 } as const;

const SITE_HEADERS: Record<string, string> = {
  // Browsers take frame-ancestors only from a header. Only the site itself may frame its pages.
  'Content-Security-Policy': "frame-ancestors 'self'",
  // One year; no includeSubDomains or preload, which would bind domains this site does not own.
  'Strict-Transport-Security': 'max-age=31536000',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Content-Type-Options': 'nosniff',
};

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export function cspOf(html: string): string | undefined {
  return CSP_META.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/**
 * The embeds (/embed/<id>/, not the /embed/ how-to page) are made to be framed by other sites.
 * The host joins the values of a header set by two matching rules into one list — for a CSP,
 * two policies that must both pass — so the embed rule first detaches the site-wide policy.
 */
export function formatHeaders(base = '/'): string {
  const prefix = withTrailingSlash(base);
  const siteWide = Object.entries(SITE_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return [
    [`${prefix}*`, ...siteWide].join('\n'),
    [
      `${prefix}embed/:id/*`,
      '  ! Content-Security-Policy',
      '  Content-Security-Policy: frame-ancestors *',
    ].join('\n'),
  ]
    .join('\n\n')
    .concat('\n');
}

export interface HeaderRule {
  pattern: string;
  headers: string[];
}

/** Splits a `_headers` file into its rules (a URL pattern, then indented header lines). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) rules.at(-1)?.headers.push(line.trim());
    else rules.push({ pattern: line.trim(), headers: [] });
  }
  return rules;
}
