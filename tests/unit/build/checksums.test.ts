import { describe, expect, it } from 'vitest';

import { checksummedFiles, readBuiltSite } from '../../support/built-site';

describe('dist/SHA256SUMS', () => {
  it('lists every other built file', async () => {
    const site = await readBuiltSite();
    expect(new Set(checksummedFiles())).toEqual(
      new Set([...site.files].filter((file) => file !== 'SHA256SUMS')),
    );
  });
});
