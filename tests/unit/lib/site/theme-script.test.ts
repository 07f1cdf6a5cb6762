import { describe, expect, it } from 'vitest';

import { THEME_SCRIPT } from '../../../../src/lib/site/theme-script';

/** Runs the inline script against a stand-in page: what data-theme does it set? */
function themeFor(
  stored: string | null | 'blocked',
  systemDark: boolean,
  search = '',
): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (stored === 'blocked') throw new Error('storage blocked');
      return key === 'theme' ? stored : null;
    },
  };
  const matchMedia = (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && systemDark,
  });
  const document = { documentElement: { dataset } };
  new Function('localStorage', 'matchMedia', 'document', 'location', THEME_SCRIPT)(
    localStorage,
    matchMedia,
    document,
    { search },
  );
  return dataset.theme;
}

describe('the theme set before first paint', () => {
  it('follows the system when the reader chose nothing', () => {
    expect(themeFor(null, true)).toBe('dark');
    expect(themeFor(null, false)).toBe('light');
  });

  it('lets the reader’s stored choice win over the system', () => {
    expect(themeFor('light', true)).toBe('light');
    expect(themeFor('dark', false)).toBe('dark');
  });

  it('follows the system when storage is blocked', () => {
    expect(themeFor('blocked', true)).toBe('dark');
    expect(themeFor('blocked', false)).toBe('light');
  });

  it('takes a theme fixed in the address (an embed’s) over the stored choice and the system', () => {
    expect(themeFor('light', false, '?theme=dark')).toBe('dark');
    expect(themeFor('dark', true, '?event=x&theme=light')).toBe('light');
    expect(themeFor(null, true, '?theme=light&event=x')).toBe('light');
  });

  it('ignores a theme parameter it does not know', () => {
    expect(themeFor(null, true, '?theme=blue')).toBe('dark');
    expect(themeFor('light', true, '?theme=darkish')).toBe('light');
    expect(themeFor(null, false, '?subtheme=dark')).toBe('light');
  });
});
