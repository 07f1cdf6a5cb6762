import { afterEach, describe, expect, it, vi } from 'vitest';

import { isCurrentSection } from '../../../../src/lib/site/navigation';

describe('the header’s current section', () => {
  it('is the section itself or any page inside it, and no other', () => {
    expect(isCurrentSection('/story/', '/story/')).toBe(true);
    expect(isCurrentSection('/story/04-the-tarball-trick/', '/story/')).toBe(true);
    expect(isCurrentSection('/timeline/', '/story/')).toBe(false);
    expect(isCurrentSection('/', '/story/')).toBe(false);
  });
});

describe('the correction link', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('opens a new issue in the repository named at build time, trailing slash or not', async () => {
    vi.stubEnv('REPO_URL', 'https://example.org/team/xz-site/');
    vi.resetModules();
    const { NEW_ISSUE_URL, REPO_URL } = await import('../../../../src/lib/site/navigation');
    expect(REPO_URL).toBe('https://example.org/team/xz-site/');
    expect(NEW_ISSUE_URL).toBe('https://example.org/team/xz-site/issues/new');
  });

  it('is absent when no repository is named', async () => {
    vi.stubEnv('REPO_URL', '');
    vi.resetModules();
    const { NEW_ISSUE_URL, REPO_URL } = await import('../../../../src/lib/site/navigation');
    expect(REPO_URL).toBeUndefined();
    expect(NEW_ISSUE_URL).toBeUndefined();
  });
});
