import { describe, expect, it } from 'vitest';

import { findBytes } from '../../../../../src/lib/simulation/transforms/byte-search.ts';
import { bytesOf } from '../helpers.ts';

describe('searching for fixed bytes', () => {
  it('finds nothing for an empty marker', () => {
    expect(findBytes(bytesOf('any text at all'), new Uint8Array(0))).toEqual([]);
  });
});
