import { describe, expect, it } from 'vitest';

import { uniqueElementId } from '../../../../src/lib/content/element-ids';

describe('uniqueElementId', () => {
  it('gives a new id, made of the prefix and a number, on every call', () => {
    const ids = [uniqueElementId('term'), uniqueElementId('term'), uniqueElementId('figure')];
    for (const id of ids) expect(id).toMatch(/^(term|figure)-\d+$/);
    expect(new Set(ids.map((id) => id.split('-')[1])).size).toBe(3);
  });
});
