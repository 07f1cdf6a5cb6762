/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that repeats each page's
 * Content-Security-Policy as a real header and adds what a <meta> tag cannot carry:
 * frame-ancestors, Permissions-Policy, nosniff.
 */

export interface PagePolicy {
  /** URL path of the page, e.g. "/story/one/". */
  path: string;
  /** The policy from the page's <meta http-equiv="content-security-policy">. */
  csp: string;
}

const SITE_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Content-Type-Options': 'nosniff',
};

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export function cspOf(html: string): string | undefined {
  return CSP_META.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** Embeds are made to be framed by other sites; every other page only by the site itself. */
export function frameAncestors(path: string): string {
  return /\/embed\//.test(path) ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

export function formatHeaders(pages: PagePolicy[]): string {
  const blocks = [
    ['/*', ...Object.entries(SITE_HEADERS).map(([name, value]) => `  ${name}: ${value}`)].join(
      '\n',
    ),
  ];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const policy = `${page.csp.replace(/;\s*$/, '')}; ${frameAncestors(page.path)}`;
    blocks.push(`${page.path}\n  Content-Security-Policy: ${policy}`);
  }
  return blocks.join('\n\n') + '\n';
}
