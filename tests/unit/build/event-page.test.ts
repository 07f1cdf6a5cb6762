import { describe, expect, it } from 'vitest';

import { readBuiltText } from '../../support/built-site';

describe('a built event page', () => {
  it('says which time its date is, and shows the cited tag’s recorded time', () => {
    const page = readBuiltText('events/2023-03-18-v5-4-2-jia-first-release/index.html');
    expect(page).toMatch(
      /18 March 2023, 15:37 UTC<\/time><span[^>]*data-time-basis="tag"[^>]*>, tag time</,
    );
    expect(page).toMatch(/data-git-record[^>]*>Tagged by Jia Tan 2023-03-18 15:37:16 UTC</);
  });
});
