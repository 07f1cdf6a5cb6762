import { describe, expect, it } from 'vitest';

import { cspOf, formatHeaders, frameAncestors } from '../../../../../scripts/lib/site/headers';

describe('the _headers file', () => {
  it('reads the policy out of a page', () => {
    expect(
      cspOf(
        `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`,
      ),
    ).toBe("default-src 'self'; script-src 'self'");
    expect(cspOf('<html></html>')).toBeUndefined();
  });

  it('lets other sites frame the embeds and nothing else', () => {
    expect(frameAncestors('/embed/timeline/')).toBe('frame-ancestors *');
    expect(frameAncestors('/timeline/')).toBe("frame-ancestors 'self'");
  });

  it('starts with the site-wide headers and gives each page its own policy', () => {
    const text = formatHeaders([
      { path: '/b/', csp: "script-src 'self';" },
      { path: '/a/', csp: "script-src 'self'" },
    ]);
    expect(text).toBe(
      [
        '/*',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
        '  X-Content-Type-Options: nosniff',
        '',
        '/a/',
        "  Content-Security-Policy: script-src 'self'; frame-ancestors 'self'",
        '',
        '/b/',
        "  Content-Security-Policy: script-src 'self'; frame-ancestors 'self'",
        '',
      ].join('\n'),
    );
  });
});
