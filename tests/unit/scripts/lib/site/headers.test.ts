import { describe, expect, it } from 'vitest';

import { cspOf, formatHeaders, parseHeaders } from '../../../../../scripts/lib/site/headers';

describe('_headers', () => {
  it('reads the policy from a page’s meta tag', () => {
    expect(
      cspOf(
        '<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; img-src data:">',
      ),
    ).toBe("default-src 'self'; img-src data:");
    expect(cspOf('<html></html>')).toBeUndefined();
  });

  it('holds one site-wide rule and one that lets other sites frame the embeds', () => {
    const rules = parseHeaders(formatHeaders('/'));
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/embed/:id/*']);
    expect(rules[0]!.headers).toEqual([
      "Content-Security-Policy: frame-ancestors 'self'",
      'Strict-Transport-Security: max-age=31536000',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
      'X-Content-Type-Options: nosniff',
    ]);
    // The host would join two CSP values into two policies; the embed rule detaches the first.
    expect(rules[1]!.headers).toEqual([
      '! Content-Security-Policy',
      'Content-Security-Policy: frame-ancestors *',
    ]);
  });

  it('puts the base path in front of every rule', () => {
    expect(parseHeaders(formatHeaders('/xz')).map((rule) => rule.pattern)).toEqual([
      '/xz/*',
      '/xz/embed/:id/*',
    ]);
  });

  it('parses rules, header lines and comments', () => {
    expect(parseHeaders('# note\n/a\n  X: 1\n\n/b\n  ! X\n')).toEqual([
      { pattern: '/a', headers: ['X: 1'] },
      { pattern: '/b', headers: ['! X'] },
    ]);
  });

  it('decodes quotes in the policy and ends the file with a newline, for the root base by default', () => {
    expect(
      cspOf('<meta http-equiv="content-security-policy" content="style-src &quot;x&quot;">'),
    ).toBe('style-src "x"');
    const text = formatHeaders();
    expect(
      text.endsWith(
        'nosniff\n\n/embed/:id/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n',
      ),
    ).toBe(true);
    expect(text.startsWith('/*\n')).toBe(true);
  });

  it('skips blank and indented comment lines and trims a rule’s trailing spaces', () => {
    expect(parseHeaders('/a  \n  X: 1\n   \n  # why\n/b\t\n  Y: 2')).toEqual([
      { pattern: '/a', headers: ['X: 1'] },
      { pattern: '/b', headers: ['Y: 2'] },
    ]);
  });
});
