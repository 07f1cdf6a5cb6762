import { beforeAll, describe, expect, it } from 'vitest';

import { EMBEDS } from '../../../src/lib/embed/catalog';
import { ATTACK_CHAIN } from '../../../src/lib/handout/attack-chain';
import { ACTIONS } from '../../../src/lib/handout/checklist';
import { readCollection } from '../../support/content-files';

let sources: Set<string>;
let events: Set<string>;
beforeAll(async () => {
  sources = new Set((await readCollection('sources')).map((file) => file.id));
  events = new Set((await readCollection('events')).map((file) => file.id));
});

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

describe('the embed examples', () => {
  it('open the timeline on an event that exists', () => {
    const timeline = EMBEDS.find((embed) => embed.id === 'timeline')!;
    expect(
      events.has(timeline.parameters.find((parameter) => parameter.name === 'event')!.example),
    ).toBe(true);
  });
});
