import { describe, expect, it } from 'vitest';

import { ATTACK_CHAIN } from '../../../src/lib/handout/attack-chain';
import { ACTIONS } from '../../../src/lib/handout/checklist';
import { contentIds } from '../../support/content-files';

const sources = new Set(contentIds('sources'));

// The handout and the attack-chain embed state facts; each must point at a real source.
describe('the handout’s claims', () => {
  it('cite only sources that exist in content/sources', () => {
    const cited = [
      ...ATTACK_CHAIN.flatMap((link) => link.sources),
      ...ACTIONS.flatMap((action) => action.sources),
    ];
    expect(cited.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('give every link of the attack chain at least one source', () => {
    expect(
      ATTACK_CHAIN.filter((link) => link.sources.length === 0).map((link) => link.title),
    ).toEqual([]);
  });
});
